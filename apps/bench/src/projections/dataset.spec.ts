import { createHash } from 'node:crypto';
import {
  Hazard,
  HazardEvent,
  HazardEventType,
  MajorHazard,
  GeneralHazard,
  MineEvent,
  hazardCommandAccess,
  hazardDecider,
  mineDecider,
} from '@hazard-ledger/domain';
import { Dataset } from './dataset';
import { ALLOWED_FROM, COMMAND_OF } from './hazard-oracle';
import { LONG_HAZARD_EVENTS, LONG_HAZARD_STREAM } from './long-hazard';
import { ScriptEvent } from './stream-script';

const small = new Dataset({ events: 3000, seed: 7 });
const larger = new Dataset({ events: 40_000, seed: 11 });

const isMajor = (s: Hazard): s is MajorHazard => 'major' in s;
const isGeneral = (s: Hazard): s is GeneralHazard => 'general' in s;

/** Deadlines that must lie after the decision time (or the deadline they replace). */
const LATER: Partial<Record<HazardEventType, [string, string]>> = {
  RectificationAssigned: ['deadline', 'assignedAt'],
  SupervisionListed: ['deadline', 'listedAt'],
  RemediationPlanSubmitted: ['deadline', 'submittedAt'],
  SignOffRejected: ['newDeadline', 'rejectedAt'],
  ReinspectionConducted: ['newDeadline', 'reinspectedAt'],
  ExtensionRequested: ['newDeadline', 'currentDeadline'],
  ExtensionGranted: ['newDeadline', 'previousDeadline'],
};

/** Rules `decide` checks beyond the status, on the state the event is applied to; returns what is broken. */
const brokenRule = (s: Hazard, e: HazardEvent, role: string): string | undefined => {
  if (!hazardCommandAccess[COMMAND_OF[e.type]].roles.includes(role as never)) return `role ${role}`;
  if (s.status === 'not_discovered') return undefined;
  const later = LATER[e.type];
  const d = e.data as unknown as Record<string, string | undefined>;
  if (later && d[later[0]] !== undefined && !(String(d[later[0]]) > String(d[later[1]])))
    return `${later[0]} too early`;
  switch (e.type) {
    case 'SiteReviewSigned':
      if (!isMajor(s) || s.major.planParticipants.includes(e.data.reviewerId)) return 'reviewer took part in the plan';
      return s.major.reviews.some((r) => r.reviewerId === e.data.reviewerId) ? 'duplicate reviewer' : undefined;
    case 'HazardSignedOff':
    case 'SignOffRequested': {
      if (!isMajor(s) || s.major.evaluation !== 'passed') return 'evaluation not passed';
      if (!s.major.reports.regulator?.received || !s.major.reports.workers_congress?.received) return 'dual report';
      if (e.type === 'SignOffRequested') return undefined;
      const reviews = s.major.reviews;
      return reviews.length < 2 || reviews.some((r) => r.conclusion !== 'passed') ? 'site reviews' : undefined;
    }
    case 'DualReportReceived': {
      const report = isMajor(s) ? s.major.reports[e.data.recipient] : undefined;
      return report?.hash !== e.data.reportHash || report.received ? 'report hash or already received' : undefined;
    }
    case 'RemediationPlanSubmitted':
      if (!isMajor(s) || e.data.planVersion !== s.major.planVersion + 1) return 'plan version';
      return s.major.listingDeadline && e.data.deadline > s.major.listingDeadline ? 'plan deadline' : undefined;
    case 'ExtensionRequested':
      return !isMajor(s) || s.major.pendingExtension !== undefined ? 'extension pending' : undefined;
    case 'ExtensionGranted':
    case 'ExtensionRefused':
      return !isMajor(s) || s.major.pendingExtension === undefined ? 'no pending extension' : undefined;
    case 'RectificationVerified':
      return isGeneral(s) && s.general.rectifiedBy === e.data.verifiedBy ? 'verifier is the rectifier' : undefined;
    case 'HazardVoided':
      return e.data.voidedBy === s.discoveredBy || s.suspension ? 'voider is the finder, or suspended' : undefined;
    case 'ProductionSuspended':
      return s.suspension ? 'already suspended' : undefined;
    case 'SuspensionLifted':
      return s.suspension?.orderNo !== e.data.orderNo ? 'order not in force' : undefined;
    case 'HazardClosed':
      if (s.suspension) return 'suspension in force';
      if (isMajor(s)) return role === 'supervising_leader' ? undefined : 'major closed by a non-leader';
      return s.source === 'inspection' && s.status !== 'reinspected' ? 'closed without 复查' : undefined;
    default:
      return undefined;
  }
};

/** Folds one hazard stream, checking every step; returns the problems found. */
const replay = (events: ScriptEvent[]): { state: Hazard; problems: string[] } => {
  let state = hazardDecider.initialState();
  const problems: string[] = [];
  for (const [i, e] of events.entries()) {
    const event = { type: e.type, data: e.data } as unknown as HazardEvent;
    if (!ALLOWED_FROM[event.type].includes(state.status)) problems.push(`#${i} ${e.type} from ${state.status}`);
    const broken = brokenRule(state, event, e.actor.role);
    if (broken) problems.push(`#${i} ${e.type}: ${broken}`);
    const next = hazardDecider.evolve(state, event);
    if (next === state && event.type !== 'HazardRecurred') problems.push(`#${i} ${e.type} left the state unchanged`);
    if (next.status !== e.status) problems.push(`#${i} ${e.type}: ${next.status}, generator meant ${e.status}`);
    state = next;
  }
  return { state, problems };
};

const hazardStreams = (d: Dataset) => d.streams.flatMap((s, i) => (s.kind === 'hazard' ? [i] : []));

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
  ])('folds every hazard of the %s-event dataset, step by step, to the intended status', (_, d) => {
    const problems: string[] = [];
    for (const i of hazardStreams(d)) {
      const { state, problems: found } = replay(d.streamEvents(i));
      problems.push(...found.map((p) => `${d.streams[i].streamId} ${p}`));
      if (state.status !== d.streams[i].status) problems.push(`${d.streams[i].streamId}: ends ${state.status}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('registers every mine before its hazards, and grades some', () => {
    for (const [i, s] of larger.streams.entries()) {
      if (s.kind !== 'mine') continue;
      const events = larger.streamEvents(i).map((e) => ({ type: e.type, data: e.data }) as unknown as MineEvent);
      const mine = events.reduce(mineDecider.evolve, mineDecider.initialState());
      expect(mine.status).toBe('Producing');
      expect(s.firstOccurredAt < '2021').toBe(true);
    }
  });

  it('has the 200-event hazard, closed, and a realistic mix', () => {
    const long = larger.streams.findIndex((s) => s.streamId === LONG_HAZARD_STREAM);
    expect(larger.streams[long]).toMatchObject({ events: LONG_HAZARD_EVENTS, status: 'closed', grade: 'major' });
    const types = new Set<string>();
    for (const e of larger.events()) types.add(e.type);
    const expected = Object.keys(ALLOWED_FROM).filter((t) => t !== 'HazardRecurred') as HazardEventType[];
    expect(expected.filter((t) => !types.has(t))).toEqual([]);
    const { byStatus, openMajorUpTo2023 } = larger.summary();
    expect(Object.keys(byStatus).length).toBeGreaterThanOrEqual(14);
    expect(openMajorUpTo2023).toBeGreaterThan(0);
  });
});
