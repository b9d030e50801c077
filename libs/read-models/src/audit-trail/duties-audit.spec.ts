import { EventData, RecordedEvent } from '@hazard-ledger/domain';
import { aNewEvent } from '@hazard-ledger/testing';
import { StreamFold, auditEntry } from './audit-entry';

const recorded = (streamId: string, revision: number, type: string, data: object): RecordedEvent => {
  const base = aNewEvent({ type, data: data as EventData });
  return {
    ...base,
    metadata: { ...base.metadata, reason: undefined },
    streamId,
    revision: BigInt(revision),
    position: BigInt(300 + revision),
    logPosition: { commit: BigInt(1300 + revision), prepare: BigInt(300 + revision) },
    recordedAt: `2024-05-10T09:00:0${revision}.000000Z`,
    integrity: { alg: 'sm3', prevHash: '0', hash: '1' },
  };
};
const fold = (events: RecordedEvent[]) => {
  let state: StreamFold | undefined;
  const entries = events.map((e) => {
    const step = auditEntry(state, e);
    state = step.stateAfter;
    return step.entry;
  });
  return entries.at(-1);
};
const person = { id: 'u-enterprise-safety-director', name: '赵安全', role: 'enterprise_safety_director' };

describe('audit trail of monthly checks and hot-work permits (before → after with the deciders’ own fold)', () => {
  it('shows the principal’s signature of a monthly check as open → signed', () => {
    const check = 'monthly-check-mine-demo-1.2024-04';
    const entry = fold([
      recorded(check, 0, 'MonthlyCheckRecorded', {
        checkId: 'mine-demo-1.2024-04',
        mineId: 'mine-demo-1',
        month: '2024-04',
      }),
      recorded(check, 1, 'MonthlyCheckSigned', { checkId: 'mine-demo-1.2024-04', result: 'none_found' }),
    ]);
    expect(entry).toMatchObject({ entityType: 'monthly-check', entityId: 'mine-demo-1.2024-04' });
    expect(entry?.changes).toEqual(
      expect.arrayContaining([
        { path: 'status', before: 'open', after: 'signed' },
        { path: 'result', before: null, after: 'none_found' },
      ]),
    );
  });

  it('shows a permit’s approval as requested → approved', () => {
    const permit = 'hot-work-permit-p1';
    const requested = { permitId: 'p1', mineId: 'mine-demo-1', requestedBy: { ...person, id: 'u-enterprise-staff' } };
    const entry = fold([
      recorded(permit, 0, 'HotWorkPermitRequested', { ...requested, windowStart: 'a', windowEnd: 'b' }),
      recorded(permit, 1, 'HotWorkPermitApproved', { permitId: 'p1', approvedBy: person }),
    ]);
    expect(entry).toMatchObject({
      entityType: 'hot-work-permit',
      entityId: 'p1',
      changes: [{ path: 'status', before: 'requested', after: 'approved' }],
    });
  });
});
