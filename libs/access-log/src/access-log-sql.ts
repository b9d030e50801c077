/**
 * The writer's one statement, in autocommit, so its answer arrives only after COMMIT: a receipt means the row is
 * durable. Parameters: $1 rows (jsonb), $2 the head we linked to, $3 our last hash, $4 this writer's id.
 *
 * It moves the anchor from $2 to $3 and inserts the rows only if the anchor was still at $2 and no other writer
 * holds the turn. Writers in other processes queue on the anchor's row lock; one that finds the anchor moved writes
 * nothing, gets the new head back in the same answer and — if the turn is free — takes it, so its retry cannot be
 * overtaken again by a writer that knows the head without asking (that one would otherwise win every race while
 * it has a backlog). A turn expires, so a crashed writer holds nobody up for long.
 */
const FREE = `(h.turn_writer IS NULL OR h.turn_writer = $4 OR h.turn_until < c.now)`;

export const INSERT_ACCESSES = `
  WITH head AS (
    UPDATE access_log_head h SET
      hash = CASE WHEN h.hash = $2 AND ${FREE} THEN $3 ELSE h.hash END,
      turn_writer = CASE WHEN h.hash = $2 AND ${FREE} THEN NULL
                         WHEN ${FREE} THEN $4 ELSE h.turn_writer END,
      turn_until = CASE WHEN h.hash = $2 AND ${FREE} THEN NULL
                        WHEN ${FREE} THEN c.now + interval '250 milliseconds' ELSE h.turn_until END
      FROM (SELECT clock_timestamp() AS now) c
     WHERE h.id = 1
    RETURNING h.hash, h.turn_writer),
  stored AS (
    INSERT INTO access_log (accessed_at, actor_id, actor_name, actor_role, actor_org, kind, record_type, record_ids,
                            as_of_position, query, purpose, hash_alg, prev_hash, hash)
    SELECT r.accessed_at, r.actor_id, r.actor_name, r.actor_role, r.actor_org, r.kind, r.record_type, r.record_ids,
           r.as_of_position, r.query, r.purpose, r.hash_alg, r.prev_hash, r.hash
      FROM jsonb_to_recordset($1::jsonb) AS r(ord integer, accessed_at timestamptz, actor_id text, actor_name text,
             actor_role text, actor_org text, kind text, record_type text, record_ids text[], as_of_position text,
             query jsonb, purpose text, hash_alg text, prev_hash text, hash text)
     WHERE (SELECT hash FROM head) = $3
     ORDER BY r.ord
    RETURNING id::text AS id, hash)
  SELECT id, hash, NULL AS head, NULL AS turn FROM stored
  UNION ALL SELECT NULL, NULL, hash, turn_writer FROM head`;

export interface InsertResult {
  id: string | null;
  hash: string | null;
  /** Set on the anchor's row only: the head after this statement. */
  head: string | null;
  /** Set on the anchor's row only: the writer whose turn it is, if any. */
  turn: string | null;
}

export const READ_HEAD = `
  SELECT (SELECT hash FROM access_log_head WHERE id = 1) AS hash,
         current_setting('synchronous_commit') AS synchronous_commit`;
