import {
  ESignature,
  EvidenceRef,
  Hazard,
  HazardCommand,
  HazardCommandType,
  HazardEvent,
  HazardFacts,
  HazardSource,
  MajorFacts,
} from '@hazard-ledger/domain';
import { SIGNATURE_MEANINGS } from '@hazard-ledger/auth';
import { CastActor, MineProfile } from './cast';
import { Prng } from './prng';
import { DecideOptions, StreamScript } from './stream-script';

export const MAJOR_STATUSES = [
  'major_determined',
  'plan_submitted',
  'plan_returned',
  'in_remediation',
  'evaluated',
  'sign_off_requested',
  'signed_off',
  'escalated',
];

/** The data of a hazard command, without the hazardId every command carries. */
export type CommandData<T extends HazardCommandType> = Omit<Extract<HazardCommand, { type: T }>['data'], 'hazardId'>;

export type HazardScript = StreamScript<HazardCommand, HazardEvent, Hazard>;

const without = (actors: readonly CastActor[], ids: ReadonlySet<string>): CastActor[] => {
  const left = actors.filter((a) => !ids.has(a.id));
  return left.length > 0 ? left : [...actors];
};

/**
 * A hazard's script: its mine's people and what the finder wrote. Every fact later decisions depend on (the
 * suspension in force, plan participants, report hashes, deadlines, the rectifier) is read from the state the
 * decider folded, never kept a second time here.
 */
export class HazardCtx {
  /** Hook run when a stage is reached (voiding there, for instance); throws EndOfHistory to end the stream. */
  onStage: (name: string) => void = () => undefined;

  constructor(
    readonly s: HazardScript,
    readonly mine: MineProfile,
    readonly hazardId: string,
    readonly source: HazardSource,
    readonly finder: CastActor,
    readonly description: string,
    readonly location: string,
  ) {}

  get state(): Hazard {
    return this.s.state;
  }

  /** The major path's facts, when the hazard is graded major. */
  get majorFacts(): MajorFacts | undefined {
    const state = this.s.state;
    return 'major' in state ? state.major : undefined;
  }

  get suspension(): HazardFacts['suspension'] {
    const state = this.s.state;
    return state.status === 'not_discovered' ? undefined : state.suspension;
  }

  get rng(): Prng {
    return this.s.rng;
  }

  get major(): boolean {
    return this.majorFacts !== undefined;
  }

  get byRegulator(): boolean {
    return this.finder.role === 'inspector' || this.finder.role === 'supervising_leader';
  }

  wait(ms: number): void {
    this.s.wait(ms, ms);
  }

  hours(min: number, max: number): void {
    this.s.hours(min, max);
  }

  days(min: number, max: number): void {
    this.s.days(min, max);
  }

  stage(name: string): void {
    this.onStage(name);
    this.s.stage(name);
  }

  /** Issues one command on this hazard; returns the decision time. */
  issue<T extends HazardCommandType>(
    type: T,
    actor: CastActor,
    build: (now: string, at: string) => CommandData<T>,
    o: DecideOptions = {},
  ): string {
    return this.s.decide(
      type,
      actor,
      (now, at) => {
        // Set on the built object rather than spread into a copy (the copy was 5 % of generation time).
        const data: CommandData<T> & { hazardId?: string } = build(now, at);
        data.hazardId = this.hazardId;
        return data as unknown as Extract<HazardCommand, { type: T }>['data'];
      },
      o,
    );
  }

  inspector(exclude: ReadonlySet<string> = new Set()): CastActor {
    return this.rng.pick(without(this.mine.jurisdiction.inspectors, exclude));
  }

  leader(exclude: ReadonlySet<string> = new Set()): CastActor {
    return this.rng.pick(without(this.mine.jurisdiction.leaders, exclude));
  }

  /** A leader already on the plan if there is one, so another stays free to sign the 销号 (separation of duties). */
  involvedLeader(): CastActor {
    const participants = this.majorFacts?.planParticipants ?? [];
    const involved = this.mine.jurisdiction.leaders.filter((l) => participants.includes(l.id));
    return involved.length > 0 ? this.rng.pick(involved) : this.leader();
  }

  regulator(): CastActor {
    return this.rng.chance(0.75) ? this.inspector() : this.leader();
  }

  staff(exclude: ReadonlySet<string> = new Set()): CastActor {
    return this.rng.pick(without(this.mine.staff, exclude));
  }

  /** A finder of the same side as the original finder (the enterprise may not touch an inspection finding). */
  sameSide(): CastActor {
    return this.source === 'inspection' ? this.regulator() : this.rng.chance(0.8) ? this.staff() : this.mine.principal;
  }

  evidence(now: string, kind: 'photo' | 'pdf' = 'photo'): EvidenceRef {
    const stamp = now.slice(0, 19).replace(/[-:]/g, '').replace('T', '_');
    return kind === 'photo'
      ? { hash: this.rng.hex(64), alg: 'sm3', name: `IMG_${stamp}.jpg`, mime: 'image/jpeg' }
      : { hash: this.rng.hex(64), alg: 'sm3', name: `scan_${stamp}.pdf`, mime: 'application/pdf' };
  }

  signature(actor: CastActor, meaning: string, now: string, contentHash = this.rng.hex(64)): ESignature {
    return { signerId: actor.id, printedName: actor.name, role: actor.role, meaning, signedAt: now, contentHash };
  }

  /** A document number of the district bureau, e.g. 长上应急督〔2024〕17号. */
  docNo(kind: string, now: string): string {
    return `长${this.mine.jurisdiction.name[0]}应急${kind}〔${now.slice(0, 4)}〕${this.rng.int(1, 240)}号`;
  }
}

// The texts the API's signer records (libs/auth), so the bench's events carry what real ones do.
export const MEANING = {
  determination: SIGNATURE_MEANINGS.major_hazard_determined,
  report: SIGNATURE_MEANINGS.report_signed,
  signOffRequest: SIGNATURE_MEANINGS.sign_off_requested,
  siteReview: SIGNATURE_MEANINGS.site_review_confirmed,
  signOff: SIGNATURE_MEANINGS.sign_off_issued,
  onSpot: SIGNATURE_MEANINGS.rectified_on_spot,
  discovery: SIGNATURE_MEANINGS.hazard_found_by_inspection,
  listing: SIGNATURE_MEANINGS.supervision_listed,
  extension: SIGNATURE_MEANINGS.extension_granted,
  escalation: SIGNATURE_MEANINGS.hazard_escalated,
  void: SIGNATURE_MEANINGS.hazard_voided,
  downgrade: SIGNATURE_MEANINGS.grade_downgraded,
  closureApproval: SIGNATURE_MEANINGS.closure_approved,
};
