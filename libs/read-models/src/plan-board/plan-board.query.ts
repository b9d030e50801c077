import { Params } from '@hazard-ledger/projection-engine';
import { Db } from '../hazard-record/board-query';
import { ReadScope, ledgerTimeSlice, scopeCondition } from '../hazard-ledger/hazard-ledger.query';

export interface PlanBoardQuery {
  scope: ReadScope;
  year: number;
  mineId?: string;
  jurisdiction?: string;
  /** 'under': the year ended below plan; 'over': above the cap of the policy. */
  flag?: 'under' | 'over';
  asOf?: string;
  validAt?: string;
  now: string;
  limit: number;
  offset?: number;
}

export interface PlanBoardItem {
  mineId: string;
  mineName: string | null;
  jurisdiction: string | null;
  year: number;
  planId: string | null;
  planItemId: string | null;
  planStatus: string | null;
  grade: string | null;
  planned: number | null;
  cap: number | null;
  policyVersion: string | null;
  done: number;
  inPlan: number;
  unannounced: number;
  unannouncedShare: number | null;
  jointByQuarter: number[];
  underInspected: boolean;
  overCap: boolean;
}

export interface PlanBoardPage {
  items: PlanBoardItem[];
  total: number;
  /** Over the whole scope asked for: 联合检查 per quarter, and the quarters already ended with none. */
  summary: { jointByQuarter: number[]; quartersWithoutJoint: number[] };
}

// Periods are Beijing calendar years and quarters (规章 dates), judged at the instant asked for.
const yearEnd = (year: string) => `make_timestamptz(${year} + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')`;
const quarterEndMs = (year: number, q: number) =>
  Date.parse(
    q === 4 ? `${year + 1}-01-01T00:00:00+08:00` : `${year}-${String(q * 3 + 1).padStart(2, '0')}-01T00:00:00+08:00`,
  );

/** Plan against inspections per mine for one year, as of a time; flags under-inspected and over-cap mines. */
export const queryPlanBoard = async (db: Db, q: PlanBoardQuery): Promise<PlanBoardPage> => {
  const p = new Params();
  const slice = ledgerTimeSlice(q, p, 'plan_board');
  const at = `${p.add(q.validAt ?? q.asOf ?? q.now)}::timestamptz`;
  const year = `${p.add(q.year)}::int`;
  const rows = `(SELECT b.*, m.doc->>'name' AS mine_name, m.doc->>'jurisdiction' AS jurisdiction,
       (b.planned IS NOT NULL AND b.done < b.planned AND ${at} >= ${yearEnd('b.year')}) AS under_inspected,
       (b.cap IS NOT NULL AND b.done > b.cap) AS over_cap
     FROM ${slice.table} b LEFT JOIN plan_board_mines m ON m.mine_id = b.mine_id
     WHERE ${slice.where.replace(/(system_time|valid_time)/, 'b.$1')} AND b.year = ${year}) s`;
  const c = [scopeCondition(q.scope, p)];
  if (q.mineId !== undefined) c.push(`mine_id = ${p.add(q.mineId)}`);
  if (q.jurisdiction !== undefined) c.push(`jurisdiction = ${p.add(q.jurisdiction)}`);
  const scoped = c.join(' AND ');
  const flagged = q.flag === 'under' ? ' AND under_inspected' : q.flag === 'over' ? ' AND over_cap' : '';
  const [{ n, joint }] = (await db.query(
    `SELECT count(*) FILTER (WHERE TRUE${flagged})::int AS n,
            json_build_array(${[0, 1, 2, 3].map((i) => `coalesce(sum((joint_by_quarter->>${i})::int), 0)::int`).join(', ')}) AS joint
       FROM ${rows} WHERE ${scoped}`,
    [...p.values],
  )) as { n: number; joint: number[] }[];
  const items: PlanBoardItem[] = await db.query(
    `SELECT mine_id AS "mineId", mine_name AS "mineName", jurisdiction, year, plan_id AS "planId",
            plan_item_id AS "planItemId", plan_status AS "planStatus", grade, planned, cap,
            policy_version AS "policyVersion", done, in_plan AS "inPlan", unannounced,
            CASE WHEN done > 0 THEN round(unannounced::numeric / done, 3)::float END AS "unannouncedShare",
            joint_by_quarter AS "jointByQuarter", under_inspected AS "underInspected", over_cap AS "overCap"
       FROM ${rows} WHERE ${scoped}${flagged}
      ORDER BY mine_id LIMIT ${p.add(q.limit)} OFFSET ${p.add(q.offset ?? 0)}`,
    p.values,
  );
  const atMs = Date.parse(q.validAt ?? q.asOf ?? q.now);
  const ended = (qq: number) => atMs >= quarterEndMs(q.year, qq);
  const quartersWithoutJoint = [1, 2, 3, 4].filter((qq) => ended(qq) && joint[qq - 1] === 0);
  return { items, total: n, summary: { jointByQuarter: joint, quartersWithoutJoint } };
};
