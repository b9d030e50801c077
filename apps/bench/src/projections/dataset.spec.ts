import { createHash } from 'node:crypto';
import {
  Command,
  Decider,
  DomainEvent,
  HazardEventType,
  MineEvent,
  hazardDecider,
  mineDecider,
} from '@hazard-ledger/domain';
import { Dataset } from './dataset';
import { LONG_HAZARD_EVENTS, LONG_HAZARD_STREAM } from './long-hazard';
import { referenceVersionOf } from './reference';
import { ScriptEvent } from './stream-script';

const small = new Dataset({ events: 3000, seed: 7 });
const larger = new Dataset({ events: 40_000, seed: 11 });

// Every hazard event type; a Record so that a new type added to the domain must be listed here too.
const HAZARD_EVENT_TYPES: Record<HazardEventType, boolean> = {
  HazardDiscovered: true,
  HazardRecurred: false, // a recurrence needs an earlier closed hazard of the same place: not generated
  MajorHazardDetermined: true,
  GeneralHazardDetermined: true,
  HazardGradeChanged: true,
  HazardDescriptionAmended: true,
  HazardLocationAmended: true,
  HazardClosed: true,
  ProductionSuspended: true,
  SuspensionLifted: true,
  HazardVoidRequested: true,
  HazardVoided: true,
  SignatureRevoked: true,
  DualReportSubmitted: true,
  DualReportReceived: true,
  SupervisionListed: true,
  RemediationPlanSubmitted: true,
  RemediationPlanReturned: true,
  RemediationPlanAccepted: true,
  RemediationProgressRecorded: true,
  ExtensionRequested: true,
  ExtensionGranted: true,
  ExtensionRefused: true,
  RemediationEvaluated: true,
  SignOffRequested: true,
  SiteReviewSigned: true,
  HazardSignedOff: true,
  SignOffRejected: true,
  HazardEscalated: true,
  RectifiedOnSpot: true,
  RectificationAssigned: true,
  RectificationCompleted: true,
  RectificationVerified: true,
  ReinspectionConducted: true,
};

/** An event as the store gives it back: the JSON the loader wrote (undefined fields dropped). */
const stored = (e: { type: string; data: unknown }): DomainEvent => ({
  type: e.type,
  data: JSON.parse(JSON.stringify(e.data)) as unknown,
});

/**
 * Replays one stream as the command handler would: for each command the generator issued, `decide` on the state
 * folded from the stored events before it must return exactly the stored events written for it; then they are
 * folded in. Returns what differs.
 */
const replay = (d: Dataset, i: number): string[] => {
  const decider = (d.streams[i].kind === 'mine' ? mineDecider : hazardDecider) as unknown as Decider<
    Command,
    DomainEvent,
    { status: string }
  >;
  const events: ScriptEvent[] = d.streamEvents(i);
  const problems: string[] = [];
  let state = decider.initialState();
  let next = 0;
  for (const { command, first, count } of d.streamDecisions(i)) {
    if (first !== next) problems.push(`#${first}: events #${next}–#${first - 1} belong to no command`);
    const recorded = events.slice(first, first + count);
    const decided = JSON.stringify(decider.decide(command, state).map(stored));
    if (decided !== JSON.stringify(recorded.map(stored)))
      problems.push(`#${first} ${command.type}: decide gives ${decided}`);
    for (const e of recorded) {
      state = decider.evolve(state, stored(e));
      if (state.status !== e.status) problems.push(`#${first} ${e.type}: folds to ${state.status}, not ${e.status}`);
      const { actor, referenceVersion } = e.metadata;
      if (actor.id !== command.metadata.actor.id) problems.push(`#${first} ${e.type}: actor ${actor.id}`);
      const reference = (command.metadata as { reference?: Parameters<typeof referenceVersionOf>[0] }).reference;
      if (reference && referenceVersion !== referenceVersionOf(reference)) problems.push(`#${first}: reference`);
    }
    next = first + count;
  }
  // Only the dataset's last stream may end inside a decision (cut to the exact event count).
  if (next !== events.length && i !== d.streams.length - 1) problems.push(`events #${next}… belong to no command`);
  return problems.map((p) => `${d.streams[i].streamId} ${p}`);
};

describe('projections bench dataset', () => {
  it('is deterministic for a seed and has exactly the requested number of events', () => {
    const digest = (d: Dataset) => {
      const h = createHash('sha256');
      for (const e of d.events()) h.update(JSON.stringify(e));
      return h.digest('hex');
    };
    expect(digest(new Dataset({ events: 3000, seed: 7 }))).toBe(digest(small));
    expect(digest(new Dataset({ events: 3000, seed: 8 }))).not.toBe(digest(small));
    expect([...small.events()]).toHaveLength(3000);
    expect(small.hazards).toBeGreaterThan(150);
  });

  it('orders events by strictly increasing recordedAt, each stream gap-free and after it occurred', () => {
    let previous = '';
    const next = new Map<string, number>();
    const problems: string[] = [];
    for (const e of larger.events()) {
      const at = `${e.streamId}@${e.revision}`;
      if (!(e.recordedAt > previous)) problems.push(`${at}: recordedAt ${e.recordedAt} after ${previous}`);
      if (Date.parse(e.metadata.occurredAt) > Date.parse(e.recordedAt)) problems.push(`${at}: occurred after recorded`);
      if (e.revision !== (next.get(e.streamId) ?? 0)) problems.push(`${at}: revision gap`);
      next.set(e.streamId, e.revision + 1);
      previous = e.recordedAt;
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(next.size).toBe(larger.streams.length);
  });

  it.each([
    ['3 000', small],
    ['40 000', larger],
  ])('replays every stream of the %s-event dataset through evolve, each command matching decide', (_, d) => {
    const problems: string[] = [];
    for (const i of d.streams.keys()) {
      problems.push(...replay(d, i));
      const last = d.streamEvents(i).at(-1);
      if (last?.status !== d.streams[i].status) problems.push(`${d.streams[i].streamId}: ends ${last?.status}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('registers every mine before its hazards, and grades some', () => {
    let graded = 0;
    for (const [i, s] of larger.streams.entries()) {
      if (s.kind !== 'mine') continue;
      const events = larger.streamEvents(i).map((e) => stored(e) as MineEvent);
      const mine = events.reduce(mineDecider.evolve, mineDecider.initialState());
      expect(mine.status).toBe('Producing');
      expect(s.firstOccurredAt < '2021').toBe(true);
      if (events.some((e) => e.type === 'MineRiskGradeChanged')) graded++;
    }
    expect(graded).toBeGreaterThan(0);
  });

  it('has the 200-event hazard, closed, and a realistic mix', () => {
    const long = larger.streams.findIndex((s) => s.streamId === LONG_HAZARD_STREAM);
    expect(larger.streams[long]).toMatchObject({ events: LONG_HAZARD_EVENTS, status: 'closed', grade: 'major' });
    const types = new Set<string>();
    for (const e of larger.events()) types.add(e.type);
    const expected = Object.entries(HAZARD_EVENT_TYPES).flatMap(([type, generated]) => (generated ? [type] : []));
    expect(expected.filter((t) => !types.has(t))).toEqual([]);
    const { byStatus, openMajorUpTo2023 } = larger.summary();
    expect(Object.keys(byStatus).length).toBeGreaterThanOrEqual(14);
    expect(openMajorUpTo2023).toBeGreaterThan(0);
  });
});
