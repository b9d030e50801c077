import { Db, LookbackCut, LookbackParams, LookbackQuery, LookbackRow, PageRequest } from './lookback-query';
import { runLookback, withEvidence } from './lookback-evidence';

/** One page of an answer: its rows (with evidence), the whole answer's row count, and the cursor of the next page. */
export interface LookbackPage {
  rows: LookbackRow[];
  total: number;
  nextCursor: string | null;
}

/** The largest page an answer is served in (rows with their evidence). */
export const MAX_PAGE_ROWS = 500;

/**
 * A page of a query's answer: exactly the rows the whole answer lists after `page.after`, in key order. A query
 * that pages itself (`runPage`) computes only that page; any other is computed whole and sliced.
 */
export const runLookbackPage = async (
  db: Db,
  query: LookbackQuery,
  cut: LookbackCut,
  params: LookbackParams,
  page: PageRequest,
): Promise<LookbackPage> => {
  const { limit, after } = page;
  let total = 0;
  let more = false;
  const rows = query.runPage
    ? await withEvidence(db, async () => {
        const raw = await query.runPage!(db, cut, params, page);
        total = raw.total;
        const sorted = raw.rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        more = sorted.length > limit;
        return sorted.slice(0, limit);
      })
    : await runLookback(db, query, cut, params).then((all) => {
        total = all.length;
        const rest = after === undefined ? all : all.filter((r) => r.key > after);
        more = rest.length > limit;
        return rest.slice(0, limit);
      });
  return { rows, total, nextCursor: more ? rows[rows.length - 1].key : null };
};
