import { EventData, EventMetadata, RecordedEvent } from '@hazard-ledger/domain';
import { aNewEvent } from '@hazard-ledger/testing';
import {
  actors,
  aDualReportReceived,
  aDualReportSubmitted,
  aHazardDescriptionAmended,
  aHazardDiscovered,
  aMajorHazardDetermined,
  aSupervisionListed,
} from '@hazard-ledger/domain/fixtures/hazard';
import { aMineRegistered } from '@hazard-ledger/domain/fixtures/mine';
import { KnowledgeFact, KnowledgeParty, compareInstants, earliestKnowledge, knowledgeFacts } from './knowledge-facts';

let nextPosition = 1n;

/** An event on hazard "h1" by `actor`, claimed to occur at 2024-03-10 `time` UTC, recorded in delivery order. */
const on = (
  event: { type: string; data: unknown },
  actor: EventMetadata['actor'],
  time: string,
  streamId = 'hazard-h1',
): RecordedEvent => {
  const base = aNewEvent({ type: event.type, data: event.data as EventData });
  const position = nextPosition++;
  return {
    ...base,
    metadata: { ...base.metadata, actor, occurredAt: `2024-03-10T${time}:00.000Z` },
    streamId,
    revision: position,
    position,
    logPosition: { commit: position, prepare: position },
    recordedAt: `2024-03-11T00:00:${String(position).padStart(2, '0')}.000001Z`,
    integrity: { alg: 'sm3', prevHash: '0', hash: '1' },
  };
};

/** The fold the projection applies: per party, the earliest evidence. */
const firstKnowledge = (events: RecordedEvent[]): Partial<Record<KnowledgeParty, KnowledgeFact>> => {
  const first: Partial<Record<KnowledgeParty, KnowledgeFact>> = {};
  for (const fact of events.flatMap(knowledgeFacts)) first[fact.party] = earliestKnowledge(first[fact.party], fact);
  return first;
};

/** given(events).then({ party: evidence event }) — the parties not named must know nothing. */
const given = (events: RecordedEvent[]) => ({
  then: (expected: Partial<Record<KnowledgeParty, RecordedEvent>>) => {
    const first = firstKnowledge(events);
    expect(Object.keys(first).sort()).toEqual(Object.keys(expected).sort());
    for (const [party, evidence] of Object.entries(expected))
      expect(first[party as KnowledgeParty]).toEqual(
        expect.objectContaining({
          hazardId: 'h1',
          position: evidence.position,
          occurredAt: evidence.metadata.occurredAt,
          recordedAt: evidence.recordedAt,
          eventType: evidence.type,
          actor: {
            id: evidence.metadata.actor.id,
            name: evidence.metadata.actor.name,
            role: evidence.metadata.actor.role,
          },
        }),
      );
  },
});

const selfCheck = () => on(aHazardDiscovered({ source: 'self_check' }), actors.staff, '07:00');
const inspection = () => on(aHazardDiscovered({ source: 'inspection' }), actors.inspectorA, '07:00');

describe('knowledge timeline facts', () => {
  it('a self-check discovery: the reporter and the enterprise knew', () => {
    const found = selfCheck();
    given([found]).then({ reporter: found, enterprise: found });
  });

  it('a monthly-check discovery counts for the enterprise whoever keys it in', () => {
    const found = on(aHazardDiscovered({ source: 'monthly_check' }), actors.inspectorA, '07:00');
    given([found]).then({ reporter: found, enterprise: found, regulator: found, inspectors: found });
  });

  it('an inspection finding: the regulator and its inspectors knew, the enterprise not yet', () => {
    const found = inspection();
    given([found]).then({ reporter: found, regulator: found, inspectors: found });
  });

  it('the enterprise knows from its first act on the hazard', () => {
    const found = inspection();
    const amended = on(aHazardDescriptionAmended(), actors.staff, '08:00');
    given([found, amended]).then({ reporter: found, regulator: found, inspectors: found, enterprise: amended });
  });

  it('the principal knows from the first act in the principal role, not from the staff', () => {
    const found = selfCheck();
    const determined = on(aMajorHazardDetermined(), actors.principal, '08:00');
    given([found, determined]).then({ reporter: found, enterprise: found, enterprise_principal: determined });
  });

  it('the regulator knows from the receipt of the 双报告, not from its submission', () => {
    const found = selfCheck();
    const submitted = on(aDualReportSubmitted({ recipient: 'regulator' }), actors.principal, '08:00');
    const received = on(aDualReportReceived({ recipient: 'regulator' }), actors.inspectorA, '09:00');
    given([found, submitted, received]).then({
      reporter: found,
      enterprise: found,
      enterprise_principal: submitted,
      regulator: received,
      inspectors: received,
    });
  });

  it('a supervising leader is the regulator but not an inspector', () => {
    const found = selfCheck();
    const listed = on(aSupervisionListed(), actors.leader, '10:00');
    given([found, listed]).then({ reporter: found, enterprise: found, regulator: listed });
  });

  it("the workers' congress knows from the receipt addressed to it", () => {
    const found = selfCheck();
    const received = on(aDualReportReceived({ recipient: 'workers_congress' }), actors.congressRep, '09:30');
    given([found, received]).then({ reporter: found, enterprise: found, workers_congress: received });
  });

  it('a tip: someone outside both sides (the public) knew', () => {
    const tip = on(aHazardDiscovered({ source: 'tip' }), actors.inspectorA, '06:00');
    given([tip]).then({ reporter: tip, public: tip, regulator: tip, inspectors: tip });
  });

  it('says nothing about streams other than hazards', () =>
    expect(knowledgeFacts(on(aMineRegistered(), actors.leader, '06:00', 'mine-1'))).toEqual([]));

  it('an event delivered twice changes nothing', () => {
    const found = selfCheck();
    const received = on(aDualReportReceived({ recipient: 'regulator' }), actors.inspectorA, '09:00');
    given([found, received, received, found]).then({
      reporter: found,
      enterprise: found,
      regulator: received,
      inspectors: received,
    });
  });

  it('a later-delivered event claiming an earlier time becomes the first knowledge; later claims do not', () => {
    const found = selfCheck();
    const received = on(aDualReportReceived({ recipient: 'regulator' }), actors.inspectorA, '09:00');
    const backDated = on(aHazardDescriptionAmended(), actors.leader, '08:15');
    const later = on(aSupervisionListed(), actors.leader, '11:00');
    given([found, received, backDated, later]).then({
      reporter: found,
      enterprise: found,
      regulator: backDated,
      inspectors: received,
    });
  });

  it('on equal claimed times the earlier position is the evidence, in any delivery order', () => {
    const found = selfCheck();
    const a = on(aDualReportReceived({ recipient: 'regulator' }), actors.inspectorA, '09:00');
    const b = on(aSupervisionListed(), actors.leader, '09:00');
    given([found, b, a]).then({ reporter: found, enterprise: found, regulator: a, inspectors: a });
  });

  it('compares instants to the microsecond and across offsets', () => {
    expect(compareInstants('2024-03-10T09:00:00.000001Z', '2024-03-10T09:00:00.000002Z')).toBe(-1);
    expect(compareInstants('2024-03-10T17:00:00+08:00', '2024-03-10T09:00:00.000000Z')).toBe(0);
    expect(compareInstants('2024-03-10T09:00:01Z', '2024-03-10T09:00:00.999999Z')).toBe(1);
  });
});
