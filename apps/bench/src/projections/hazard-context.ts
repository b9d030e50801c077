import {
  ESignature,
  EvidenceRef,
  HazardEvent,
  HazardEventType,
  HazardSource,
  Recipient,
  Side,
} from '@hazard-ledger/domain';
import { CastActor, MineProfile } from './cast';
import { Prng } from './prng';
import { EmitOptions, StreamScript } from './stream-script';

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

/** The payload of a hazard event type, as `decide` writes it, without the hazardId every payload starts with. */
export type HazardData<T extends HazardEventType> = Omit<Extract<HazardEvent, { type: T }>['data'], 'hazardId'>;

const without = (actors: readonly CastActor[], ids: ReadonlySet<string>): CastActor[] => {
  const left = actors.filter((a) => !ids.has(a.id));
  return left.length > 0 ? left : [...actors];
};

/**
 * What a hazard's generator needs to keep in step with the decider: the facts later decisions check (suspension
 * in force, plan participants, report versions, deadlines, the rectifier), the mine's people and the stream.
 */
export class HazardCtx {
  suspension?: { orderNo: string; issuer: Side };
  readonly participants = new Set<string>();
  readonly reports: Record<Recipient, number> = { regulator: 0, workers_congress: 0 };
  reportHash: Record<Recipient, string> = { regulator: '', workers_congress: '' };
  determinedAt = '';
  deadline?: string;
  listingDeadline?: string;
  planVersion = 0;
  planDeadline = '';
  rectifiedBy?: string;
  /** Hook run when a stage is reached (voiding there, for instance); throws EndOfHistory to end the stream. */
  onStage: (name: string) => void = () => undefined;

  constructor(
    readonly s: StreamScript,
    readonly mine: MineProfile,
    readonly hazardId: string,
    readonly source: HazardSource,
    readonly finder: CastActor,
    public description: string,
    public location: string,
  ) {}

  get rng(): Prng {
    return this.s.rng;
  }

  get major(): boolean {
    return MAJOR_STATUSES.includes(this.s.status);
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

  /** A grade change starts the path again (evolve resets the major or general facts; the suspension stays). */
  resetPath(): void {
    this.participants.clear();
    this.reports.regulator = this.reports.workers_congress = 0;
    this.planVersion = 0;
    this.deadline = this.listingDeadline = this.rectifiedBy = undefined;
  }

  stage(name: string): void {
    this.onStage(name);
    this.s.stage(name);
  }

  emit<T extends HazardEventType>(
    type: T,
    actor: CastActor,
    build: (now: string, at: string) => HazardData<T>,
    o: EmitOptions = {},
  ): string {
    return this.s.emit(
      type,
      actor,
      (now, at) => {
        const data: HazardData<T> & { hazardId?: string } = build(now, at);
        data.hazardId = this.hazardId; // key order is irrelevant: jsonb and the canonical JSON both sort keys
        return data;
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

export const MEANING = {
  determination: '重大隐患判定确认 / major hazard determined',
  report: '重大隐患报告签发 / major-hazard report signed',
  signOffRequest: '申请销号 / sign-off requested',
  siteReview: '现场核查确认 / site review confirmed',
  signOff: '销号签发 / sign-off issued',
  onSpot: '立即整改确认 / rectified on the spot',
};
