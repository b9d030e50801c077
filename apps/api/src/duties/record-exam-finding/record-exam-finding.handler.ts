import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NamedHazard, RecordExamFinding, examCampaignCommandAccess, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { CommandAccepted, SignedCommand } from '../../shared/command-gateway';
import { DUTY_RECORDS, mineOfRecord } from '../shared/duty-records';
import { DutyCommands } from '../shared/duty-commands';
import { RecordExamFindingCommand } from './record-exam-finding.command';

/**
 * A hazard the finding names is read from its own stream after authorisation (so nobody outside the campaign's
 * mine learns whether a hazard id exists) and handed to the decision, which refuses another mine's hazard.
 */
@CommandHandler(RecordExamFindingCommand)
export class RecordExamFindingHandler implements ICommandHandler<RecordExamFindingCommand> {
  constructor(
    private readonly commands: DutyCommands,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ id, itemId, body, actor, request }: RecordExamFindingCommand): Promise<CommandAccepted> {
    const hazardId = body.hazardId ?? null;
    const command: SignedCommand<RecordExamFinding> = {
      type: 'RecordExamFinding',
      signedOn: async () => ({
        command: {
          type: 'RecordExamFinding',
          data: {
            ...{ campaignId: id, itemId, finding: body.finding, hazardId },
            ...(hazardId ? { hazard: await this.hazardOf(hazardId) } : {}),
          },
        },
      }),
    };
    return this.commands.run(
      {
        ...DUTY_RECORDS.examCampaign(id),
        access: examCampaignCommandAccess.RecordExamFinding,
        command,
        mineOf: mineOfRecord,
      },
      actor,
      request,
    );
  }

  private async hazardOf(hazardId: string): Promise<NamedHazard | null> {
    const events = await this.store.readStream(streams.hazard(hazardId));
    const discovered = events.find((e) => e.type === 'HazardDiscovered');
    return discovered ? { mineId: (discovered.data as { mineId: string }).mineId } : null;
  }
}
