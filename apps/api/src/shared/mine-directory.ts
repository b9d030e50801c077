import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DomainEvent, LogPosition, Mine, RegisteredMine, mineDecider, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';

/** A registered mine's scope (its jurisdiction); 404 when the mine is not registered. */
export const registeredMineScope = (mineId: string, mine: Mine): { mineId: string; jurisdiction: string } => {
  if (mine.status === 'Unregistered')
    throw new NotFoundException(`矿山 ${mineId} 未登记 / Mine ${mineId} is not registered`);
  return { mineId, jurisdiction: mine.jurisdiction };
};

/**
 * Folds a mine's stream from the event store: the scope (jurisdiction) every command on the mine's hazards is
 * checked against, and the mine a read answers with.
 */
@Injectable()
export class MineDirectory {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async find(
    mineId: string,
    options: { toRecordedAt?: string } = {},
  ): Promise<{ mine: Mine; revision?: bigint; logPosition?: LogPosition }> {
    const events = await this.store.readStream(streams.mine(mineId), options);
    const mine = events.reduce(
      (state, e) => mineDecider.evolve(state, { type: e.type, data: e.data } as DomainEvent as never),
      mineDecider.initialState(),
    );
    return { mine, revision: events.at(-1)?.revision, logPosition: events.at(-1)?.logPosition };
  }

  /** What a command on this mine's hazards is scope-checked against (404 when the mine is not registered). */
  async scopeOf(mineId: string): Promise<{ mineId: string; jurisdiction: string }> {
    return registeredMineScope(mineId, (await this.find(mineId)).mine);
  }

  async get(mineId: string): Promise<RegisteredMine> {
    const { mine } = await this.find(mineId);
    if (mine.status === 'Unregistered')
      throw new NotFoundException(`矿山 ${mineId} 未登记 / Mine ${mineId} is not registered`);
    return mine;
  }
}
