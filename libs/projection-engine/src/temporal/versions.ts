import { LeanEvent } from '../projection';
import { EntityModel, MineLookup } from './entity-model';

/** What the projection keeps per entity to continue folding: the model's state and where its open rows begin. */
export interface StoredEntity<State> {
  id: string;
  state: State | undefined;
  revision: string;
  /** lower(system_time) of the open history row (absent when the entity has no open row). */
  systemFrom?: string;
  /** Latest occurredAt folded so far: a later event claiming an earlier one rewrites the valid-time history. */
  maxOccurredAt?: string;
  /** lower(valid_time) of the open valid-time row. */
  validFrom?: string;
}

/** One version of an entity's row, from an instant until the next version (or open). */
export interface RowVersion<Row> {
  from: string;
  row: Row | undefined;
  revision: string;
  position: string;
}

export interface EntityAdvance<State, Row> {
  stored: StoredEntity<State>;
  /** System-time versions, one per distinct recordedAt, in order. */
  system: RowVersion<Row>[];
  /** Valid-time versions appended at the end of the known history, or 'recompute' when an event was backdated. */
  valid: RowVersion<Row>[] | 'recompute';
}

const instant = (iso: string): number => Date.parse(iso);

/** Appends a version, replacing the previous one when both start at the same instant (same transaction/claim). */
const push = <Row>(versions: RowVersion<Row>[], version: RowVersion<Row>, same: (a: string, b: string) => boolean) => {
  const last = versions.at(-1);
  if (last && same(last.from, version.from)) versions[versions.length - 1] = version;
  else versions.push(version);
};

/** Folds one entity's events of a batch (delivery order). Events at or below the stored revision are replays. */
export const advanceEntity = <State, Row>(
  model: EntityModel<State, Row>,
  stored: StoredEntity<State>,
  events: readonly LeanEvent[],
  mines: MineLookup,
): EntityAdvance<State, Row> => {
  let { state, revision, maxOccurredAt } = stored;
  const system: RowVersion<Row>[] = [];
  let valid: RowVersion<Row>[] | 'recompute' = [];
  for (const event of events) {
    if (event.revision <= BigInt(revision)) continue;
    state = model.evolve(state, event, mines);
    revision = event.revision.toString();
    const version = {
      row: state === undefined ? undefined : model.rowOf(state),
      revision,
      position: event.position.toString(),
    };
    // Same store clock reading (group commit): the platform learnt both at once, so one version.
    push(system, { ...version, from: clampFrom(event.recordedAt, stored.systemFrom) }, (a, b) => a === b);
    const occurredAt = event.metadata.occurredAt;
    if (maxOccurredAt !== undefined && instant(occurredAt) < instant(maxOccurredAt)) valid = 'recompute';
    else {
      maxOccurredAt = occurredAt;
      if (valid !== 'recompute') push(valid, { ...version, from: occurredAt }, (a, b) => instant(a) === instant(b));
    }
  }
  return { stored: { ...stored, state, revision, maxOccurredAt }, system, valid };
};

// Per stream the store clock only moves forward; clamping guards a stepped-back clock from an inverted range.
const clampFrom = (recordedAt: string, openFrom: string | undefined): string =>
  openFrom !== undefined && recordedAt < openFrom ? openFrom : recordedAt;

/**
 * The whole valid-time history from scratch: the row valid from each distinct occurredAt is the fold, in stream
 * order, of the events that occurred by then (as recorded so far) — the same cut `?validAt` makes on one stream.
 */
export const validHistory = <State, Row>(
  model: EntityModel<State, Row>,
  events: readonly LeanEvent[],
  mines: MineLookup,
): RowVersion<Row>[] => {
  const instants = [...new Set(events.map((e) => instant(e.metadata.occurredAt)))].sort((a, b) => a - b);
  return instants.map((at) => {
    let state: State | undefined;
    let last: LeanEvent | undefined;
    for (const e of events)
      if (instant(e.metadata.occurredAt) <= at) {
        state = model.evolve(state, e, mines);
        last = e;
      }
    const from = events.find((e) => instant(e.metadata.occurredAt) === at)!.metadata.occurredAt;
    return {
      from,
      row: state === undefined ? undefined : model.rowOf(state),
      revision: last!.revision.toString(),
      position: last!.position.toString(),
    };
  });
};
