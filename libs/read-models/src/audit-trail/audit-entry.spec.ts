import { EventData, EventMetadata, RecordedEvent } from '@hazard-ledger/domain';
import { aNewEvent } from '@hazard-ledger/testing';
import {
  actors,
  aHazardDescriptionAmended,
  aHazardDiscovered,
  aMajorHazardDetermined,
  aProductionSuspended,
  aSuspensionLifted,
} from '@hazard-ledger/domain/fixtures/hazard';
import { aMineRegistered, aMineRiskGradeChanged } from '@hazard-ledger/domain/fixtures/mine';
import { AuditEntry, StreamFold, auditEntry } from './audit-entry';

const HAZARD = 'hazard-5f0c9a7e';
let nextPosition = 100n;

/** A stored event of `streamId` at `revision`, by `actor` (fixture actors are full domain actors). */
const recorded = (
  streamId: string,
  revision: number,
  event: { type: string; data: unknown },
  meta: Partial<EventMetadata> = {},
): RecordedEvent => {
  const base = aNewEvent({ type: event.type, data: event.data as EventData });
  const position = nextPosition++;
  return {
    ...base,
    metadata: { ...base.metadata, onBehalfOf: undefined, reason: undefined, actor: actors.staff, ...meta },
    streamId,
    revision: BigInt(revision),
    position,
    logPosition: { commit: position + 1000n, prepare: position },
    recordedAt: `2024-03-10T09:00:0${revision}.123456Z`,
    integrity: { alg: 'sm3', prevHash: '0', hash: '1' },
  };
};

const foldAll = (events: RecordedEvent[]) =>
  events.reduce<{ fold?: StreamFold; entries: AuditEntry[] }>(
    ({ fold, entries }, e) => {
      const { entry, stateAfter } = auditEntry(fold, e);
      return { fold: stateAfter, entries: entry ? [...entries, entry] : entries };
    },
    { entries: [] },
  );

// What jsonb does to a stored state: members come back in another order.
const reordered = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(reordered)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .reverse()
            .map(([k, x]) => [k, reordered(x)]),
        )
      : v;

const given = (history: RecordedEvent[]) => ({
  when: (event: RecordedEvent) => {
    const { fold } = foldAll(history);
    const result = auditEntry(fold, event);
    return {
      then: (expected: Partial<AuditEntry>) => expect(result.entry).toEqual(expect.objectContaining(expected)),
      thenIgnored: () => {
        expect(result.entry).toBeUndefined();
        expect(result.stateAfter).toBe(fold);
      },
    };
  },
});

const discovered = recorded(HAZARD, 0, aHazardDiscovered(), { occurredAt: '2024-03-10T07:30:00.000Z' });
const determined = recorded(HAZARD, 1, aMajorHazardDetermined(), { actor: actors.principal });

describe('audit trail entry', () => {
  it('records who, both clocks and every field a discovery sets', () =>
    given([])
      .when(discovered)
      .then({
        position: discovered.position,
        commitPosition: discovered.logPosition.commit,
        streamId: HAZARD,
        entityType: 'hazard',
        entityId: '5f0c9a7e',
        revision: 0n,
        eventType: 'HazardDiscovered',
        eventId: discovered.eventId,
        actor: { id: 'ent-staff-1', name: '王安全', role: 'enterprise_staff', org: '示范矿业有限公司' },
        onBehalfOfId: null,
        occurredAt: '2024-03-10T07:30:00.000Z',
        recordedAt: '2024-03-10T09:00:00.123456Z',
        reason: null,
        data: discovered.data,
        changes: [
          { path: 'description', before: null, after: '采场东侧安全出口被废石堵塞' },
          { path: 'discoveredBy', before: null, after: 'ent-staff-1' },
          { path: 'hazardId', before: null, after: 'hazard-1' },
          { path: 'location', before: null, after: '-120m 中段 3# 采场' },
          { path: 'mineId', before: null, after: 'mine-1' },
          { path: 'revokedSteps', before: null, after: [] },
          { path: 'signatures', before: null, after: [] },
          { path: 'source', before: null, after: 'self_check' },
          { path: 'status', before: 'not_discovered', after: 'discovered' },
        ],
      }));

  it('lists nested fields by dotted path and compares arrays as whole values', () =>
    given([discovered])
      .when(determined)
      .then({
        changes: [
          { path: 'major.determinedAt', before: null, after: '2024-03-10T09:00:00.000Z' },
          { path: 'major.determinedBy', before: null, after: 'ent-principal-1' },
          { path: 'major.planParticipants', before: null, after: [] },
          { path: 'major.planVersion', before: null, after: 0 },
          { path: 'major.reviews', before: null, after: [] },
          {
            path: 'signatures',
            before: [],
            after: [{ eventType: 'MajorHazardDetermined', signerId: 'ent-principal-1' }],
          },
          { path: 'status', before: 'discovered', after: 'major_determined' },
        ],
      }));

  it('shows an amendment as the one field it changed, with the reason the decider required', () =>
    given([discovered, determined])
      .when(recorded(HAZARD, 2, aHazardDescriptionAmended()))
      .then({
        reason: '补充现场核实情况 / details confirmed on site',
        changes: [
          {
            path: 'description',
            before: '采场东侧安全出口被废石堵塞',
            after: '采场东侧安全出口被废石完全堵塞，梯子间损坏',
          },
        ],
      }));

  it('prefers the request reason in metadata and names whom the actor acted for', () =>
    given([discovered])
      .when(
        recorded(HAZARD, 1, aHazardDescriptionAmended(), {
          reason: '现场复核 / on-site check',
          onBehalfOf: actors.leader,
        }),
      )
      .then({ reason: '现场复核 / on-site check', onBehalfOfId: 'reg-leader-1' }));

  it('shows a removed member as after: null', () => {
    const history = [discovered, determined, recorded(HAZARD, 2, aProductionSuspended(), { actor: actors.inspectorA })];
    given(history)
      .when(recorded(HAZARD, 3, aSuspensionLifted(), { actor: actors.leader }))
      .then({
        changes: [
          { path: 'suspension.issuer', before: 'regulator', after: null },
          { path: 'suspension.orderNo', before: '上应急停〔2024〕1号', after: null },
        ],
      });
  });

  it('folds mine streams with the mine decider', () =>
    given([recorded('mine-7', 0, aMineRegistered(), { actor: actors.leader })])
      .when(recorded('mine-7', 1, aMineRiskGradeChanged(), { actor: actors.leader }))
      .then({ entityType: 'mine', entityId: '7', changes: [{ path: 'riskGrade', before: null, after: 'C' }] }));

  it('records other stream categories without changes and keeps no state for them', () => {
    const event = recorded('complaint-2024-17', 0, { type: 'ComplaintReceived', data: { note: '来信' } });
    const { entry, stateAfter } = auditEntry(undefined, event);
    expect(entry).toEqual(expect.objectContaining({ entityType: 'complaint', entityId: '2024-17', changes: [] }));
    expect(stateAfter).toEqual({ streamId: 'complaint-2024-17', revision: 0n, state: null });
  });

  it('folds a category whose name holds a dash under its whole name (an enforcement plan, not an "enforcement")', () => {
    const event = recorded('enforcement-plan-2025-140404', 0, { type: 'EnforcementPlanRevised', data: {} });
    const { entry, stateAfter } = auditEntry(undefined, event);
    expect(entry).toEqual(expect.objectContaining({ entityType: 'enforcement-plan', entityId: '2025-140404' }));
    expect(stateAfter.state).not.toBeNull();
  });

  it('ignores an event delivered twice', () => given([discovered, determined]).when(determined).thenIgnored());

  it('ignores a replayed older event', () => given([discovered, determined]).when(discovered).thenIgnored());

  it('gives the same changes when the state comes back from jsonb with its members reordered', () => {
    const amended = recorded(HAZARD, 2, aHazardDescriptionAmended());
    const { fold } = foldAll([discovered, determined]);
    const stored = { ...fold!, state: reordered(fold!.state) as StreamFold['state'] };
    expect(auditEntry(stored, amended).entry?.changes).toEqual(auditEntry(fold, amended).entry?.changes);
    expect(auditEntry(stored, amended).entry?.changes).toHaveLength(1);
  });

  it('yields one entry per event however often a batch is redelivered', () => {
    const amended = recorded(HAZARD, 2, aHazardDescriptionAmended());
    const once = foldAll([discovered, determined, amended]);
    const twice = foldAll([discovered, determined, discovered, determined, amended, amended]);
    expect(twice.entries).toEqual(once.entries);
    expect(twice.fold).toEqual(once.fold);
  });
});
