import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Hazard, LogPosition, Mine, streams } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore, ReadStreamOptions, instantText } from '@hazard-ledger/event-store';
import { HazardFold, HazardSources, foldHazardStream } from '@hazard-ledger/read-models';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { MineDirectory, registeredMineScope } from '../shared/mine-directory';

/**
 * The read side's view of a hazard: folds its stream from the newest snapshot (optionally as of a time) and finds
 * the scope a read is checked against. Commands never use it: they load the stream from the event store.
 */
@Injectable()
export class HazardDirectory {
  private readonly sources: HazardSources;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    dataSource: DataSource,
    private readonly mines: MineDirectory,
  ) {
    // The pg pool under TypeORM: the snapshot lookup is a prepared statement, one round trip.
    this.sources = { snapshots: (dataSource.driver as PostgresDriver).master as Pool, feed: store };
  }

  /** From the newest snapshot inside the cut (hazard-snapshots), then the events after it. */
  async find(
    hazardId: string,
    options: Pick<ReadStreamOptions, 'toRecordedAt' | 'toOccurredAt'> = {},
  ): Promise<{ hazard: Hazard; revision?: bigint; logPosition?: LogPosition }> {
    const toRecordedAt = instantText(options.toRecordedAt) ?? undefined;
    const toOccurredAt = instantText(options.toOccurredAt) ?? undefined;
    return foldHazardStream(this.sources, streams.hazard(hazardId), { toRecordedAt, toOccurredAt });
  }

  /** Mine and jurisdiction of an existing hazard (404 when there is none). */
  async scopeOf(hazardId: string): Promise<{ mineId: string; jurisdiction: string }> {
    return (await this.locate(hazardId)).target;
  }

  /** Scope, the current fold and its mine (now) from one read of each stream (404 when the hazard does not exist). */
  async locate(
    hazardId: string,
  ): Promise<{ target: { mineId: string; jurisdiction: string }; current: HazardFold; mine: Mine }> {
    const current = await this.find(hazardId);
    const { hazard, revision } = current;
    if (hazard.status === 'not_discovered' || revision === undefined)
      throw new NotFoundException(`隐患 ${hazardId} 不存在 / Hazard ${hazardId} does not exist`);
    const { mine } = await this.mines.find(hazard.mineId);
    return { target: registeredMineScope(hazard.mineId, mine), current, mine };
  }

  /** The hazard's mine as its stream stood at `asOf` (system time); now when no cut is asked for. */
  async mineAt(mineId: string, asOf?: string): Promise<Mine> {
    return (await this.mines.find(mineId, { toRecordedAt: instantText(asOf) ?? undefined })).mine;
  }
}
