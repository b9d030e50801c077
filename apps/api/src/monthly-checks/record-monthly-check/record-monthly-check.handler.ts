import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  RecordMonthlyCheck,
  monthlyCheckCommandAccess,
  monthlyCheckDecider,
  monthlyCheckIdOf,
  monthlyCheckPolicyInForce,
  streams,
} from '@hazard-ledger/domain';
import { CLOCK, Clock } from '../../shared/clock';
import { CommandAccepted, CommandBody, CommandGateway } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { RecordMonthlyCheckCommand } from './record-monthly-check.command';

/** The id is the mine and the month: a second check of the same month lands on the same stream and is refused. */
@CommandHandler(RecordMonthlyCheckCommand)
export class RecordMonthlyCheckHandler implements ICommandHandler<RecordMonthlyCheckCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ body, actor, request }: RecordMonthlyCheckCommand): Promise<CommandAccepted> {
    const { mineId, month, occurredAt, participants, areas, clauses } = body;
    const id = monthlyCheckIdOf(mineId, month);
    const { version, dueDaysAfterMonthEnd } = monthlyCheckPolicyInForce(this.clock.now());
    const command = {
      type: 'RecordMonthlyCheck',
      data: { checkId: id, mineId, month, occurredAt, participants, areas, clauses },
    } as const;
    return this.gateway.execute({
      id,
      streamId: streams.monthlyCheck(id),
      decider: monthlyCheckDecider,
      access: monthlyCheckCommandAccess.RecordMonthlyCheck,
      command: {
        ...command,
        data: { ...command.data, policy: { version, dueDaysAfterMonthEnd } },
      } as CommandBody<RecordMonthlyCheck>,
      actor,
      scope: () => this.mines.scopeOf(mineId),
      request,
      occurredAt,
    });
  }
}
