import { LeanEvent } from '../../projection';
import { EntityModel, MineInfo } from '../entity-model';
import { RowVersion, StoredEntity, validHistory } from '../versions';

/** A row version with its final range end (null: still open). */
export interface RangedVersion<R> {
  version: RowVersion<R>;
  to: string | null;
}

export interface StreamFold<S, R> {
  system: RangedVersion<R>[];
  valid: RangedVersion<R>[];
  stored: StoredEntity<S>;
}

export type MinesAt = (mineId: string, event: LeanEvent) => MineInfo | undefined;

const noMines = () => undefined;

const latestOccurredAt = (events: readonly LeanEvent[]): string | undefined =>
  events
    .map((x) => x.metadata.occurredAt)
    .sort((x, y) => Date.parse(x) - Date.parse(y))
    .at(-1);

/**
 * One entity's whole stream folded into the rows a build from zero writes, each once with its final range — the
 * rows advanceEntity leaves when the incremental projection folds the stream event by event: a version replaced
 * when the next starts at the same instant (same commit on system time, same claimed instant on valid time); a
 * backdated event re-derives the valid-time history with validHistory. Undefined when no event is the model's.
 * Written as one mutable loop (no per-event arrays, spreads or BigInt parsing): it runs for every event of a
 * rebuild; stream-fold.spec checks it against advanceEntity on random streams.
 */
export const foldStream = <S, R>(
  model: EntityModel<S, R>,
  events: readonly LeanEvent[],
  minesAt: MinesAt,
): StreamFold<S, R> | undefined => {
  const id = entityOfStream(model, events);
  if (id === undefined) return undefined;
  const out: StreamFold<S, R> = { system: [], valid: [], stored: { id, state: undefined, revision: '-1' } };
  let state: S | undefined;
  let revision = -1n;
  let system: RowVersion<R> | undefined;
  let valid: RowVersion<R> | undefined;
  let validAt = NaN;
  let maxOccurredAt: string | undefined;
  let maxOccurredMs = NaN;
  let rederive = false;
  const close = (rows: RangedVersion<R>[], open: RowVersion<R> | undefined, to: string | null) => {
    if (open?.row !== undefined && open.from !== to) rows.push({ version: open, to });
  };
  for (const event of events) {
    if (event.revision <= revision || model.entityOf(event) === undefined) continue;
    state = model.evolve(state, event, (mineId) => minesAt(mineId, event));
    revision = event.revision;
    const row = state === undefined ? undefined : model.rowOf(state);
    const rev = revision.toString();
    const position = event.position.toString();
    // Per stream the store clock only moves forward; the clamp guards a stepped-back clock from inverted ranges.
    const openFrom = system?.row !== undefined ? system.from : undefined;
    const from = openFrom !== undefined && event.recordedAt < openFrom ? openFrom : event.recordedAt;
    close(out.system, system, from);
    system = { from, row, revision: rev, position };
    const occurredAt = event.metadata.occurredAt;
    const occurredMs = Date.parse(occurredAt);
    if (occurredMs < maxOccurredMs) {
      rederive = true;
      continue;
    }
    maxOccurredAt = occurredAt;
    maxOccurredMs = occurredMs;
    if (rederive) continue;
    // Same claimed instant as the open valid row: it is replaced, keeping the first rendering of the instant.
    if (valid !== undefined && validAt === occurredMs) valid = { from: valid.from, row, revision: rev, position };
    else {
      close(out.valid, valid, occurredAt);
      valid = { from: occurredAt, row, revision: rev, position };
      validAt = occurredMs;
    }
  }
  close(out.system, system, null);
  const stored: StoredEntity<S> = {
    id,
    state,
    revision: revision.toString(),
    maxOccurredAt,
    systemFrom: system?.row !== undefined ? system.from : undefined,
    validFrom: valid?.row !== undefined ? valid.from : undefined,
  };
  if (!rederive) close(out.valid, valid, null);
  else {
    const bound: EntityModel<S, R> = {
      ...model,
      evolve: (s, event) => model.evolve(s, event, (mineId) => minesAt(mineId, event)),
    };
    const folded = events.filter((x) => x.revision <= revision);
    const versions = validHistory(bound, folded, noMines);
    out.valid = []; // what was folded before the backdated event is replaced by the derived history
    for (const [i, v] of versions.entries())
      if (v.row !== undefined) out.valid.push({ version: v, to: versions[i + 1]?.from ?? null });
    const last = versions.at(-1);
    stored.maxOccurredAt = latestOccurredAt(folded);
    stored.validFrom = last?.row ? last.from : undefined;
  }
  out.stored = stored;
  return out;
};

/** The entity a stream is about; one stream is one entity, or the partitioned build would split it. */
const entityOfStream = <S, R>(model: EntityModel<S, R>, events: readonly LeanEvent[]): string | undefined => {
  let id: string | undefined;
  for (const event of events) {
    const of = model.entityOf(event);
    if (of === undefined) continue;
    if (id !== undefined && of !== id)
      throw new Error(`${model.name}: stream ${event.streamId} holds two entities (${id}, ${of})`);
    id = of;
  }
  return id;
};
