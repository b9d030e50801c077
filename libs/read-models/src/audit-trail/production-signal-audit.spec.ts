import { EventData, RecordedEvent } from '@hazard-ledger/domain';
import { aNewEvent } from '@hazard-ledger/testing';
import { auditEntry } from './audit-entry';

const recorded = (streamId: string, type: string, data: object): RecordedEvent => {
  const base = aNewEvent({ type, data: data as EventData });
  return {
    ...base,
    metadata: { ...base.metadata, reason: undefined },
    streamId,
    revision: 0n,
    position: 400n,
    logPosition: { commit: 1400n, prepare: 400n },
    recordedAt: '2024-05-10T09:00:00.000000Z',
    integrity: { alg: 'sm3', prevHash: '0', hash: '1' },
  };
};

describe('audit trail of production signals (the decider’s own fold)', () => {
  it('shows a recorded signal as not_recorded → recorded with what it observed', () => {
    const { entry } = auditEntry(
      undefined,
      recorded('production-signal-s1', 'ProductionSignalRecorded', {
        signalId: 's1',
        mineId: 'mine-demo-1',
        source: 'power',
        producing: true,
        observedAt: '2024-05-09T20:00:00.000Z',
      }),
    );
    expect(entry).toMatchObject({ entityType: 'production-signal', entityId: 's1' });
    expect(entry?.changes).toEqual(
      expect.arrayContaining([
        { path: 'status', before: 'not_recorded', after: 'recorded' },
        { path: 'producing', before: null, after: true },
        { path: 'observedAt', before: null, after: '2024-05-09T20:00:00.000Z' },
      ]),
    );
  });
});
