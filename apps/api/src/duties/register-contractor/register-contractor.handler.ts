import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { contractorCommandAccess, contractorsPolicyInForce } from '@hazard-ledger/domain';
import { newAggregateId } from '../../shared/aggregate-id';
import { CLOCK, Clock } from '../../shared/clock';
import { CommandAccepted } from '../../shared/command-gateway';
import { DUTY_RECORDS } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { RegisterContractorCommand } from './register-contractor.command';

@CommandHandler(RegisterContractorCommand)
export class RegisterContractorHandler implements ICommandHandler<RegisterContractorCommand> {
  constructor(
    private readonly commands: DutyCommands,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ body, actor, request }: RegisterContractorCommand): Promise<CommandAccepted> {
    const id = newAggregateId(request, 'contractor');
    const { version } = contractorsPolicyInForce(this.clock.now());
    const data = { ...body, contractorId: id, subcontractorOf: body.subcontractorOf ?? null, policyVersion: version };
    const command = { type: 'RegisterContractor' as const, data };
    return this.commands.run(
      {
        ...DUTY_RECORDS.contractor(id),
        access: contractorCommandAccess.RegisterContractor,
        command,
        mineOf: () => body.mineId,
      },
      actor,
      request,
    );
  }
}
