import { DUTY_STEPS, TipCard, evolveTipCard } from '../tips-board';
import { COMMON_PARAMS, LookbackQuery, RawRow } from './lookback-query';
import { actorOf, byEntity, factsOf, leanOf, positionKey } from './facts';

/** When the card's step changed, the event that did it against the deadline the step had (null: none). */
interface StepTime {
  step: string;
  by: { id: string; name: string; role: string };
  doneAt: string;
  dueAt: string | null;
  late: boolean;
}

const DUTY: readonly string[] = DUTY_STEPS;

/**
 * §9 item 22: per 举报 (tip), each step's time against the deadline the `tips@…` edition gave it (the tips board's
 * own fold, `evolveTipCard`), overdue at the cut (the board's rule), 不属实 later proved true, objections and
 * re-review outcomes, rewards, and every reveal of the reporter's identity — who, when, why, never the identity
 * (the log holds a vault reference and a digest only).
 */
export const lb22: LookbackQuery = {
  id: 'LB-22-tips',
  version: 1,
  title: { zh: '举报办理倒查', en: 'Tips: step times, findings, objections, rewards, identity reveals' },
  description: {
    zh: '每件举报：受理、交办、核实、办理、反馈、复查各步用时与期限、截点时逾期、“不属实”后经证实、异议与复查结论、奖励及兑现、追责、每次查看举报人身份（谁、何时、为何；不含身份本身）',
    en: 'Per tip: each step against its deadline, overdue at the cut, 不属实 later proved true, objections and re-review outcomes, rewards and payment, 追责, and every reveal of the reporter’s identity (who, when, why — never the identity)',
  },
  source: 'domain.md §9 item 22; §6.1 举报 (矿安〔2023〕… 举报处理, 安监总财〔2018〕19号 奖励)',
  params: COMMON_PARAMS,
  limits: {
    zh: '期限取举报受理时有效的 tips 政策版本（事件中记录）；步骤时间为事件的发生时间；期间参数限定举报的记录时间；身份只记录查看行为',
    en: 'Deadlines are those of the tips edition in force at receipt (recorded in the events); step times are the events’ occurredAt; the period bounds when the tip was recorded; identity reveals are listed as acts only',
  },
  columns: [
    { field: 'tipNo', header: '举报编号 tipNo' },
    { field: 'mineId', header: '矿山 mine' },
    { field: 'status', header: '状态 status' },
    { field: 'steps', header: '各步用时 steps' },
    { field: 'lateSteps', header: '超期步骤 late steps' },
    { field: 'overdueAtCut', header: '截点逾期 overdue at cut' },
    { field: 'finding', header: '核实结论 finding' },
    { field: 'provenTrueLater', header: '不属实后经证实 proven true later' },
    { field: 'objections', header: '异议 objections' },
    { field: 'reReviewOutcome', header: '复查结论 re-review' },
    { field: 'rewardYuan', header: '奖励(元) reward' },
    { field: 'rewardPaid', header: '已兑现 paid' },
    { field: 'accountabilityCases', header: '追责 accountability' },
    { field: 'identityReveals', header: '身份查看 identity reveals' },
    { field: 'policyVersion', header: '政策版本 policy' },
  ],
  async run(db, cut, params): Promise<RawRow[]> {
    const facts = await factsOf(db, cut, params, { categories: ['tip'] });
    const rows: RawRow[] = [];
    for (const history of byEntity(facts).values()) {
      const received = history[0];
      if (received.type !== 'TipReceived') continue;
      const at = Date.parse(received.recordedAt);
      if ((params.from && at < Date.parse(params.from)) || (params.to && at > Date.parse(params.to))) continue;
      let card: TipCard | undefined;
      const steps: StepTime[] = [];
      for (const f of history) {
        const before = card;
        card = evolveTipCard(card, leanOf(f), () => undefined);
        if (!before || !card || before.step === card.step || !DUTY.includes(before.step)) continue;
        const late = before.stepDueAt !== null && Date.parse(f.occurredAt) > Date.parse(before.stepDueAt);
        steps.push({ step: before.step, by: actorOf(f), doneAt: f.occurredAt, dueAt: before.stepDueAt, late });
      }
      if (!card) continue;
      const now = Date.parse(cut.asOf);
      const overdue =
        (DUTY.includes(card.step) && card.stepDueAt !== null && Date.parse(card.stepDueAt) < now) ||
        (!card.rewardPaid && card.rewardPayBy !== null && Date.parse(card.rewardPayBy) < now);
      rows.push({
        key: positionKey(received.position),
        mineId: card.mineId,
        tipId: card.tipId,
        tipNo: card.tipNo,
        status: card.status,
        steps,
        lateSteps: steps.filter((s) => s.late).map((s) => s.step),
        overdueAtCut: overdue,
        pendingStep: card.step,
        pendingDueAt: card.stepDueAt,
        finding: card.finding,
        provenTrueLater: card.provenTrueLater,
        objections: history
          .filter((f) => f.type === 'TipObjectionRecorded')
          .map((f) => ({ receivedAt: f.data.receivedAt, reReviewBy: f.data.reReviewBy })),
        reReviewOutcome: card.reReviewOutcome,
        rewardYuan: card.rewardYuan,
        rewardPaid: card.rewardPaid,
        accountabilityCases: card.accountabilityCases,
        // The reveal's act only: who, when, why (the vault reference is not the identity, but it is not needed).
        identityReveals: history
          .filter((f) => f.type === 'TipIdentityRevealed')
          .map((f) => ({ by: actorOf(f), at: f.data.revealedAt, reason: f.data.reason })),
        policyVersion: card.policyVersion,
        positions: history.map((f) => f.position),
      });
    }
    return rows;
  },
};
