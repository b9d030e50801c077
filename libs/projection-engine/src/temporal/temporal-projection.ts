import { RecordedEvent, streams } from '@hazard-ledger/domain';
import { EntityManager } from 'typeorm';
import { Projection, ProjectionDefinition, TableNamer } from '../projection';
import { bulkFillTemporal } from './bulk-fill';
import { EntityModel, MineInfo, TemporalTables, temporalTableNames } from './entity-model';
import { evolveMineInfo, mineIdOf } from './mine-info';
import { StreamReader, restoreStored } from './lazy-state';
import {
  RangedRow,
  closeOpen,
  deleteAll,
  insertRanges,
  loadMines,
  loadStored,
  saveMines,
  saveStored,
  toRanges,
} from './temporal-store';
import { StoredEntity, advanceEntity, validHistory } from './versions';

/** A read model with system-time and valid-time history rows (tstzrange + GiST), fed by mine and hazard streams. */
export const temporalProjection = <S, R>(model: EntityModel<S, R>): ProjectionDefinition => {
  const live = temporalTableNames(model.base);
  const streamPrefixes = [streams.prefix('mine'), model.streamPrefix ?? streams.prefix('hazard')];
  return {
    name: model.name,
    tables: [live.history, live.valid, live.state, live.mines],
    streamPrefixes,
    create: (table: TableNamer, feed?: StreamReader): Projection => {
      const t: TemporalTables = {
        history: table(live.history),
        valid: table(live.valid),
        state: table(live.state),
        mines: table(live.mines),
      };
      return {
        name: model.name,
        streamPrefixes,
        apply: (events, tx) => applyBatch(model, t, events, tx, feed),
      };
    },
    ...(model.streamPrefix === undefined ? { bulkFill: (ctx) => bulkFillTemporal(model, ctx) } : {}),
  };
};

async function applyBatch<S, R>(
  model: EntityModel<S, R>,
  t: TemporalTables,
  events: readonly RecordedEvent[],
  tx: EntityManager,
  feed: StreamReader | undefined,
): Promise<void> {
  const mineIds = [...new Set(events.map(mineIdOf).filter((id): id is string => id !== undefined))];
  const mines = await loadMines(tx, t, mineIds);
  const changedMines = new Map<string, MineInfo>();
  const byEntity = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    // A mine's registration always commits before any hazard found there, and the facts used here never change
    // afterwards, so folding the batch's mine events first is the same as folding in delivery order.
    if (streams.is('mine', event.streamId)) {
      const info = evolveMineInfo(mines.get(mineIdOf(event)!), event);
      if (info) {
        mines.set(info.mineId, info);
        changedMines.set(info.mineId, info);
      }
      continue;
    }
    const entity = model.entityOf(event);
    if (entity === undefined) continue;
    const list = byEntity.get(entity);
    if (list) list.push(event);
    else byEntity.set(entity, [event]);
  }
  const { stored, unfolded } = await loadStored<S>(tx, t, [...byEntity.keys()]);
  if (unfolded.length > 0) {
    if (!feed) throw new Error(`${model.name}: state left unfolded by a rebuild needs the event feed to restore it`);
    const load = async (ids: string[]) => {
      const missing = ids.filter((id) => !mines.has(id));
      for (const [id, info] of await loadMines(tx, t, missing)) mines.set(id, info);
      return mines;
    };
    for (const s of await restoreStored(model, feed, load, unfolded)) stored.set(s.id, s);
  }
  const advanced = new Map<string, StoredEntity<S>>();
  const system: RangedRow<R>[] = [];
  const valid: RangedRow<R>[] = [];
  const systemCloses: { id: string; at: string }[] = [];
  const validCloses: { id: string; at: string }[] = [];
  const recompute = new Map<string, string>();
  for (const [id, list] of byEntity) {
    const before = stored.get(id) ?? { id, state: undefined, revision: '-1' };
    const step = advanceEntity(model, before, list, (mineId) => mines.get(mineId));
    if (step.system.length === 0) continue;
    systemCloses.push({ id, at: step.system[0].from });
    system.push(...toRanges(id, step.system));
    const lastSystem = step.system.at(-1)!;
    let next: StoredEntity<S> = { ...step.stored, systemFrom: lastSystem.row ? lastSystem.from : undefined };
    if (step.valid === 'recompute') recompute.set(id, list[0].streamId);
    else if (step.valid.length > 0) {
      validCloses.push({ id, at: step.valid[0].from });
      valid.push(...toRanges(id, step.valid));
      const lastValid = step.valid.at(-1)!;
      next = { ...next, validFrom: lastValid.row ? lastValid.from : undefined };
    }
    advanced.set(id, next);
  }

  await closeOpen(tx, t.history, 'system_time', systemCloses, model.key);
  await insertRanges(tx, t.history, 'system_time', model as EntityModel<unknown, R>, system);
  await closeOpen(tx, t.valid, 'valid_time', validCloses, model.key);
  await insertRanges(tx, t.valid, 'valid_time', model as EntityModel<unknown, R>, valid);
  for (const [id, streamId] of recompute) {
    if (!feed) throw new Error(`${model.name}: a backdated event needs the event feed to rewrite valid time`);
    const revision = BigInt(advanced.get(id)!.revision);
    const history = (await feed.readStream(streamId)).filter((e) => e.revision <= revision);
    // The discovery (and its mine) may lie in an earlier batch: the re-fold needs that mine's facts too.
    const missing = [...new Set(history.map(mineIdOf))].filter((id): id is string => !!id && !mines.has(id));
    for (const [id, info] of await loadMines(tx, t, missing)) mines.set(id, info);
    const versions = validHistory(model, history, (mineId) => mines.get(mineId));
    await deleteAll(tx, t.valid, model.key, [id]);
    await insertRanges(tx, t.valid, 'valid_time', model as EntityModel<unknown, R>, toRanges(id, versions));
    const last = versions.at(-1);
    const maxOccurredAt = history
      .map((e) => e.metadata.occurredAt)
      .sort((a, b) => Date.parse(a) - Date.parse(b))
      .at(-1);
    advanced.set(id, { ...advanced.get(id)!, maxOccurredAt, validFrom: last?.row ? last.from : undefined });
  }
  await saveStored(tx, t, [...advanced.values()]);
  await saveMines(tx, t, [...changedMines.values()]);
}
