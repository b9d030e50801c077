import { streams } from '@hazard-ledger/domain';
import { Column, EntityModel, LeanEvent, column } from '@hazard-ledger/projection-engine';
import { HotWorkPermitFile, evolveHotWorkPermitFile } from './hot-work-permit-file';

const c = column<HotWorkPermitFile>;

export const HOT_WORK_PERMIT_COLUMNS: readonly Column<HotWorkPermitFile>[] = [
  c('mine_id', 'text', (r) => r.mineId),
  c('mine_name', 'text', (r) => r.mineName),
  c('jurisdiction', 'text', (r) => r.jurisdiction),
  c('status', 'text', (r) => r.status),
  c('location', 'text', (r) => r.location),
  c('underground', 'boolean', (r) => r.underground),
  c('work', 'text', (r) => r.work),
  c('window_start', 'timestamptz', (r) => r.windowStart),
  c('window_end', 'timestamptz', (r) => r.windowEnd),
  c('precautions', 'jsonb', (r) => r.precautions),
  c('contractor_id', 'text', (r) => r.contractorId),
  c('requested_by', 'jsonb', (r) => r.requestedBy),
  c('requested_at', 'timestamptz', (r) => r.requestedAt),
  c('policy_version', 'text', (r) => r.policyVersion),
  c('approved_by', 'jsonb', (r) => r.approvedBy),
  c('approved_at', 'timestamptz', (r) => r.approvedAt),
  c('approved_precautions', 'jsonb', (r) => r.approvedPrecautions),
  c('started_at', 'timestamptz', (r) => r.startedAt),
  c('finished_at', 'timestamptz', (r) => r.finishedAt),
  c('finish_note', 'text', (r) => r.finishNote),
  c('cancelled_at', 'timestamptz', (r) => r.cancelledAt),
  c('cancel_reason', 'text', (r) => r.cancelReason),
];

export const permitIdOfEvent = (event: LeanEvent): string | undefined =>
  streams.idIn('hot-work-permit', event.streamId);

/** 动火作业票台账: one row per permit, on both time axes. */
export const hotWorkPermitRegisterModel: EntityModel<HotWorkPermitFile, HotWorkPermitFile> = {
  loadFrom: { module: __filename, exportName: 'hotWorkPermitRegisterModel' },
  name: 'hot-work-permit-register',
  base: 'hot_work_permit_register',
  key: 'permit_id',
  entityCategory: 'hot-work-permit',
  columns: HOT_WORK_PERMIT_COLUMNS,
  entityOf: permitIdOfEvent,
  streamOf: streams.hotWorkPermit,
  evolve: evolveHotWorkPermitFile,
  rowOf: (file) => file,
};
