import { DeciderSpecification } from '@hazard-ledger/testing';
import { ROLES } from '../shared/actor';
import { lookbackCaseCommandAccess } from './lookback-case.access';
import { lookbackCaseDecider } from './lookback-case.decider';
import {
  LookbackCaseAlreadyOpened,
  LookbackCaseDetailsInvalid,
  LookbackCaseInvalidTransition,
  LookbackCaseNotFound,
} from './lookback-case.errors';
import * as fx from './lookback-case.fixtures';

const given = DeciderSpecification.for(lookbackCaseDecider);
const closed = {
  type: 'LookbackCaseClosed' as const,
  data: { caseId: fx.CASE_ID, conclusion: '移送纪委监委', closedBy: fx.investigator.id, closedAt: fx.NOW },
};

describe('LookbackCase 执法责任倒查案件', () => {
  it('opens with its subject, scope and legal basis, by the investigator', () =>
    given([]).when(fx.anOpenCase()).then([fx.opened]));

  it('refuses a case without a subject, scope or legal basis', () => {
    const open = fx.anOpenCase();
    given([])
      .when({ ...open, data: { ...open.data, subject: { mineIds: [], personIds: [] } } })
      .thenThrows(LookbackCaseDetailsInvalid);
    given([])
      .when({ ...open, data: { ...open.data, legalBasis: ' ' } })
      .thenThrows(LookbackCaseDetailsInvalid);
  });

  it('opens once', () => given([fx.opened]).when(fx.anOpenCase()).thenThrows(LookbackCaseAlreadyOpened));

  it('records a query run with its parameters, cut and answer digest', () =>
    given([fx.opened])
      .when(fx.aRecordQuery())
      .then([
        {
          type: 'LookbackCaseQueryRecorded',
          data: { caseId: fx.CASE_ID, answer: fx.anAnswer(), ranBy: fx.investigator.id, ranAt: fx.NOW },
        },
      ]));

  it('freezes an answer by digest; refuses a digest that is not one', () => {
    given([fx.opened])
      .when(fx.aFreeze())
      .then([
        {
          type: 'LookbackCaseAnswerFrozen',
          data: { caseId: fx.CASE_ID, answer: fx.anAnswer(), frozenBy: fx.investigator.id, frozenAt: fx.NOW },
        },
      ]);
    given([fx.opened])
      .when(fx.aFreeze(fx.anAnswer('not-a-digest')))
      .thenThrows(LookbackCaseDetailsInvalid);
  });

  it('closes once with a conclusion; nothing is recorded or frozen in a closed case', () => {
    given([fx.opened]).when(fx.aClose()).then([closed]);
    given([fx.opened]).when(fx.aClose(' ')).thenThrows(LookbackCaseDetailsInvalid);
    given([fx.opened, closed]).when(fx.aClose()).thenThrows(LookbackCaseInvalidTransition);
    given([fx.opened, closed]).when(fx.aRecordQuery()).thenThrows(LookbackCaseInvalidTransition);
    given([fx.opened, closed]).when(fx.aFreeze()).thenThrows(LookbackCaseInvalidTransition);
  });

  it('needs an open case for everything but opening', () => {
    given([]).when(fx.aRecordQuery()).thenThrows(LookbackCaseNotFound);
    given([]).when(fx.aFreeze()).thenThrows(LookbackCaseNotFound);
    given([]).when(fx.aClose()).thenThrows(LookbackCaseNotFound);
  });

  it('lets only investigators act on cases (roles × commands)', () => {
    for (const [command, rule] of Object.entries(lookbackCaseCommandAccess))
      for (const role of ROLES)
        expect([command, role, rule.roles.includes(role)]).toEqual([command, role, role === 'investigator']);
  });
});
