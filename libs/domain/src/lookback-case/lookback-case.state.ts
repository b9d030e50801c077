import { CaseSubject } from './lookback-case.commands';
import { LookbackCaseEvent } from './lookback-case.events';

export type LookbackCaseStatus = 'none' | 'open' | 'closed';

export interface LookbackCase {
  status: LookbackCaseStatus;
  caseId: string;
  title: string;
  subject: CaseSubject;
  openedBy: string;
  openedAt: string;
  /** Digests of the frozen answers, in freezing order. */
  frozen: string[];
  queriesRun: number;
}

export const initialLookbackCase = (): LookbackCase => ({
  status: 'none',
  caseId: '',
  title: '',
  subject: { mineIds: [], personIds: [] },
  openedBy: '',
  openedAt: '',
  frozen: [],
  queriesRun: 0,
});

export const evolveLookbackCase = (state: LookbackCase, event: LookbackCaseEvent): LookbackCase => {
  switch (event.type) {
    case 'LookbackCaseOpened': {
      const { caseId, title, subject, openedBy, openedAt } = event.data;
      return { ...state, status: 'open', caseId, title, subject, openedBy, openedAt };
    }
    case 'LookbackCaseQueryRecorded':
      return { ...state, queriesRun: state.queriesRun + 1 };
    case 'LookbackCaseAnswerFrozen':
      return { ...state, frozen: [...state.frozen, event.data.answer.answerDigest] };
    case 'LookbackCaseClosed':
      return { ...state, status: 'closed' };
    default:
      return state;
  }
};
