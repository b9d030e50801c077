import { Command } from '../shared/command';

/** Whom a case looks back at: mines and persons (user ids of inspectors, leaders, enterprise staff). */
export interface CaseSubject {
  mineIds: string[];
  personIds: string[];
}

/** The cut an answer used, as the look-back runner states it. */
export interface AnswerCut {
  asOf: string;
  validAt?: string;
  throughPosition: string | null;
}

/** A query run inside a case: which query (and version), its parameters, its cut and the digest of its answer. */
export interface CaseAnswer {
  queryId: string;
  queryVersion: number;
  params: Record<string, string>;
  cut: AnswerCut;
  /** SM3 of the answer's canonical JSON (JCS). */
  answerDigest: string;
  rowCount: number;
}

export type OpenLookbackCase = Command<
  'OpenLookbackCase',
  { caseId: string; title: string; subject: CaseSubject; scope: string; legalBasis: string }
>;
export type RecordLookbackCaseQuery = Command<'RecordLookbackCaseQuery', { caseId: string; answer: CaseAnswer }>;
/** The answer's bytes are kept, content-addressed by `answerDigest`, before this is decided. */
export type FreezeLookbackCaseAnswer = Command<'FreezeLookbackCaseAnswer', { caseId: string; answer: CaseAnswer }>;
export type CloseLookbackCase = Command<'CloseLookbackCase', { caseId: string; conclusion: string }>;

export type LookbackCaseCommand =
  | OpenLookbackCase
  | RecordLookbackCaseQuery
  | FreezeLookbackCaseAnswer
  | CloseLookbackCase;
export type LookbackCaseCommandType = LookbackCaseCommand['type'];
