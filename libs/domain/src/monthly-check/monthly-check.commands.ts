import { Command, CommandMetadata } from '../shared/command';
import { ReferenceContext } from '../shared/reference';
import { ESignature } from '../shared/signature';
import { CheckParticipant, MonthlyCheckPolicyRef, MonthlyCheckResult } from './monthly-check.values';

type On<Data = unknown> = { checkId: string } & Data;
type Referenced<Type extends string, Data> = Command<Type, Data> & {
  metadata: CommandMetadata & { reference: ReferenceContext };
};

/**
 * The leader is named on the command, not taken from who records it; the check counts as 主要负责人牵头 only when the
 * leader is the mine's principal on record (the handler reads it from the 一企一档 file, else the mine's registration).
 */
export type RecordMonthlyCheck = Referenced<
  'RecordMonthlyCheck',
  On<{
    mineId: string;
    /** YYYY-MM, China Standard Time. */
    month: string;
    /** When the check was carried out (valid time). */
    occurredAt: string;
    leader: { name: string; position: string };
    /** The mine's principal on record when the check was performed (null: none recorded). Read by the handler. */
    principalOnRecord: string | null;
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
