import { ROLES, Role } from '../shared/actor';
import { hazardCommandAccess, HazardCommandType } from '../hazard';

/** One step of a legacy (paper) hazard record, as a row of the import file (docs/legacy-import.md). */
export interface LegacyRow {
  /** 1-based number of the data row in the file, for the report. */
  row: number;
  /** The hazard's reference in the source document (台账编号); rows with the same reference are one hazard. */
  hazard: string;
  step: HazardCommandType;
  /** When the step truly happened (ISO 8601 with zone). */
  occurredAt: string;
  /** Who did it on paper: recorded as the actor, with their paper signature where the step is signed. */
  by: { name: string; role: Role; org: string; certificateNo?: string };
  data: Record<string, unknown>;
}

export interface RowError {
  row: number;
  reason: string;
}

/** Steps that need the earlier hazard's own stream: not importable as one record. */
const NOT_IMPORTABLE: readonly HazardCommandType[] = ['ReportRecurrence'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Shape only; every rule of the lifecycle is checked by the hazard decider itself. */
export const parseLegacyRow = (raw: unknown, row: number): LegacyRow | RowError => {
  const fail = (reason: string): RowError => ({ row, reason });
  if (!isObject(raw)) return fail('行不是对象 / the row is not an object');
  const { hazard, step, occurredAt, by, data } = raw;
  if (!isText(hazard)) return fail('缺少隐患编号 / hazard is missing');
  if (typeof step !== 'string' || !(step in hazardCommandAccess))
    return fail(`未知步骤 / unknown step: ${String(step)}`);
  if (NOT_IMPORTABLE.includes(step as HazardCommandType)) return fail(`不可导入的步骤 / step not importable: ${step}`);
  if (typeof occurredAt !== 'string' || !ISO_WITH_ZONE.test(occurredAt) || Number.isNaN(Date.parse(occurredAt)))
    return fail(`发生时间无效 / occurredAt is not an ISO 8601 time with zone: ${String(occurredAt)}`);
  if (!isObject(by) || !isText(by.name) || !isText(by.org)) return fail('缺少签署人 / by.name and by.org are required');
  if (typeof by.role !== 'string' || !(ROLES as readonly string[]).includes(by.role))
    return fail(`未知角色 / unknown role: ${String(by.role)}`);
  if (data !== undefined && !isObject(data)) return fail('data 须为对象 / data must be an object');
  const certificateNo = isText(by.certificateNo) ? by.certificateNo : undefined;
  return {
    row,
    hazard,
    step: step as HazardCommandType,
    occurredAt,
    by: { name: by.name, role: by.role as Role, org: by.org, ...(certificateNo ? { certificateNo } : {}) },
    data: data ?? {},
  };
};

export const isRowError = (value: LegacyRow | RowError): value is RowError => 'reason' in value;
