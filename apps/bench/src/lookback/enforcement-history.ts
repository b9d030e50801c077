import {
  DocumentCommand,
  DocumentEvent,
  EnforcementDocument,
  Inspection,
  InspectionCommand,
  InspectionEvent,
  TeamMember,
  documentDecider,
  inspectionDecider,
  inspectionPolicyInForce,
} from '@hazard-ledger/domain';
import { CastActor, MineProfile } from '../projections/cast';
import { MEANING } from '../projections/hazard-context';
import { CLAUSES } from '../projections/mines';
import { Prng } from '../projections/prng';
import { FIRST_IN_FORCE } from '../projections/reference';
import { DAY, EndOfHistory, HOUR, StreamScript } from '../projections/stream-script';

type InspectionScript = StreamScript<InspectionCommand, InspectionEvent, Inspection>;
type DocumentScript = StreamScript<DocumentCommand, DocumentEvent, EnforcementDocument>;

/** What the hazard next to an inspection slot was (its id, mine and discovery): the inspection found it. */
export interface EnforcementSlot {
  hazardId: string;
  mine: MineProfile;
  discoveredMs: number;
}

/** The inspection of a slot, derived from the slot alone so its document's stream can cite the same team. */
export interface InspectionPlan {
  inspectionId: string;
  mine: MineProfile;
  team: CastActor[];
  startMs: number;
  /** The hazard its finding names, when the inspection is the one that found it. */
  findingHazardId: string | null;
  major: boolean;
}

const KINDS = ['unannounced', 'random', 'key_supervision', 'special'] as const;
// Enforcement records exist from the first policy editions in force (2024-01-01 CST); the deciders refuse earlier.
const OPEN_FROM = FIRST_IN_FORCE + DAY;

export const planInspection = (seed: number, index: number, slot: EnforcementSlot, endMs: number): InspectionPlan => {
  const rng = new Prng(seed, 0x1_0000_0000 + index);
  const { inspectors } = slot.mine.jurisdiction;
  const size = rng.int(2, 3);
  const first = rng.int(0, inspectors.length - 1);
  const team = Array.from({ length: size }, (_, k) => inspectors[(first + k) % inspectors.length]);
  // The inspection found the slot's hazard when that was recorded while enforcement records existed.
  const found = slot.discoveredMs >= OPEN_FROM && rng.chance(0.6);
  const startMs = found
    ? slot.discoveredMs - rng.between(1 * HOUR, 4 * HOUR)
    : rng.between(OPEN_FROM, Math.max(OPEN_FROM + DAY, endMs - 30 * DAY));
  return {
    inspectionId: rng.uuid(),
    mine: slot.mine,
    team,
    startMs: Math.max(OPEN_FROM, startMs),
    findingHazardId: found ? slot.hazardId : null,
    major: rng.chance(0.3),
  };
};

const memberOf = (a: CastActor, leader: boolean): TeamMember => ({
  userId: a.id,
  name: a.name,
  role: a.role,
  certificateNo: a.certificateNo ?? '',
  leader,
});

const sig = (rng: Prng, a: CastActor, meaning: string, now: string) => ({
  signerId: a.id,
  printedName: a.name,
  role: a.role,
  meaning,
  signedAt: now,
  contentHash: rng.hex(64),
});

/** 检查记录: recorded by the team leader, clauses examined, maybe its finding, the result, every member signs. */
export const inspectionHistory = (rng: Prng, plan: InspectionPlan, endMs: number): InspectionScript => {
  const s: InspectionScript = new StreamScript(rng, plan.startMs, endMs, inspectionDecider);
  untilEnd(() => inspectionSteps(s, rng, plan));
  return s;
};

/** The dataset ends mid-history for the newest records: what was decided by then stays. */
const untilEnd = (steps: () => void): void => {
  try {
    steps();
  } catch (error) {
    if (!(error instanceof EndOfHistory)) throw error;
  }
};

const inspectionSteps = (s: InspectionScript, rng: Prng, plan: InspectionPlan): void => {
  const { inspectionId, mine, team } = plan;
  const [leader] = team;
  const occurredAt = new Date(plan.startMs).toISOString();
  s.hours(0.5, 3);
  s.decide('RecordInspection', leader, (now) => {
    const policy = inspectionPolicyInForce(now);
    return {
      inspectionId,
      mineId: mine.mineId,
      kind: rng.pick(KINDS),
      planItemId: null,
      areas: ['-120m 中段', '主井'],
      team: team.map((a, k) => memberOf(a, k === 0)),
      occurredAt,
      // Kept only when the entry is late (the decider decides): offline capture is entered days later at times.
      lateReason: '执法终端离线，回局补录 / recorder offline, entered at the bureau',
      policy: { version: policy.version, lateEntryAfterHours: policy.lateEntryAfterHours, minTeamSize: 2 },
    };
  });
  const clauses = CLAUSES[mine.siteType];
  const start = rng.int(0, clauses.length - 4);
  const examined = clauses.slice(start, start + rng.int(2, 3));
  s.hours(0.2, 1).decide('ExamineClauses', rng.pick(team), () => ({
    inspectionId,
    clauses: examined.map((c) => ({ clauseId: c.id, note: '现场检查 / checked on site' })),
  }));
  const findingClause = clauses[(start + 3) % clauses.length];
  if (plan.findingHazardId)
    s.hours(0.1, 1).decide('RecordInspectionFinding', rng.pick(team), () => ({
      inspectionId,
      clauseId: findingClause.id,
      hazardId: plan.findingHazardId as string,
    }));
  const result = plan.findingHazardId && plan.major ? 'major_hazard_found' : 'no_major_hazard';
  s.hours(0.5, 3).decide('RecordInspectionResult', leader, () => ({
    inspectionId,
    result,
    summary: result === 'no_major_hazard' ? '未发现重大事故隐患' : '发现重大事故隐患 1 项',
  }));
  for (const member of team)
    s.hours(0.1, 2).decide('SignInspectionResult', member, (now) => ({
      inspectionId,
      signature: sig(rng, member, MEANING.discovery, now),
    }));
};

/** 责令限期整改指令书 of the inspection: drafted by a team member, signed by its leader, served on the mine. */
export const documentHistory = (rng: Prng, plan: InspectionPlan, endMs: number): DocumentScript => {
  const s: DocumentScript = new StreamScript(rng, plan.startMs + 6 * HOUR, endMs, documentDecider);
  untilEnd(() => documentSteps(s, rng, plan));
  return s;
};

const documentSteps = (s: DocumentScript, rng: Prng, plan: InspectionPlan): void => {
  const documentId = rng.uuid();
  const [leader, drafter] = plan.team;
  s.hours(1, 48).decide('DraftDocument', drafter, (now) => ({
    documentId,
    kind: 'rectification_order',
    docNo: `长${plan.mine.jurisdiction.name[0]}应急责改〔${now.slice(0, 4)}〕${rng.int(1, 240)}号`,
    mineId: plan.mine.mineId,
    inspection: { inspectionId: plan.inspectionId, memberIds: plan.team.map((a) => a.id) },
    hazardIds: plan.findingHazardId ? [plan.findingHazardId] : [],
    content: { facts: '检查发现问题', basis: '《金属非金属矿山安全规程》', measures: '限期整改' },
  }));
  if (rng.chance(0.1))
    s.hours(1, 24).decide('AmendDocument', drafter, () => ({
      documentId,
      content: { facts: '检查发现问题（补充）', basis: '《金属非金属矿山安全规程》', measures: '限期 30 日内整改' },
      reason: '补充事实 / facts completed',
    }));
  s.hours(1, 24).decide('SignDocument', leader, (now) => ({
    documentId,
    signature: sig(rng, leader, '执法文书签发 / document signed', now),
  }));
  s.hours(2, 72).decide('ServeDocument', drafter, (now) => ({
    documentId,
    method: 'in_person',
    recipient: plan.mine.principal.name,
    servedAt: now,
  }));
};
