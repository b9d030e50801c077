import { RecordedEvent } from '@hazard-ledger/domain';
import { aNewEvent } from '@hazard-ledger/testing';
import { CatalogueRow, evolveCatalogueRow } from './stream-catalogue.row';

const recorded = (streamId: string, revision: bigint, position: bigint, type = 'HazardDiscovered'): RecordedEvent => ({
  ...aNewEvent({ type }),
  streamId,
  revision,
  position,
  logPosition: { commit: position + 100n, prepare: position },
  recordedAt: `2024-05-0${Number(revision) + 1}T00:00:00.000000Z`,
  integrity: { alg: 'sm3', prevHash: '0', hash: '1' },
});

const given = (events: RecordedEvent[]) => ({
  then: (expected: CatalogueRow | undefined) =>
    expect(events.reduce<CatalogueRow | undefined>(evolveCatalogueRow, undefined)).toEqual(expected),
});

describe('stream catalogue', () => {
  it('catalogues a new stream from its first event', () =>
    given([recorded('hazard-1a2b', 0n, 7n)]).then({
      streamId: 'hazard-1a2b',
      category: 'hazard',
      lastRevision: 0n,
      eventCount: 1n,
      lastEventType: 'HazardDiscovered',
      lastPosition: 7n,
      firstRecordedAt: '2024-05-01T00:00:00.000000Z',
      lastRecordedAt: '2024-05-01T00:00:00.000000Z',
    }));

  it('advances to the latest revision and keeps the first recorded time', () =>
    given([recorded('hazard-1', 0n, 7n), recorded('hazard-1', 1n, 9n, 'HazardClassified')]).then(
      expect.objectContaining({
        lastRevision: 1n,
        eventCount: 2n,
        lastEventType: 'HazardClassified',
        lastPosition: 9n,
        firstRecordedAt: '2024-05-01T00:00:00.000000Z',
        lastRecordedAt: '2024-05-02T00:00:00.000000Z',
      }),
    ));

  it('ignores an event delivered twice', () => {
    const first = recorded('hazard-1', 0n, 7n);
    const second = recorded('hazard-1', 1n, 9n);
    given([first, second, second, first]).then(expect.objectContaining({ lastRevision: 1n, eventCount: 2n }));
  });

  it('names a platform category whole, dashes included (an enforcement plan, not an "enforcement")', () =>
    given([recorded('enforcement-plan-2024-140404', 0n, 1n)]).then(
      expect.objectContaining({ category: 'enforcement-plan' }),
    ));

  it('names any other category by the part before the first dash', () =>
    given([recorded('riskReview-5f0c-11', 0n, 1n)]).then(expect.objectContaining({ category: 'riskReview' })));
});
