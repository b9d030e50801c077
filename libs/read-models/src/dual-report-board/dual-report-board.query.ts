import { Params, isoSql } from '@hazard-ledger/projection-engine';
import { BoardQuery, Db, ROW_HEAD, common, paged } from '../hazard-record/board-query';

const hours = (later: string, earlier: string) => `round(extract(epoch FROM (${later}) - (${earlier})) / 3600, 2)`;

// Delay and breach of one recipient's report, judged at the instant looked at (a missing report keeps counting
// until the hazard was downgraded: a breach while it was major stays a breach, and stops growing there).
const track = (prefix: string, now: string) => {
  const at = `least(${now}, coalesce(downgraded_at, ${now}))`;
  const due = `determined_at + ${prefix}_allowed_hours * interval '1 hour'`;
  const breach = `(${prefix}_allowed_hours IS NOT NULL AND coalesce(${prefix}_received_at, ${at}) > ${due})`;
  return {
    select: `json_build_object('allowedHours', ${prefix}_allowed_hours::float8, 'dueBy', ${isoSql(due)},
      'submittedAt', ${isoSql(`${prefix}_submitted_at`)}, 'receivedAt', ${isoSql(`${prefix}_received_at`)},
      'delayHours', ${hours(`${prefix}_received_at`, 'determined_at')}::float8,
      'elapsedHours', ${hours(`coalesce(${prefix}_received_at, ${at})`, 'determined_at')}::float8,
      'breach', ${breach})`,
    breach,
  };
};

/** 双报告 board, oldest determination first; `flagged` keeps hazards with a breach on either report. */
export const queryDualReportBoard = (db: Db, q: BoardQuery) => {
  const p = new Params();
  const { table, conditions, at } = common(q, p, 'dual_report_board');
  const regulator = track('regulator', at);
  const congress = track('congress', at);
  if (q.flagged !== undefined) conditions.push(`${q.flagged ? '' : 'NOT '}(${regulator.breach} OR ${congress.breach})`);
  return paged<{ hazardId: string; sortValue: string }>(db, q, p, {
    table,
    conditions,
    sort: 'determined_at',
    select: `${ROW_HEAD}, ${isoSql('determined_at')} AS "determinedAt", ${isoSql('downgraded_at')} AS "downgradedAt",
      policy_version AS "policyVersion",
      ${regulator.select} AS regulator, ${congress.select} AS "workersCongress"`,
  });
};
