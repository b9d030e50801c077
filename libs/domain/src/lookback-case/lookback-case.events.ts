import { DomainEvent } from '../shared/command';
import { CaseAnswer, CaseSubject } from './lookback-case.commands';

export type LookbackCaseOpened = DomainEvent<
  'LookbackCaseOpened',
  {
    caseId: string;
    title: string;
    subject: CaseSubject;
    scope: string;
    legalBasis: string;
    openedBy: string;
    openedAt: string;
  }
>;
export type LookbackCaseQueryRecorded = DomainEvent<
  'LookbackCaseQueryRecorded',
  { caseId: string; answer: CaseAnswer; ranBy: string; ranAt: string }
>;
export type LookbackCaseAnswerFrozen = DomainEvent<
  'LookbackCaseAnswerFrozen',
  { caseId: string; answer: CaseAnswer; frozenBy: string; frozenAt: string }
>;
export type LookbackCaseClosed = DomainEvent<
  'LookbackCaseClosed',
  { caseId: string; conclusion: string; closedBy: string; closedAt: string }
>;

export type LookbackCaseEvent =
  | LookbackCaseOpened
  | LookbackCaseQueryRecorded
  | LookbackCaseAnswerFrozen
  | LookbackCaseClosed;
