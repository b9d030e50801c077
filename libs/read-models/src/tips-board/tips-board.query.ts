import { Params, decodeCursor, encodeCursor, isoSql } from '@hazard-ledger/projection-engine';
import { Db, Page } from '../hazard-record/board-query';
import { ReadScope, ledgerTimeSlice, scopeCondition } from '../hazard-ledger/hazard-ledger.query';

/** Steps with a deadline the bureau can miss (the objection window is the reporter's, not a duty). */
export const DUTY_STEPS = ['accept', 'assign', 'verify', 'handle', 'feedback', 're_review'] as const;

export interface TipsBoardQuery {
  scope: ReadScope;
  mineId?: string;
  step?: string;
  /** Only tips whose step's deadline had passed at the instant looked at (asOf, validAt, or now). */
  overdue?: boolean;
  objected?: boolean;
  /** decided: a reward was decided; unpaid: decided and not yet paid. */
  reward?: 'decided' | 'unpaid';
  provenTrueLater?: boolean;
  asOf?: string;
  validAt?: string;
  now: string;
  limit: number;
  cursor?: string;
}

export interface TipsBoardItem {
  tipId: string;
  tipNo: string;
  mineId: string | null;
  mineName: string | null;
  jurisdiction: string;
  channel: string;
  category: string;
  reporterKind: string;
  internal: boolean;
  receivedAt: string;
  status: string;
  step: string;
  stepDueAt: string | null;
  overdue: boolean;
  handleBy: string | null;
  extended: boolean;
  objectionUntil: string | null;
  assignee: { userId: string; name: string; role: string } | null;
  finding: string | null;
  objected: boolean;
  reReviewOutcome: string | null;
  rewardYuan: number | null;
  rewardPayBy: string | null;
  rewardPaid: boolean;
  accountabilityCases: string[];
  provenTrueLater: boolean;
  revealCount: number;
  identityShredded: boolean;
  policyVersion: string;
}

// A duty step past its deadline, or a decided reward still unpaid past its payment deadline (及时兑现).
const overdueSql = (p: Params, at: string) => {
  const t = `${p.add(at)}::timestamptz`;
  return `COALESCE((step = ANY(${p.add([...DUTY_STEPS])}) AND step_due_at < ${t}) OR (NOT reward_paid AND reward_pay_by < ${t}), false)`;
};

const selectOf = (p: Params, at: string) => `tip_id AS "tipId", tip_no AS "tipNo", mine_id AS "mineId",
  mine_name AS "mineName", jurisdiction, channel, category, reporter_kind AS "reporterKind", internal,
  ${isoSql('received_at')} AS "receivedAt", status, step, ${isoSql('step_due_at')} AS "stepDueAt",
  ${overdueSql(p, at)} AS overdue, ${isoSql('handle_by')} AS "handleBy", extended,
  ${isoSql('objection_until')} AS "objectionUntil", assignee, finding, objected, re_review_outcome AS "reReviewOutcome",
  reward_yuan AS "rewardYuan", ${isoSql('reward_pay_by')} AS "rewardPayBy", reward_paid AS "rewardPaid", accountability_cases AS "accountabilityCases",
  proven_true_later AS "provenTrueLater", reveal_count AS "revealCount", identity_shredded AS "identityShredded",
  policy_version AS "policyVersion"`;

/** 举报看板, newest tip first, each with the step it waits for, that step's deadline and whether it has passed. */
export const queryTipsBoard = async (db: Db, q: TipsBoardQuery): Promise<Page<TipsBoardItem>> => {
  const p = new Params();
  const at = q.asOf ?? q.validAt ?? q.now;
  const slice = ledgerTimeSlice(q, p, 'tips_board');
  const c = [slice.where, scopeCondition(q.scope, p)];
  if (q.mineId !== undefined) c.push(`mine_id = ${p.add(q.mineId)}`);
  if (q.step !== undefined) c.push(`step = ${p.add(q.step)}`);
  if (q.overdue !== undefined) c.push(q.overdue ? overdueSql(p, at) : `NOT ${overdueSql(p, at)}`);
  if (q.objected !== undefined) c.push(`objected = ${p.add(q.objected)}`);
  if (q.reward === 'decided') c.push(`reward_yuan IS NOT NULL`);
  if (q.reward === 'unpaid') c.push(`reward_yuan IS NOT NULL AND NOT reward_paid`);
  if (q.provenTrueLater !== undefined) c.push(`proven_true_later = ${p.add(q.provenTrueLater)}`);
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM ${slice.table} WHERE ${c.join(' AND ')}`, [
    ...p.values,
  ])) as { n: number }[];
  if (q.cursor) {
    const [receivedAt, id] = decodeCursor(q.cursor, 2);
    c.push(`(received_at, tip_id) < (${p.add(receivedAt)}::timestamptz, ${p.add(id)})`);
  }
  const select = selectOf(p, at);
  const rows: TipsBoardItem[] = await db.query(
    `SELECT ${select} FROM ${slice.table} WHERE ${c.join(' AND ')}
      ORDER BY received_at DESC, tip_id DESC LIMIT ${p.add(q.limit + 1)}`,
    p.values,
  );
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items,
    total: n,
    ...(rows.length > q.limit && last ? { nextCursor: encodeCursor([last.receivedAt, last.tipId]) } : {}),
  };
};
