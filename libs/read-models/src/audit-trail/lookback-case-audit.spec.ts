import { EventData, RecordedEvent } from '@hazard-ledger/domain';
import { aNewEvent } from '@hazard-ledger/testing';
import { StreamFold, auditEntry } from './audit-entry';

const STREAM = 'lookback-case-c1';
const recorded = (revision: number, type: string, data: object): RecordedEvent => {
  const base = aNewEvent({ type, data: data as EventData });
  return {
    ...base,
    metadata: { ...base.metadata, reason: undefined },
    streamId: STREAM,
    revision: BigInt(revision),
    position: BigInt(500 + revision),
    logPosition: { commit: BigInt(1500 + revision), prepare: BigInt(500 + revision) },
    recordedAt: `2024-09-01T02:00:0${revision}.000000Z`,
    integrity: { alg: 'sm3', prevHash: '0', hash: '1' },
  };
};
/** given the case's history, the audit entry of each event in turn. */
const entriesOf = (events: { type: string; data: object }[]) => {
  let fold: StreamFold | undefined;
  return events.map((e, i) => {
    const step = auditEntry(fold, recorded(i, e.type, e.data));
    fold = step.stateAfter;
    return step.entry!;
  });
};

const subject = { mineIds: ['mine-demo-1'], personIds: ['u-inspector-zhang'] };
const answer = (queryId: string, digest: string, mineId: string) => ({
  queryId,
  queryVersion: 1,
  params: { mineId },
  cut: { asOf: '2024-09-01T01:00:00.000Z', throughPosition: '42' },
  answerDigest: digest,
  rowCount: 2,
});
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const by = { ranBy: 'u-investigator', ranAt: '2024-09-01T02:00:00.000Z' };
const history = [
  {
    type: 'LookbackCaseOpened',
    data: {
      ...{ caseId: 'c1', title: '示范矿业倒查', subject, scope: '2024 年全部检查', legalBasis: '安全生产法第九十条' },
      ...{ openedBy: 'u-investigator', openedAt: '2024-09-01T02:00:00.000Z' },
    },
  },
  { type: 'LookbackCaseQueryRecorded', data: { caseId: 'c1', answer: answer('LB-10-x', A, 'mine-demo-1'), ...by } },
  { type: 'LookbackCaseQueryRecorded', data: { caseId: 'c1', answer: answer('LB-10-x', B, 'mine-demo-2'), ...by } },
  {
    type: 'LookbackCaseAnswerFrozen',
    data: { caseId: 'c1', answer: answer('LB-10-x', B, 'mine-demo-2'), frozenBy: 'u', frozenAt: by.ranAt },
  },
  { type: 'LookbackCaseClosed', data: { caseId: 'c1', conclusion: '移送纪委监委', closedBy: 'u', closedAt: by.ranAt } },
];
const changed = (entry: { changes: { path: string; before: unknown; after: unknown }[] }) =>
  Object.fromEntries(entry.changes.map((c) => [c.path, [c.before, c.after]]));

describe('audit trail of look-back cases: the investigators’ own acts (the decider’s fold, before → after)', () => {
  const [opened, firstRun, secondRun, frozen, closed] = entriesOf(history);

  it('shows a case opened with its subject, scope and legal basis', () => {
    expect({ entityType: opened.entityType, entityId: opened.entityId }).toEqual({
      entityType: 'lookback-case',
      entityId: 'c1',
    });
    expect(changed(opened)).toMatchObject({
      status: ['none', 'open'],
      title: ['', '示范矿业倒查'],
      'subject.mineIds': [[], ['mine-demo-1']],
      'subject.personIds': [[], ['u-inspector-zhang']],
      scope: ['', '2024 年全部检查'],
      legalBasis: ['', '安全生产法第九十条'],
    });
  });

  it('shows each query run as its own numbered run: query id, parameters, cut and digest, even when repeated', () => {
    for (const [entry, n, mineId, digest] of [
      [firstRun, 1, 'mine-demo-1', A],
      [secondRun, 2, 'mine-demo-2', B],
    ] as const)
      expect(changed(entry)).toEqual({
        queriesRun: [n - 1, n],
        [`runs.${n}.queryId`]: [null, 'LB-10-x'],
        [`runs.${n}.queryVersion`]: [null, 1],
        [`runs.${n}.params.mineId`]: [null, mineId],
        [`runs.${n}.cut.asOf`]: [null, '2024-09-01T01:00:00.000Z'],
        [`runs.${n}.cut.throughPosition`]: [null, '42'],
        [`runs.${n}.answerDigest`]: [null, digest],
        [`runs.${n}.rowCount`]: [null, 2],
      });
  });

  it('shows a frozen answer by its digest, and the closing conclusion', () => {
    expect(changed(frozen)).toMatchObject({
      frozen: [[], [B]],
      'frozenAnswers.1.answerDigest': [null, B],
      'frozenAnswers.1.queryId': [null, 'LB-10-x'],
      'frozenAnswers.1.cut.asOf': [null, '2024-09-01T01:00:00.000Z'],
    });
    expect(changed(closed)).toEqual({ status: ['open', 'closed'], conclusion: [null, '移送纪委监委'] });
  });

  it('is unchanged by a replay of the same revision', () => {
    const fold = { streamId: STREAM, revision: 4n, state: null };
    expect(auditEntry(fold, recorded(4, history[4].type, history[4].data)).entry).toBeUndefined();
  });
});
