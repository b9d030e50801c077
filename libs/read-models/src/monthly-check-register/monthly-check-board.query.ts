import { monthEnd, monthStart, monthlyCheckDeadline, nextMonth } from '@hazard-ledger/domain';
import { Params, isoSql } from '@hazard-ledger/projection-engine';
import { Db } from '../hazard-record/board-query';
import { ReadScope, ledgerTimeSlice } from '../hazard-ledger/hazard-ledger.query';
import { MONTHLY_CHECK_SELECT, MonthlyCheckRegisterItem, monthlyCheckConditions } from './monthly-check-register.query';

export interface MonthlyCheckBoardQuery {
  /** One mine (its scope checked by the caller), or every registered mine in `scope`. */
  mineId?: string;
  scope: ReadScope;
  fromMonth: string;
  toMonth: string;
  /** Days after the month's end a check is due, from the policy edition in force (for months with no check). */
  dueDaysAfterMonthEnd: number;
  asOf?: string;
  validAt?: string;
  /** The instant "missing" is judged at: asOf, validAt or now. */
  at: string;
}

/** done / done late: signed on time or after the deadline; unsigned: recorded, the principal has not signed. */
export type MonthStatus = 'done' | 'done_late' | 'unsigned' | 'missing' | 'not_due';

/** One mine's month: was the check done, on time, led by the principal — and was a major hazard there anyway? */
export interface MonthlyCheckBoardRow {
  mineId: string;
  mineName: string | null;
  month: string;
  status: MonthStatus;
  deadline: string;
  result: string | null;
  ledByPrincipal: boolean | null;
  check: MonthlyCheckRegisterItem | null;
  /** Major hazards of the mine that existed in the month (occurred by its end, not ended before it began). */
  majorHazardIds: string[];
  /** "none found" signed while a major hazard existed: what a look-back asks first (notice 十二). */
  noneFoundWhileMajorExisted: boolean;
}

export interface Major {
  hazardId: string;
  mineId: string;
  discoveredAt: string;
  endedAt: string | null;
}

const monthsBetween = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let m = from; m <= to && out.length < 1200; m = nextMonth(m)) out.push(m);
  return out;
};

/**
 * The board is asked of two read models in one snapshot: the monthly-check register and the hazard ledger, both at
 * the same system time (asOf) or valid time (validAt). A hazard counts once the ledger, at that time, knew it as
 * major; so before its determination was recorded the same month is not flagged.
 */
const minesOf = async (db: Db, q: MonthlyCheckBoardQuery): Promise<{ mineId: string; name: string | null }[]> => {
  const p = new Params();
  // Every mine registration reaches every temporal projection, so its mines table lists all registered mines.
  const where =
    q.mineId !== undefined
      ? `mine_id = ${p.add(q.mineId)}`
      : q.scope.kind === 'all'
        ? 'TRUE'
        : q.scope.kind === 'mines'
          ? `mine_id = ANY(${p.add(q.scope.mineIds)})`
          : `doc->>'jurisdiction' = ANY(${p.add(q.scope.codes)})`;
  const rows: { mineId: string; name: string | null }[] = await db.query(
    `SELECT mine_id AS "mineId", doc->>'name' AS name FROM monthly_check_register_mines WHERE ${where} ORDER BY mine_id`,
    p.values,
  );
  return q.mineId !== undefined && rows.length === 0 ? [{ mineId: q.mineId, name: null }] : rows;
};

/**
 * The board is asked of two read models in one snapshot: the monthly-check register and the hazard ledger, both at
 * the same system time (asOf) or valid time (validAt). A hazard counts once the ledger, at that time, knew it as
 * major; so before its determination was recorded the same month is not flagged.
 */
export const queryMonthlyCheckBoard = async (db: Db, q: MonthlyCheckBoardQuery): Promise<MonthlyCheckBoardRow[]> => {
  const mines = await minesOf(db, q);
  const mineIds = mines.map((m) => m.mineId);
  const p = new Params();
  const { table, conditions } = monthlyCheckConditions(
    { ...q, mineId: undefined, scope: { kind: 'mines', mineIds } },
    p,
  );
  const checks: MonthlyCheckRegisterItem[] = await db.query(
    `SELECT ${MONTHLY_CHECK_SELECT} FROM ${table} WHERE ${conditions.join(' AND ')}`,
    p.values,
  );
  const h = new Params();
  const slice = ledgerTimeSlice(q, h);
  const majors: Major[] = await db.query(
    `SELECT hazard_id AS "hazardId", mine_id AS "mineId", ${isoSql('discovered_at')} AS "discoveredAt",
            ${isoSql('ended_at')} AS "endedAt"
       FROM ${slice.table} WHERE ${slice.where} AND mine_id = ANY(${h.add(mineIds)}) AND grade = 'major'
        AND status <> 'voided' AND discovered_at < ${h.add(monthEnd(q.toMonth))}::timestamptz
      ORDER BY hazard_id`,
    h.values,
  );
  const byKey = new Map(checks.map((c) => [`${c.mineId}|${c.month}`, c]));
  const months = monthsBetween(q.fromMonth, q.toMonth);
  return mines.flatMap((mine) =>
    months.map((month) => monthlyCheckBoardRowOf(q, mine, month, byKey.get(`${mine.mineId}|${month}`) ?? null, majors)),
  );
};

/** One mine's month on the board (exported: look-back LB-05 applies the same rule to facts). */
export const monthlyCheckBoardRowOf = (
  q: MonthlyCheckBoardQuery,
  mine: { mineId: string; name: string | null },
  month: string,
  check: MonthlyCheckRegisterItem | null,
  majors: Major[],
): MonthlyCheckBoardRow => {
  const [start, end] = [Date.parse(monthStart(month)), Date.parse(monthEnd(month))];
  const majorHazardIds = majors
    .filter((m) => m.mineId === mine.mineId && Date.parse(m.discoveredAt) < end)
    .filter((m) => m.endedAt === null || Date.parse(m.endedAt) >= start)
    .map((m) => m.hazardId);
  const deadline = check?.deadline ?? monthlyCheckDeadline(month, q);
  const status: MonthStatus = check
    ? check.signedAt === null
      ? 'unsigned'
      : check.late
        ? 'done_late'
        : 'done'
    : Date.parse(deadline) < Date.parse(q.at)
      ? 'missing'
      : 'not_due';
  const result = check?.signedAt ? check.result : null;
  return {
    ...{ mineId: mine.mineId, mineName: mine.name ?? check?.mineName ?? null, month, status, deadline, result },
    ...{ ledByPrincipal: check?.ledByPrincipal ?? null, check, majorHazardIds },
    noneFoundWhileMajorExisted: result === 'none_found' && majorHazardIds.length > 0,
  };
};
