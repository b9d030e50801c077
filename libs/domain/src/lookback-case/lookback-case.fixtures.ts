import { Actor } from '../shared/actor';
import {
  CaseAnswer,
  CloseLookbackCase,
  FreezeLookbackCaseAnswer,
  OpenLookbackCase,
  RecordLookbackCaseQuery,
} from './lookback-case.commands';
import { LookbackCaseOpened } from './lookback-case.events';

export const CASE_ID = 'case-0001';
export const NOW = '2024-09-01T02:00:00.000Z';
export const investigator: Actor = {
  id: 'u-investigator',
  name: '刘洋',
  role: 'investigator',
  org: '长治市事故调查组',
};
const metadata = { now: NOW, actor: investigator };

export const subject = { mineIds: ['mine-demo-1'], personIds: ['u-inspector-zhang'] };

export const anOpenCase = (): OpenLookbackCase => ({
  type: 'OpenLookbackCase',
  data: {
    caseId: CASE_ID,
    title: '示范矿业瞒报事故倒查',
    subject,
    scope: '2024 年全部检查与隐患',
    legalBasis: '安全生产法第九十条',
  },
  metadata,
});

export const opened: LookbackCaseOpened = {
  type: 'LookbackCaseOpened',
  data: { ...anOpenCase().data, openedBy: investigator.id, openedAt: NOW },
};

export const anAnswer = (digest = 'a'.repeat(64)): CaseAnswer => ({
  queryId: 'LB-10-downgrades-amendments',
  queryVersion: 1,
  params: { mineId: 'mine-demo-1' },
  cut: { asOf: NOW, throughPosition: '42' },
  answerDigest: digest,
  rowCount: 2,
});

export const aRecordQuery = (answer = anAnswer()): RecordLookbackCaseQuery => ({
  type: 'RecordLookbackCaseQuery',
  data: { caseId: CASE_ID, answer },
  metadata,
});
export const aFreeze = (answer = anAnswer()): FreezeLookbackCaseAnswer => ({
  type: 'FreezeLookbackCaseAnswer',
  data: { caseId: CASE_ID, answer },
  metadata,
});
export const aClose = (conclusion = '移送纪委监委'): CloseLookbackCase => ({
  type: 'CloseLookbackCase',
  data: { caseId: CASE_ID, conclusion },
  metadata,
});
