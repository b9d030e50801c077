import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DomainEvent, Hazard, HazardEvent, LogPosition, hazardDecider } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore, ReadStreamOptions } from '@hazard-ledger/event-store';
import { MineDirectory } from './mine-directory';

export const hazardStream = (hazardId: string): string => `hazard-${hazardId}`;

/** Folds a hazard's stream (optionally as of a time) and finds the scope its commands are checked against. */
@Injectable()
export class HazardDirectory {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly mines: MineDirectory,
  ) {}

  async find(
    hazardId: string,
    options: ReadStreamOptions = {},
  ): Promise<{ hazard: Hazard; revision?: bigint; logPosition?: LogPosition }> {
    const events = await this.store.readStream(hazardStream(hazardId), options);
    const hazard = events.reduce(
      (state, e) => hazardDecider.evolve(state, { type: e.type, data: e.data } as DomainEvent as HazardEvent),
      hazardDecider.initialState(),
    );
    return { hazard, revision: events.at(-1)?.revision, logPosition: events.at(-1)?.logPosition };
  }

  /** Mine and jurisdiction of an existing hazard (404 when there is none). */
  async scopeOf(hazardId: string): Promise<{ mineId: string; jurisdiction: string }> {
    return (await this.locate(hazardId)).target;
  }

  /** Scope and current revision from one read of the stream (404 when the hazard does not exist). */
  async locate(hazardId: string): Promise<{ target: { mineId: string; jurisdiction: string }; revision: bigint }> {
    const { hazard, revision } = await this.find(hazardId);
    if (hazard.status === 'not_discovered' || revision === undefined)
      throw new NotFoundException(`隐患 ${hazardId} 不存在 / Hazard ${hazardId} does not exist`);
    return { target: await this.mines.scopeOf(hazard.mineId), revision };
  }
}
