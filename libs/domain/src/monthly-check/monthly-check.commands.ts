import { Command, CommandMetadata } from '../shared/command';
import { ReferenceContext } from '../shared/reference';
import { ESignature } from '../shared/signature';
import { CheckParticipant, MonthlyCheckPolicyRef, MonthlyCheckResult } from './monthly-check.values';

type On<Data = unknown> = { checkId: string } & Data;
type Referenced<Type extends string, Data> = Command<Type, Data> & {
  metadata: CommandMetadata & { reference: ReferenceContext };
};

/** The actor recording the check is the one who led it; only the principal leading it counts as 主要负责人牵头. */
export type RecordMonthlyCheck = Referenced<
  'RecordMonthlyCheck',
  On<{
    mineId: string;
    /** YYYY-MM, China Standard Time. */
    month: string;
    /** When the check was carried out (valid time). */
    occurredAt: string;
    participants: CheckParticipant[];
    areas: string[];
    /** Clauses of 矿安〔2022〕88号 examined. */
    clauses: string[];
    policy: MonthlyCheckPolicyRef;
  }>
>;

/** What the handler read of the hazard named, from its own stream (null: no such hazard). */
export interface HazardOrigin {
  mineId: string;
  source: string;
  linkedRef: { kind: string; id: string } | null;
}

export type LinkMonthlyCheckHazard = Command<
  'LinkMonthlyCheckHazard',
  On<{ hazardId: string; hazard: HazardOrigin | null }>
>;

export type SignMonthlyCheck = Command<
  'SignMonthlyCheck',
  On<{ result: MonthlyCheckResult; summary: string; signature: ESignature }>
>;

export type MonthlyCheckCommand = RecordMonthlyCheck | LinkMonthlyCheckHazard | SignMonthlyCheck;
export type MonthlyCheckCommandType = MonthlyCheckCommand['type'];
