import { CaseAnswer, CaseSubject } from './lookback-case.commands';
import { LookbackCaseEvent } from './lookback-case.events';

export type LookbackCaseStatus = 'none' | 'open' | 'closed';

export interface LookbackCase {
  status: LookbackCaseStatus;
  caseId: string;
  title: string;
  subject: CaseSubject;
  scope: string;
  legalBasis: string;
  openedBy: string;
  openedAt: string;
  /** Digests of the frozen answers, in freezing order. */
  frozen: string[];
  queriesRun: number;
  /**
   * Every run and every frozen answer by its number (1, 2, …). Keyed objects, not arrays, so the audit trail's
   * before → after names each act's own query id, parameters, cut and digest instead of repeating the whole list.
   */
  runs: Record<string, CaseAnswer>;
  frozenAnswers: Record<string, CaseAnswer>;
  conclusion?: string;
}

export const initialLookbackCase = (): LookbackCase => ({
  status: 'none',
  caseId: '',
  title: '',
  subject: { mineIds: [], personIds: [] },
  scope: '',
  legalBasis: '',
  openedBy: '',
  openedAt: '',
  frozen: [],
  queriesRun: 0,
  runs: {},
  frozenAnswers: {},
});

export const evolveLookbackCase = (state: LookbackCase, event: LookbackCaseEvent): LookbackCase => {
  switch (event.type) {
    case 'LookbackCaseOpened': {
      const { caseId, title, subject, scope, legalBasis, openedBy, openedAt } = event.data;
      return { ...state, status: 'open', caseId, title, subject, scope, legalBasis, openedBy, openedAt };
    }
    case 'LookbackCaseQueryRecorded': {
      const queriesRun = state.queriesRun + 1;
      return { ...state, queriesRun, runs: { ...state.runs, [queriesRun]: event.data.answer } };
    }
    case 'LookbackCaseAnswerFrozen': {
      const frozen = [...state.frozen, event.data.answer.answerDigest];
      return { ...state, frozen, frozenAnswers: { ...state.frozenAnswers, [frozen.length]: event.data.answer } };
    }
    case 'LookbackCaseClosed':
      return { ...state, status: 'closed', conclusion: event.data.conclusion };
    default:
      return state;
  }
};
