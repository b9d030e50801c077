import { streams } from '@hazard-ledger/domain';
import { Column, EntityModel, LeanEvent, column } from '@hazard-ledger/projection-engine';
import { MonthlyCheckFile, evolveMonthlyCheckFile } from './monthly-check-file';

const c = column<MonthlyCheckFile>;

export const MONTHLY_CHECK_REGISTER_COLUMNS: readonly Column<MonthlyCheckFile>[] = [
  c('mine_id', 'text', (r) => r.mineId),
  c('mine_name', 'text', (r) => r.mineName),
  c('jurisdiction', 'text', (r) => r.jurisdiction),
  c('month', 'text', (r) => r.month),
  c('performed_at', 'timestamptz', (r) => r.performedAt),
  c('recorded_at', 'timestamptz', (r) => r.recordedAt),
  c('leader', 'jsonb', (r) => r.leader),
  c('led_by_principal', 'boolean', (r) => r.ledByPrincipal),
  c('participants', 'jsonb', (r) => r.participants),
  c('areas', 'jsonb', (r) => r.areas),
  c('clauses', 'jsonb', (r) => r.clauses),
  c('deadline', 'timestamptz', (r) => r.deadline),
  c('late', 'boolean', (r) => r.late),
  c('policy_version', 'text', (r) => r.policyVersion),
  c('hazard_ids', 'jsonb', (r) => r.hazardIds),
  c('result', 'text', (r) => r.result),
  c('summary', 'text', (r) => r.summary),
  c('signed_by', 'jsonb', (r) => r.signedBy),
  c('signed_at', 'timestamptz', (r) => r.signedAt),
];

export const monthlyCheckIdOfEvent = (event: LeanEvent): string | undefined =>
  streams.idIn('monthly-check', event.streamId);

/** 月度重大事故隐患排查台账: one row per mine and month checked, on both time axes. */
export const monthlyCheckRegisterModel: EntityModel<MonthlyCheckFile, MonthlyCheckFile> = {
  loadFrom: { module: __filename, exportName: 'monthlyCheckRegisterModel' },
  name: 'monthly-check-register',
  base: 'monthly_check_register',
  key: 'check_id',
  entityCategory: 'monthly-check',
  columns: MONTHLY_CHECK_REGISTER_COLUMNS,
  entityOf: monthlyCheckIdOfEvent,
  streamOf: streams.monthlyCheck,
  evolve: evolveMonthlyCheckFile,
  rowOf: (file) => file,
};
