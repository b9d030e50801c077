import { Params, isoSql } from '@hazard-ledger/projection-engine';
import { BoardQuery, Db, ROW_HEAD, common, paged } from '../hazard-record/board-query';

/** 挂牌督办 board, earliest deadline first; `flagged` keeps the overdue items. */
export const querySupervisionBoard = (db: Db, q: BoardQuery) => {
  const p = new Params();
  const { table, conditions, at } = common(q, p, 'supervision_board');
  // A deadline missed while the hazard was still major stays overdue after a downgrade (marked by downgradedAt).
  const overdue = `((pending AND deadline < ${at}) OR (downgraded_at IS NOT NULL AND deadline < least(${at}, downgraded_at)))`;
  if (q.flagged !== undefined) conditions.push(q.flagged ? overdue : `NOT ${overdue}`);
  return paged<{ hazardId: string; sortValue: string }>(db, q, p, {
    table,
    conditions,
    sort: 'deadline',
    select: `${ROW_HEAD}, pending, level, unit, notice_no AS "noticeNo", supervising_official AS "supervisingOfficial",
      ${isoSql('listed_at')} AS "listedAt", ${isoSql('listing_deadline')} AS "listingDeadline",
      ${isoSql('deadline')} AS deadline, extensions, extensions_granted AS "extensionsGranted",
      ${isoSql('signed_off_at')} AS "signedOffAt", ${isoSql('downgraded_at')} AS "downgradedAt", ${overdue} AS overdue`,
  });
};
