import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  RecordMonthlyCheck,
  cstDay,
  monthlyCheckCommandAccess,
  monthlyCheckDecider,
  monthlyCheckIdOf,
  monthlyCheckPolicyInForce,
  streams,
} from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { CLOCK, Clock } from '../../shared/clock';
import { CommandAccepted, CommandGateway, SignedCommand } from '../../shared/command-gateway';
import { MineDirectory } from '../../shared/mine-directory';
import { RecordMonthlyCheckCommand } from './record-monthly-check.command';

/**
 * The id is the mine and the month: a second check of the same month lands on the same stream and is refused.
 * The leader is named in the request; the principal it is judged against is read after authorisation from the
 * mine's 一企一档 file (the principal appointed on or before the day of the check), else its registration.
 */
@CommandHandler(RecordMonthlyCheckCommand)
export class RecordMonthlyCheckHandler implements ICommandHandler<RecordMonthlyCheckCommand> {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly mines: MineDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ body, actor, request }: RecordMonthlyCheckCommand): Promise<CommandAccepted> {
    const { mineId, month, occurredAt, leader, participants, areas, clauses } = body;
    const id = monthlyCheckIdOf(mineId, month);
    const { version, dueDaysAfterMonthEnd } = monthlyCheckPolicyInForce(this.clock.now());
    const command: SignedCommand<RecordMonthlyCheck> = {
      type: 'RecordMonthlyCheck',
      signedOn: async () => ({
        command: {
          type: 'RecordMonthlyCheck',
          data: {
            ...{ checkId: id, mineId, month, occurredAt, participants, areas, clauses },
            leader: { name: leader?.name, position: leader?.position },
            principalOnRecord: await this.principalOnRecord(mineId, occurredAt),
            policy: { version, dueDaysAfterMonthEnd },
          },
        },
      }),
    };
    return this.gateway.execute({
      id,
      streamId: streams.monthlyCheck(id),
      decider: monthlyCheckDecider,
      access: monthlyCheckCommandAccess.RecordMonthlyCheck,
      command,
      actor,
      scope: () => this.mines.scopeOf(mineId),
      request,
      occurredAt,
    });
  }

  private async principalOnRecord(mineId: string, occurredAt: string): Promise<string | null> {
    const day = cstDay(occurredAt);
    const appointed = (await this.store.readStream(streams.enterpriseFile(mineId)))
      .filter((e) => e.type === 'EnterpriseFilePersonAppointed')
      .map((e) => e.data as { post: string; name: string; since: string })
      .filter((d) => d.post === 'principal' && d.since <= day)
      .at(-1);
    if (appointed) return appointed.name;
    const { mine } = await this.mines.find(mineId);
    return mine.status === 'Unregistered' ? null : (mine.principal?.name ?? null);
  }
}
