import { EVENT_COLUMNS } from './rows';

export interface NamedStatement {
  name: string;
  text: string;
}

const statements = new Map<string, NamedStatement>();

/**
 * The stream read as a named statement, one per combination of cuts: the driver prepares it once per connection,
 * so repeated as-of reads skip parsing and (after the planner's first custom plans) planning, and each variant's
 * predicates are plain comparisons rather than `$n IS NULL OR …`.
 */
export const readStreamStatement = (toRecordedAt: boolean, toOccurredAt: boolean, limited: boolean): NamedStatement => {
  const key = `${toRecordedAt ? 'r' : ''}${toOccurredAt ? 'o' : ''}${limited ? 'l' : ''}`;
  const cached = statements.get(key);
  if (cached) return cached;
  let n = 2;
  const where = ['e.stream_id = $1', 'e.stream_position >= $2'];
  if (toRecordedAt) where.push(`e.recorded_at <= $${++n}::timestamptz`);
  if (toOccurredAt) where.push(`(e.metadata->>'occurredAt')::timestamptz <= $${++n}::timestamptz`);
  const statement = {
    name: `hl_read_stream_${key || 'all'}`,
    text:
      `SELECT ${EVENT_COLUMNS} FROM events e WHERE ${where.join(' AND ')} ORDER BY e.stream_position` +
      (limited ? ` LIMIT $${++n}` : ''),
  };
  statements.set(key, statement);
  return statement;
};
