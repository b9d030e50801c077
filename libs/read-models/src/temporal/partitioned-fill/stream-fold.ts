import { LeanEvent } from '../../projection';
import { EntityModel, MineInfo } from '../entity-model';
import { RowVersion, StoredEntity, advanceEntity, validHistory } from '../versions';

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

/** The model with each event's mine lookup bound to that event's place in the log. */
const boundTo = <S, R>(model: EntityModel<S, R>, minesAt: MinesAt): EntityModel<S, R> => ({
  ...model,
  evolve: (state, event) => model.evolve(state, event, (mineId) => minesAt(mineId, event)),
});

const noMines = () => undefined;

const latestOccurredAt = (events: readonly LeanEvent[]): string | undefined =>
  events
    .map((x) => x.metadata.occurredAt)
    .sort((x, y) => Date.parse(x) - Date.parse(y))
    .at(-1);

/**
 * One entity's whole stream folded into the rows a build from zero writes, each once with its final range: event
 * by event with advanceEntity, as the incremental projection folds them (a version replaced when the next starts
 * at the same instant; a backdated event re-derives the valid-time history with validHistory). Undefined when no
 * event of the stream is the model's.
 */
export const foldStream = <S, R>(
  model: EntityModel<S, R>,
  events: readonly LeanEvent[],
  minesAt: MinesAt,
): StreamFold<S, R> | undefined => {
  const bound = boundTo(model, minesAt);
  const id = entityOfStream(model, events);
  if (id === undefined) return undefined;
  let stored: StoredEntity<S> = { id, state: undefined, revision: '-1' };
  let system: RowVersion<R> | undefined;
  let valid: RowVersion<R> | undefined;
  let rederive = false;
  const out: StreamFold<S, R> = { system: [], valid: [], stored };
  const close = (rows: RangedVersion<R>[], open: RowVersion<R> | undefined, to: string | null) => {
    if (open?.row !== undefined && open.from !== to) rows.push({ version: open, to });
  };
  for (const event of events) {
    if (model.entityOf(event) === undefined) continue;
    const result = advanceEntity(bound, stored, [event], noMines);
    const s = result.system[0];
    if (!s) continue;
    close(out.system, system, s.from);
    system = s;
    stored = { ...result.stored, systemFrom: s.row ? s.from : undefined };
    if (result.valid === 'recompute') rederive = true;
    if (rederive || result.valid === 'recompute') continue;
    const v = result.valid[0];
    // Same claimed instant as the open valid row: it is replaced, as the incremental projection does.
    if (valid && Date.parse(valid.from) === Date.parse(v.from)) valid = { ...v, from: valid.from };
    else {
      close(out.valid, valid, v.from);
      valid = v;
    }
    stored = { ...stored, validFrom: valid.row ? valid.from : undefined };
  }
  close(out.system, system, null);
  if (!rederive) close(out.valid, valid, null);
  else {
    const folded = events.filter((x) => x.revision <= BigInt(stored.revision));
    const versions = validHistory(bound, folded, noMines);
    out.valid = []; // what was folded before the backdated event is replaced by the derived history
    for (const [i, v] of versions.entries())
      if (v.row !== undefined) out.valid.push({ version: v, to: versions[i + 1]?.from ?? null });
    const last = versions.at(-1);
    stored = { ...stored, maxOccurredAt: latestOccurredAt(folded), validFrom: last?.row ? last.from : undefined };
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
