import { Recipient } from '@hazard-ledger/domain';
import { HazardCtx, MEANING } from './hazard-context';
import { remediate } from './hazard-remediation';
import { signOffPath } from './hazard-sign-off';
import { close, suspend } from './hazard-steps';
import { CLAUSES } from './mines';
import { DAY, END_OF_HISTORY, HOUR, addMs } from './stream-script';
import { MEASURES, RETURN_REASONS } from './texts';

export const determineMajor = (c: HazardCtx): void => {
  const actor = c.source === 'inspection' ? c.finder : c.byRegulator ? c.regulator() : c.mine.principal;
  const clause = c.rng.pick(CLAUSES[c.mine.siteType]);
  c.hours(2, 72);
  c.issue('DetermineMajorHazard', actor, (now) => ({
    clauseId: clause.id,
    signature: c.signature(actor, MEANING.determination, now),
  }));
};

const submitReport = (c: HazardCtx, recipient: Recipient): void => {
  const principal = c.mine.principal;
  const reportHash = c.rng.hex(64);
  c.issue('SubmitDualReport', principal, (now) => ({
    recipient,
    reportHash,
    content: {
      currentState: `${c.location}：${c.description}`,
      cause: c.rng.pick(['未按设计施工', '日常检查流于形式', '设备老化未及时更换', '外包队伍管理不到位']),
      severityAnalysis: c.rng.pick(['可能导致冒顶片帮，威胁作业人员安全', '可能引发透水或边坡失稳', '治理需局部停产']),
      remediationPlan: c.rng.pick(MEASURES[c.mine.siteType]),
    },
    signature: c.signature(principal, MEANING.report, now, reportHash),
  }));
};

/** Acknowledges the latest version of the report, by the hash the decider folded. */
const receiveReport = (c: HazardCtx, recipient: Recipient): void => {
  const actor = recipient === 'regulator' ? c.regulator() : c.mine.congressRep;
  const reportHash = c.majorFacts?.reports[recipient]?.hash ?? '';
  c.issue('AcknowledgeDualReport', actor, () => ({ recipient, reportHash }));
};

/** 双报告: to the regulator (mostly within 24 h) and to the workers' congress, each acknowledged; some revised. */
export const dualReports = (c: HazardCtx): void => {
  c.wait(c.rng.chance(0.9) ? c.rng.between(HOUR, 20 * HOUR) : c.rng.between(24 * HOUR, 72 * HOUR));
  submitReport(c, 'regulator');
  c.hours(1, 40);
  submitReport(c, 'workers_congress');
  if (c.rng.chance(0.05)) {
    c.hours(2, 24);
    submitReport(c, 'regulator'); // a corrected version supersedes the first before anyone acknowledged it
  }
  c.hours(1, 48);
  receiveReport(c, 'regulator');
  c.days(1, 10);
  receiveReport(c, 'workers_congress');
};

export const list = (c: HazardCtx): void => {
  const leader = c.leader();
  const level = c.rng.weighted({ county: 70, city: 25, province: 5 });
  const unit = {
    county: `${c.mine.jurisdiction.name}安全生产委员会办公室`,
    city: '长治市安全生产委员会办公室',
    province: '山西省安全生产委员会办公室',
  }[level];
  const days = c.rng.int(90, 330);
  c.days(2, 20);
  c.issue('ListForSupervision', leader, (now) => ({
    level,
    unit,
    supervisingOfficial: `${leader.name}（${level === 'county' ? '分管副局长' : '督办专员'}）`,
    deadline: addMs(now, days * DAY),
    noticeNo: c.docNo('督', now),
    signature: c.signature(leader, MEANING.listing, now),
  }));
};

/**
 * The plan deadline may not pass the listing deadline (decide refuses it). When that deadline is less than a day
 * away, no plan can be submitted: the history ends there, overdue (the hand-written generator went past it).
 */
const planDeadline = (c: HazardCtx, now: string): string => {
  const wanted = Date.parse(now) + c.rng.int(45, 240) * DAY;
  const listing = c.majorFacts?.listingDeadline;
  const cap = listing ? Date.parse(listing) : Infinity;
  if (cap < Date.parse(now) + DAY) throw END_OF_HISTORY;
  return new Date(Math.min(wanted, cap)).toISOString();
};

export const submitPlan = (c: HazardCtx): void => {
  const actor = c.rng.chance(0.6) ? c.mine.principal : c.staff();
  const contributors = c.rng.chance(0.5) ? [c.staff(new Set([actor.id])).id] : [];
  const measures = [c.rng.pick(MEASURES[c.mine.siteType]), c.rng.pick(MEASURES[c.mine.siteType])];
  c.days(3, 25);
  c.issue('SubmitRemediationPlan', actor, (now) => ({
    responsibility: {
      unit: c.rng.pick(['采矿车间', '安全环保部', '机电科', '生产技术部']),
      person: c.mine.principal.name,
    },
    measures: [...new Set(measures)],
    funds: { amount: c.rng.int(5, 300) * 10_000, source: '企业安全生产费用 / safety production funds' },
    deadline: planDeadline(c, now),
    contingencyPlan: '治理期间停止相关区域作业，设置警戒，人员按应急预案撤离路线撤离',
    contributors,
  }));
};

export const returnPlan = (c: HazardCtx): void => {
  const reason = c.rng.pick(RETURN_REASONS);
  c.days(3, 15);
  // An inspector returns it, so a leader stays free to sign the 销号 (separation of duties).
  c.issue('ReturnRemediationPlan', c.inspector(), () => ({ reason }));
};

export const acceptPlan = (c: HazardCtx): void => {
  c.days(3, 20);
  c.issue('AcceptRemediationPlan', c.involvedLeader(), () => ({}));
};

/** After grading major: 停产, 双报告, 挂牌督办, the plan (sometimes returned), remediation, 销号 and 闭环. */
export const majorPath = (c: HazardCtx, options: { downgrade: boolean; escalate: boolean }): 'downgrade' | 'done' => {
  if (!c.suspension && c.rng.chance(0.35)) {
    c.hours(0.5, 12);
    suspend(c);
  }
  dualReports(c);
  c.stage('reported');
  if (options.downgrade) return 'downgrade';
  list(c);
  c.stage('listed');
  submitPlan(c);
  c.stage('plan_submitted');
  for (let returns = c.rng.chance(0.25) ? c.rng.int(1, 2) : 0; returns > 0; returns--) {
    returnPlan(c);
    c.stage('plan_returned');
    submitPlan(c);
  }
  acceptPlan(c);
  c.stage('in_remediation');
  if (remediate(c, options.escalate) === 'closed') return 'done';
  signOffPath(c);
  c.days(1, 15);
  close(c, c.leader());
  return 'done';
};
