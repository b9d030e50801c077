import { DomainEvent } from '../shared/command';
import { ESignature } from '../shared/signature';
import { CheckLeader, CheckParticipant, CheckRecorder, MonthlyCheckResult } from './monthly-check.values';

type On<Data> = { checkId: string } & Data;

export type MonthlyCheckRecorded = DomainEvent<
  'MonthlyCheckRecorded',
  On<{
    mineId: string;
    month: string;
    /** When it was carried out (valid time); recordedAt is when it was entered. */
    performedAt: string;
    recordedAt: string;
    leader: CheckLeader;
    /** false: led by someone other than the 主要负责人 on record (not refused, flagged on the board). */
    ledByPrincipal: boolean;
    /** Who entered it and the principal it was judged against (absent on events before the review fix). */
    recordedBy?: CheckRecorder;
    principalOnRecord?: string | null;
    participants: CheckParticipant[];
    areas: string[];
    clauses: string[];
    catalogueVersion: string;
    /** Due by this instant under policyVersion; late: performed after it. */
    deadline: string;
    late: boolean;
    policyVersion: string;
  }>
>;

export type MonthlyCheckHazardLinked = DomainEvent<
  'MonthlyCheckHazardLinked',
  On<{ hazardId: string; linkedAt: string }>
>;

/** The principal's signature on the result: hazards found (linked), or "none found". Final. */
export type MonthlyCheckSigned = DomainEvent<
  'MonthlyCheckSigned',
  On<{ result: MonthlyCheckResult; summary: string; hazardIds: string[]; signature: ESignature; signedAt: string }>
>;

export type MonthlyCheckEvent = MonthlyCheckRecorded | MonthlyCheckHazardLinked | MonthlyCheckSigned;
export type MonthlyCheckEventType = MonthlyCheckEvent['type'];
