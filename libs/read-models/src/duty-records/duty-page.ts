import { InvalidCursor, decodeCursor, encodeCursor } from '@hazard-ledger/projection-engine';
import { Page } from '../hazard-record/board-query';

/**
 * One page of a register whose rows are derived at read time (limits per mine, months missing, days left), so it
 * cannot be paged in SQL: the rows keep their register order and the cursor names the last row handed out. A
 * cursor whose row is no longer in the result (another asOf, or the filters changed) is refused, not guessed.
 */
export const pageOfRows = <T>(
  rows: readonly T[],
  idOf: (row: T) => string,
  limit: number,
  cursor?: string,
): Page<T> => {
  let start = 0;
  if (cursor) {
    const [after] = decodeCursor(cursor, 1);
    const at = rows.findIndex((r) => idOf(r) === after);
    if (at < 0) throw new InvalidCursor();
    start = at + 1;
  }
  const items = rows.slice(start, start + limit);
  const more = start + limit < rows.length;
  return {
    items,
    total: rows.length,
    ...(more && items.length > 0 ? { nextCursor: encodeCursor([idOf(items[items.length - 1])]) } : {}),
  };
};
