import { LogPosition, RecordedEvent, START, streams } from '@hazard-ledger/domain';
import { BulkFillContext } from '../projection';
import { CopyWriter, copyCell, versionCells, versionColumns } from './copy-writer';
import { EntityModel, MineInfo, TemporalTables, entityPrefixOf } from './entity-model';
import { Connect } from './partitioned-fill/connections';
import { evolveMineInfo } from './mine-info';
import { RowVersion, StoredEntity, advanceEntity, validHistory } from './versions';

interface Open<R> {
  version: RowVersion<R>;
}

interface Tracked<S, R> {
  stored: StoredEntity<S>;
  system?: Open<R>;
  valid?: Open<R>;
  streamId: string;
  /** A backdated event arrived: its valid-time history is derived from its stream at the end. */
  rederive: boolean;
}

/**
 * The build from zero in log order through readAll, for a feed that cannot read stream by stream (KurrentDB):
 * one pass over the log keeping every entity's open rows, closed when the next version arrives.
 */
export async function logOrderFill<S, R>(
  model: EntityModel<S, R>,
  ctx: BulkFillContext,
  t: TemporalTables,
  connect: Connect,
): Promise<{ checkpoint: LogPosition; applied: number }> {
  const runners = await Promise.all([0, 1].map(() => connect()));
  const [a, b] = runners.map((r) => r.client);
  const history = new CopyWriter(a, t.history, versionColumns(model, 'system_time'));
  const valid = new CopyWriter(b, t.valid, versionColumns(model, 'valid_time'));
  const cells = (id: string, v: RowVersion<R>, to: string | null) => versionCells(model, id, v, to);
  const close = async (w: CopyWriter, id: string, open: Open<R> | undefined, to: string | null) => {
    if (open?.version.row !== undefined && open.version.from !== to) await w.write(cells(id, open.version, to));
  };
  const mines = new Map<string, MineInfo>();
  const entities = new Map<string, Tracked<S, R>>();
  let position: LogPosition = START;
  let applied = 0;
  try {
    for (;;) {
      if (ctx.signal?.aborted) throw new Error('bulk fill aborted');
      const batch = await ctx.feed.readAll({
        from: position,
        limit: ctx.batchSize,
        streamPrefixes: [streams.prefix('mine'), entityPrefixOf(model)],
      });
      for (const event of batch.events) await step(event);
      position = batch.checkpoint;
      applied += batch.events.length;
      await ctx.onBatch?.(batch.events.length, position);
      if (batch.events.length < ctx.batchSize) break;
    }
    for (const [id, e] of entities) {
      await close(history, id, e.system, null);
      if (!e.rederive) await close(valid, id, e.valid, null);
    }
    await Promise.all([history.end(), valid.end()]);
    // A backdated event rewrote an entity's valid time: drop what was streamed for it, derive it from its stream.
    const rederived = [...entities.values()].filter((e) => e.rederive);
    if (rederived.length > 0) {
      await a.query(`DELETE FROM ${t.valid} WHERE ${model.key} = ANY($1)`, [rederived.map((e) => e.stored.id)]);
      const rewrite = new CopyWriter(a, t.valid, versionColumns(model, 'valid_time'));
      for (const e of rederived) {
        const events = (await ctx.feed.readStream(e.streamId)).filter((x) => x.revision <= BigInt(e.stored.revision));
        const versions = validHistory(model, events, (m) => mines.get(m));
        for (const [i, v] of versions.entries())
          if (v.row !== undefined) await rewrite.write(cells(e.stored.id, v, versions[i + 1]?.from ?? null));
        const last = versions.at(-1);
        const maxOccurredAt = events
          .map((x) => x.metadata.occurredAt)
          .sort((x, y) => Date.parse(x) - Date.parse(y))
          .at(-1);
        e.stored = { ...e.stored, maxOccurredAt, validFrom: last?.row ? last.from : undefined };
      }
      await rewrite.end();
    }
    const state = new CopyWriter(a, t.state, ['entity_id', 'revision', 'doc']);
    for (const [id, e] of entities) await state.write([copyCell(id), e.stored.revision, copyCell(e.stored)]);
    await state.end();
    const mineRows = new CopyWriter(b, t.mines, ['mine_id', 'doc']);
    for (const [id, info] of mines) await mineRows.write([copyCell(id), copyCell(info)]);
    await mineRows.end();
    return { checkpoint: position, applied };
  } finally {
    await Promise.all(runners.map((r) => r.release()));
  }

  async function step(event: RecordedEvent): Promise<void> {
    if (streams.is('mine', event.streamId)) {
      const id = String((event.data as { mineId?: unknown }).mineId);
      const info = evolveMineInfo(mines.get(id), event);
      if (info) mines.set(info.mineId, info);
      return;
    }
    const id = model.entityOf(event);
    if (id === undefined) return;
    const e = entities.get(id) ?? {
      stored: { id, state: undefined, revision: '-1' },
      streamId: event.streamId,
      rederive: false,
    };
    entities.set(id, e);
    const result = advanceEntity(model, e.stored, [event], (m) => mines.get(m));
    const system = result.system[0];
    if (!system) return;
    await close(history, id, e.system, system.from);
    e.system = { version: system };
    e.stored = { ...result.stored, systemFrom: system.row ? system.from : undefined };
    if (result.valid === 'recompute') e.rederive = true;
    if (e.rederive || result.valid === 'recompute') return;
    const v = result.valid[0];
    // Same claimed instant as the open valid row: it is replaced, as the incremental projection does.
    if (e.valid && Date.parse(e.valid.version.from) === Date.parse(v.from))
      e.valid = { version: { ...v, from: e.valid.version.from } };
    else {
      await close(valid, id, e.valid, v.from);
      e.valid = { version: v };
    }
    e.stored = { ...e.stored, validFrom: e.valid.version.row ? e.valid.version.from : undefined };
  }
}
