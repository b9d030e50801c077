import { streams } from '@hazard-ledger/domain';
import { Column, EntityModel, LeanEvent, column } from '@hazard-ledger/projection-engine';
import { InspectionFile, evolveInspectionFile, unsignedMembers } from './inspection-file';

/** 检查台账: which inspections happened, per mine, inspector, kind and period, unsigned ones flagged. */
export interface InspectionRegisterRow {
  file: InspectionFile;
  unsignedMembers: string[];
}

const c = column<InspectionRegisterRow>;

export const INSPECTION_REGISTER_COLUMNS: readonly Column<InspectionRegisterRow>[] = [
  c('mine_id', 'text', (r) => r.file.mineId),
  c('mine_name', 'text', (r) => r.file.mineName),
  c('jurisdiction', 'text', (r) => r.file.jurisdiction),
  c('kind', 'text', (r) => r.file.kind),
  c('plan_item_id', 'text', (r) => r.file.planItemId),
  c('areas', 'jsonb', (r) => r.file.areas),
  c('team', 'jsonb', (r) => r.file.team),
  c('started_at', 'timestamptz', (r) => r.file.startedAt),
  c('recorded_at', 'timestamptz', (r) => r.file.recordedAt),
  c('late', 'boolean', (r) => r.file.late),
  c('late_reason', 'text', (r) => r.file.lateReason),
  c('clauses', 'jsonb', (r) => r.file.clauses),
  c('clauses_examined', 'integer', (r) => r.file.clauses.length),
  c('findings', 'integer', (r) => r.file.clauses.filter((x) => x.result === 'finding').length),
  c('media_count', 'integer', (r) => r.file.media.length),
  c('knowledge_average', 'numeric', (r) => r.file.knowledgeTest?.averageScore ?? null),
  c('result', 'text', (r) => r.file.result?.result ?? null),
  c('result_summary', 'text', (r) => r.file.result?.summary ?? null),
  c('signatures', 'jsonb', (r) => r.file.signatures),
  c('unsigned_members', 'jsonb', (r) => r.unsignedMembers),
  c('unsigned', 'boolean', (r) => r.file.completedAt === null),
  c('completed_at', 'timestamptz', (r) => r.file.completedAt),
];

export const inspectionIdOf = (event: LeanEvent): string | undefined => streams.idIn('inspection', event.streamId);

export const inspectionRegisterModel: EntityModel<InspectionFile, InspectionRegisterRow> = {
  loadFrom: { module: __filename, exportName: 'inspectionRegisterModel' },
  name: 'inspection-register',
  base: 'inspection_register',
  key: 'inspection_id',
  entityCategory: 'inspection',
  columns: INSPECTION_REGISTER_COLUMNS,
  entityOf: inspectionIdOf,
  streamOf: streams.inspection,
  evolve: evolveInspectionFile,
  rowOf: (file) => ({ file, unsignedMembers: unsignedMembers(file) }),
};
