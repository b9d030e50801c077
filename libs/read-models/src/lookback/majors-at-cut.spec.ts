import * as fx from '@hazard-ledger/domain/fixtures/hazard';
import { HazardEvent } from '@hazard-ledger/domain';
import { Fact } from './facts';
import { MAJOR_SPAN_TYPES, majorAtCut } from './majors-at-cut';

const HAZARD = 'hazard-1';
const factsOf = (events: HazardEvent[]): Fact[] =>
  events.map((e, i) => ({
    position: String(i + 1),
    streamId: `hazard-${HAZARD}`,
    category: 'hazard',
    entityId: HAZARD,
    revision: i,
    type: e.type,
    mineId: 'mine-1',
    actorId: 'someone',
    actorName: 'someone',
    actorRole: 'inspector',
    occurredAt: new Date(Date.UTC(2024, 2, 1) + i * 3_600_000).toISOString(),
    recordedAt: new Date(Date.UTC(2024, 2, 1) + i * 3_600_000).toISOString(),
    data: e.data as unknown as Record<string, unknown>,
  }));

const h = fx.history;
// Every fixture history, plus grade changes both ways, voids and revoked signatures after a determination.
const histories: Record<string, HazardEvent[]> = {
  ...Object.fromEntries(Object.entries(h).filter(([, v]) => Array.isArray(v)) as [string, HazardEvent[]][]),
  downgraded: [...h.listed, fx.aHazardGradeChanged({ from: 'major', to: 'general' })],
  upgraded: [...h.generalDetermined, fx.aHazardGradeChanged()],
  downgradedThenUpgraded: [
    ...h.listed,
    fx.aHazardGradeChanged({ from: 'major', to: 'general' }),
    fx.aHazardGradeChanged(),
  ],
  voidedMajor: [...h.listed, fx.aHazardVoided()],
  determinationRevoked: [
    ...h.dualReported,
    fx.aSignatureRevoked({ signatureRef: { eventType: 'MajorHazardDetermined', signerId: fx.actors.inspectorA.id } }),
    fx.aMajorHazardDetermined(),
  ],
  signedOffThenClosed: [...h.majorClosed, fx.aSignatureRevoked()],
  closedLaterThanSignOff: [...h.signedOff, fx.aHazardClosed({ closedAt: '2024-09-01T00:00:00.000Z' })],
};

describe('majorAtCut: a major read from its span events alone is the major the whole history gives', () => {
  it.each(Object.entries(histories))(
    'given the history %s, then every prefix answers the same both ways',
    (_, events) => {
      const facts = factsOf(events);
      for (let n = 1; n <= facts.length; n += 1) {
        const whole = facts.slice(0, n);
        const span = whole.filter((f) => MAJOR_SPAN_TYPES.includes(f.type));
        expect([n, majorAtCut(HAZARD, span)]).toEqual([n, majorAtCut(HAZARD, whole)]);
      }
    },
  );

  it('given the histories, then some answers are majors and some are not (the comparison is not vacuous)', () => {
    const answers = Object.values(histories).map((events) => majorAtCut(HAZARD, factsOf(events)));
    expect(answers.filter(Boolean).length).toBeGreaterThan(5);
    expect(answers.filter((a) => a === undefined).length).toBeGreaterThan(3);
    expect(majorAtCut(HAZARD, factsOf(histories.voidedMajor))).toBeUndefined();
    expect(majorAtCut(HAZARD, factsOf(histories.majorClosed))?.endedAt).toEqual(expect.any(String));
  });
});
