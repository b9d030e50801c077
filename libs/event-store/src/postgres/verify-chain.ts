import { Pool } from 'pg';
import { ChainBreak, ChainVerifier, GENESIS_HASH } from '../integrity/hash-chain';
import { EVENT_COLUMNS, EventRow, toRecordedEvent } from './rows';

export interface VerifyScope {
  streamId?: string;
  /** Inclusive global-position range; links into the range are checked against the event just before it. */
  fromPosition?: bigint;
  toPosition?: bigint;
}

export interface VerifyReport {
  checkedEvents: number;
  checkedStreams: number;
  /** One entry per broken stream (its first break), ordered by global position. */
  breaks: ChainBreak[];
}

const PAGE = 2000;

/** Recomputes every hash in scope from the stored rows, so a row edited behind the trigger's back is found. */
export const verifyPostgresChain = async (
  pool: Pool,
  scope: VerifyScope = {},
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<VerifyReport> => {
  const where = `($1::text IS NULL OR e.stream_id = $1) AND ($2::bigint IS NULL OR e.global_position >= $2)
                 AND ($3::bigint IS NULL OR e.global_position <= $3)`;
  const params = [scope.streamId ?? null, scope.fromPosition?.toString() ?? null, scope.toPosition?.toString() ?? null];
  const total = Number((await pool.query(`SELECT count(*) AS n FROM events e WHERE ${where}`, params)).rows[0].n);
  const ranged = scope.fromPosition !== undefined || scope.toPosition !== undefined;
  const breaks: ChainBreak[] = [];
  const broken = new Set<string>();
  let verifier: ChainVerifier | undefined;
  let done = 0;
  let streams = 0;
  let after: [string, string] = ['', '-1'];

  const finishStream = async (v: ChainVerifier | undefined) => {
    if (!v || ranged || broken.has(v.streamId)) return;
    const { rows } = await pool.query(`SELECT revision::text, last_hash FROM streams WHERE stream_id = $1`, [
      v.streamId,
    ]);
    // Appended while the pages were read (the anchor moves in the append's transaction): check those links too.
    if (rows[0] && BigInt(rows[0].revision) > v.nextRevision - 1n) {
      const found = await checkAppended(pool, v, BigInt(rows[0].revision));
      done += found.checked;
      if (found.break) {
        breaks.push(found.break);
        broken.add(v.streamId);
        return;
      }
    }
    if (!rows[0] || rows[0].last_hash !== v.lastHash || BigInt(rows[0].revision) !== v.nextRevision - 1n) {
      breaks.push({
        streamId: v.streamId,
        revision: v.nextRevision,
        position: -1n,
        expectedHash: v.lastHash,
        storedHash: rows[0]?.last_hash ?? '',
        problem: 'broken-link',
      });
    }
  };

  for (;;) {
    const { rows } = await pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events e WHERE ${where} AND (e.stream_id, e.stream_position) > ($4, $5::bigint)
        ORDER BY e.stream_id, e.stream_position LIMIT ${PAGE}`,
      [...params, after[0], after[1]],
    );
    for (const row of rows) {
      const event = toRecordedEvent(row);
      if (verifier?.streamId !== event.streamId) {
        await finishStream(verifier);
        verifier = await startVerifier(pool, event.streamId, ranged ? event.revision : 0n);
        streams += 1;
      }
      if (!broken.has(event.streamId)) {
        const found = verifier.check({ ...event, ...event.integrity });
        if (found) {
          breaks.push(found);
          broken.add(event.streamId);
        }
      }
      done += 1;
    }
    onProgress(done, total);
    if (rows.length < PAGE) break;
    const last = rows[rows.length - 1];
    after = [last.stream_id, last.stream_position];
  }
  await finishStream(verifier);
  breaks.sort((a, b) => (a.position === b.position ? 0 : a.position < b.position ? -1 : 1));
  return { checkedEvents: done, checkedStreams: streams, breaks };
};

const startVerifier = async (pool: Pool, streamId: string, fromRevision: bigint): Promise<ChainVerifier> => {
  if (fromRevision === 0n) return new ChainVerifier(streamId, GENESIS_HASH, 0n);
  const { rows } = await pool.query(`SELECT hash FROM events WHERE stream_id = $1 AND stream_position = $2`, [
    streamId,
    (fromRevision - 1n).toString(),
  ]);
  return new ChainVerifier(streamId, rows[0]?.hash ?? GENESIS_HASH, fromRevision);
};

/** The events of a stream after the verified ones, up to the anchor's revision read just before. */
const checkAppended = async (
  pool: Pool,
  verifier: ChainVerifier,
  toRevision: bigint,
): Promise<{ checked: number; break?: ChainBreak }> => {
  const { rows } = await pool.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.stream_id = $1 AND e.stream_position BETWEEN $2 AND $3
      ORDER BY e.stream_position`,
    [verifier.streamId, verifier.nextRevision.toString(), toRevision.toString()],
  );
  for (const [i, row] of rows.entries()) {
    const event = toRecordedEvent(row);
    const found = verifier.check({ ...event, ...event.integrity });
    if (found) return { checked: i + 1, break: found };
  }
  return { checked: rows.length };
};
