import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DomainEvent, LogPosition, Mine, RegisteredMine, mineDecider } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';

export const mineStream = (mineId: string): string => `mine-${mineId}`;

/** Folds a mine's stream: the scope (jurisdiction) every command on the mine or its hazards is checked against. */
@Injectable()
export class MineDirectory {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async find(
    mineId: string,
    options: { toRecordedAt?: string } = {},
  ): Promise<{ mine: Mine; revision?: bigint; logPosition?: LogPosition }> {
    const events = await this.store.readStream(mineStream(mineId), options);
    const mine = events.reduce(
      (state, e) => mineDecider.evolve(state, { type: e.type, data: e.data } as DomainEvent as never),
      mineDecider.initialState(),
    );
    return { mine, revision: events.at(-1)?.revision, logPosition: events.at(-1)?.logPosition };
  }

  /** What a command on this mine is scope-checked against (404 when the mine is not registered). */
  async scopeOf(mineId: string): Promise<{ mineId: string; jurisdiction: string }> {
    const mine = await this.get(mineId);
    return { mineId, jurisdiction: mine.jurisdiction };
  }

  async get(mineId: string): Promise<RegisteredMine> {
    const { mine } = await this.find(mineId);
    if (mine.status === 'Unregistered')
      throw new NotFoundException(`矿山 ${mineId} 未登记 / Mine ${mineId} is not registered`);
    return mine;
  }
}
