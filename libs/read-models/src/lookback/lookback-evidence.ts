import {
  Db,
  EvidenceRef,
  LookbackCut,
  LookbackParams,
  LookbackQuery,
  LookbackRow,
  RawRow,
  iso,
} from './lookback-query';

/** The evidence of the given positions, each once, in log order. */
export const loadEvidence = async (db: Db, positions: string[]): Promise<Map<string, EvidenceRef>> => {
  if (positions.length === 0) return new Map();
  // The actor is assembled here, not by jsonb_build_object: building an object per row in SQL cost more than the read.
  const rows: (Omit<EvidenceRef, 'actor'> & Record<'actorId' | 'actorOrg' | 'actorName' | 'actorRole', string>)[] =
    await db.query(
      `SELECT stream_id AS "streamId", revision::text AS revision, position::text AS position, event_id AS "eventId",
              event_type AS type, hash, actor_id AS "actorId", actor_org AS "actorOrg", actor_name AS "actorName",
              actor_role AS "actorRole", on_behalf_of_id AS "onBehalfOfId", ${iso('occurred_at')} AS "occurredAt",
              ${iso('recorded_at')} AS "recordedAt", mine_id AS "mineId"
         FROM lookback_facts WHERE position = ANY($1::bigint[]) ORDER BY position`,
      [[...new Set(positions)]],
    );
  return new Map(
    rows.map((r): [string, EvidenceRef] => [
      r.position,
      {
        streamId: r.streamId,
        revision: r.revision,
        position: r.position,
        eventId: r.eventId,
        type: r.type,
        hash: r.hash,
        // Keys in jsonb's order (as the facts' own evidence has them): answers must be byte-identical.
        actor: { id: r.actorId, org: r.actorOrg, name: r.actorName, role: r.actorRole },
        onBehalfOfId: r.onBehalfOfId,
        occurredAt: r.occurredAt,
        recordedAt: r.recordedAt,
        mineId: r.mineId,
      },
    ]),
  );
};

// Evidence already read with the facts during one run (factsOf `withEvidence`), by the run's db handle.
const noted = new WeakMap<object, Map<string, EvidenceRef>>();

/** Keeps evidence read along with the facts, so the runner does not read those rows a second time. */
export const noteEvidence = (db: Db, refs: EvidenceRef[]): void => {
  const map = noted.get(db);
  if (map) for (const ref of refs) map.set(ref.position, ref);
};

/**
 * Rows as `produce` makes them, with each row's evidence attached (in log order), sorted by key. Evidence the query
 * read along with its facts is not read again.
 */
export const withEvidence = async (db: Db, produce: () => Promise<RawRow[]>): Promise<LookbackRow[]> => {
  const known = new Map<string, EvidenceRef>();
  noted.set(db, known);
  let raw: RawRow[];
  try {
    raw = await produce();
  } finally {
    noted.delete(db);
  }
  // Every position once, ranked in log order; each row's evidence is then its ranks sorted as numbers — rows of a
  // long answer name thousands of positions, most of them shared (docs/performance.md, session 15).
  const rank = new Map<string, number>();
  for (const row of raw) for (const p of row.positions) if (!rank.has(p)) rank.set(p, rank.size);
  const ordered = [...rank.keys()].sort(byPosition);
  ordered.forEach((p, i) => rank.set(p, i));
  const missing = ordered.filter((p) => !known.has(p));
  const evidence = new Map([...known, ...(await loadEvidence(db, missing))]);
  const byRank = ordered.map((p) => evidence.get(p));
  const evidenceOf = (positions: string[]): EvidenceRef[] => {
    const ranks = Int32Array.from(positions, (p) => rank.get(p) as number).sort();
    const out: EvidenceRef[] = [];
    ranks.forEach((r, i) => {
      const ref = byRank[r];
      if (ref && (i === 0 || ranks[i - 1] !== r)) out.push(ref);
    });
    return out;
  };
  // Each row copied field by field without `positions` (a rest-spread per row cost more on long answers).
  return raw
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((r): LookbackRow => {
      const row: Record<string, unknown> = {};
      for (const k in r) if (k !== 'positions') row[k] = r[k];
      row.evidence = evidenceOf(r.positions);
      return row as LookbackRow;
    });
};

/** Log order of positions as the database writes them (decimal, no leading zeros): shorter first, then by text. */
const byPosition = (a: string, b: string): number => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/** Runs a query at a cut: every row, with its evidence. */
export const runLookback = (db: Db, query: LookbackQuery, cut: LookbackCut, params: LookbackParams) =>
  withEvidence(db, () => query.run(db, cut, params));
