import { Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { PenaltyDecided, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';

type Kind = 'inspection' | 'hazard' | 'document' | 'penalty';
const ZH: Record<Kind, string> = { inspection: '检查记录', hazard: '隐患', document: '执法文书', penalty: '处罚决定' };

/** The records a tip links to must exist in the log; the reward's fine is the linked penalties', never the client's word. */
@Injectable()
export class LinkedRecords {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async assertExist(kind: Kind, ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      const [first] = await this.store.readStream(streams[kind](id), { maxCount: 1 });
      if (!first) throw new UnprocessableEntityException(`${ZH[kind]} ${id} 不存在 / ${kind} ${id} does not exist`);
    }
  }

  /** Sum of the fines of the linked penalty decisions (all targets), in yuan. */
  async fineOf(penaltyIds: readonly string[]): Promise<number> {
    let total = 0;
    for (const id of penaltyIds) {
      const [first] = await this.store.readStream(streams.penalty(id), { maxCount: 1 });
      if (first?.type !== 'PenaltyDecided')
        throw new UnprocessableEntityException(`处罚决定 ${id} 不存在 / penalty ${id} does not exist`);
      total += (first.data as unknown as PenaltyDecided['data']).targets.reduce((sum, t) => sum + t.amountYuan, 0);
    }
    return total;
  }
}
