import { streams } from '@hazard-ledger/domain';
import { Column, EntityModel, LeanEvent, column } from '@hazard-ledger/projection-engine';
import { TipCard, evolveTipCard } from './tip-card';

const c = column<TipCard>;

export const TIPS_BOARD_COLUMNS: readonly Column<TipCard>[] = [
  c('tip_no', 'text', (r) => r.tipNo),
  c('mine_id', 'text', (r) => r.mineId),
  c('mine_name', 'text', (r) => r.mineName),
  c('jurisdiction', 'text', (r) => r.jurisdiction),
  c('channel', 'text', (r) => r.channel),
  c('category', 'text', (r) => r.category),
  c('reporter_kind', 'text', (r) => r.reporterKind),
  c('internal', 'boolean', (r) => r.internal),
  c('received_at', 'timestamptz', (r) => r.receivedAt),
  c('status', 'text', (r) => r.status),
  c('step', 'text', (r) => r.step),
  c('step_due_at', 'timestamptz', (r) => r.stepDueAt),
  c('handle_by', 'timestamptz', (r) => r.handleBy),
  c('extended', 'boolean', (r) => r.extended),
  c('objection_until', 'timestamptz', (r) => r.objectionUntil),
  c('assignee', 'jsonb', (r) => r.assignee),
  c('finding', 'text', (r) => r.finding),
  c('objected', 'boolean', (r) => r.objected),
  c('re_review_outcome', 'text', (r) => r.reReviewOutcome),
  c('reward_yuan', 'integer', (r) => r.rewardYuan),
  c('reward_pay_by', 'timestamptz', (r) => r.rewardPayBy),
  c('reward_paid', 'boolean', (r) => r.rewardPaid),
  c('accountability_cases', 'jsonb', (r) => r.accountabilityCases),
  c('proven_true_later', 'boolean', (r) => r.provenTrueLater),
  c('reveal_count', 'integer', (r) => r.revealCount),
  c('identity_shredded', 'boolean', (r) => r.identityShredded),
  c('policy_version', 'text', (r) => r.policyVersion),
];

export const tipIdOf = (event: LeanEvent): string | undefined => streams.idIn('tip', event.streamId);

/** 举报看板: every tip with the step it waits for and that step's deadline, on both time axes. */
export const tipsBoardModel: EntityModel<TipCard, TipCard> = {
  loadFrom: { module: __filename, exportName: 'tipsBoardModel' },
  name: 'tips-board',
  base: 'tips_board',
  key: 'tip_id',
  entityCategory: 'tip',
  columns: TIPS_BOARD_COLUMNS,
  entityOf: tipIdOf,
  streamOf: streams.tip,
  evolve: evolveTipCard,
  rowOf: (card) => card,
};
