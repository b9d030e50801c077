import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  RecordInspection,
  inspectionCommandAccess,
  inspectionDecider,
  inspectionPolicyInForce,
  streams,
} from '@hazard-ledger/domain';
import { newAggregateId } from '../../shared/aggregate-id';
import { CLOCK, Clock } from '../../shared/clock';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { TeamDirectory } from '../shared/team-directory';
import { RecordInspectionCommand } from './record-inspection.command';

@CommandHandler(RecordInspectionCommand)
export class RecordInspectionHandler implements ICommandHandler<RecordInspectionCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    private readonly teams: TeamDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ body, actor, request }: RecordInspectionCommand): Promise<CommandAccepted> {
    const id = newAggregateId(request, 'inspection');
    const { mineId, kind, planItemId, areas, occurredAt, lateReason } = body;
    // Built after authorisation (the gateway's hook), so nobody who may not record probes the user directory.
    const command: SignedCommand<RecordInspection> = {
      type: 'RecordInspection',
      signedOn: async () => {
        const team = await this.teams.resolve(body.team);
        const { version, lateEntryAfterHours, minTeamSize } = inspectionPolicyInForce(this.clock.now());
        const data = { inspectionId: id, mineId, kind, planItemId: planItemId ?? null, areas, team, occurredAt };
        const policy = { version, lateEntryAfterHours, minTeamSize };
        return { command: { type: 'RecordInspection', data: { ...data, lateReason, policy } } };
      },
    };
    return this.gateway.execute({
      id,
      streamId: streams.inspection(id),
      decider: inspectionDecider,
      access: inspectionCommandAccess.RecordInspection,
      command,
      actor,
      scope: () => this.mines.scopeOf(mineId),
      request,
      occurredAt,
      ...(lateReason ? { reason: lateReason } : {}),
    });
  }
}
