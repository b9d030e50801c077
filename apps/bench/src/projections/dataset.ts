import { EventMetadata, streams } from '@hazard-ledger/domain';
import { documentHistory, inspectionHistory, planInspection } from '../lookback/enforcement-history';
import { Cast, buildCast } from './cast';
import { MAJOR_STATUSES } from './hazard-context';
import { hazardHistory } from './hazard-history';
import { LONG_HAZARD_ID, longHazardHistory } from './long-hazard';
import { mineHistory } from './mines';
import { Prng } from './prng';
import { DAY, Decision, ScriptEvent, iso } from './stream-script';

export const DEFAULT_SEED = 20261130;
const FIRST_DISCOVERY = Date.parse('2021-01-04T00:00:00Z');
const LAST_DISCOVERY = Date.parse('2026-10-31T00:00:00Z');
/** Nothing is recorded after this instant (before the bench's own wall clock, so live appends come later). */
export const DATASET_END = Date.parse('2026-11-28T00:00:00Z');

export interface DatasetOptions {
  /** Exactly this many events (the last hazard generated is cut short to fit). */
  events: number;
  seed?: number;
  /** Default: one mine per ~500 hazards, between 10 and 200. */
  mines?: number;
  /**
   * With n: after every n hazards an inspection (检查记录) and its enforcement document (执法文书), through their
   * deciders (the look-back bench; the demo has about one of each per two hazards). Default: hazards only.
   */
  enforcementEvery?: number;
}

export interface StreamInfo {
  streamId: string;
  kind: 'mine' | 'hazard' | 'inspection' | 'document';
  /** Events of this stream in the dataset. */
  events: number;
  /** Status the generator intends after the last of them. */
  status: string;
  grade?: 'major' | 'general';
  firstOccurredAt: string;
}

/** One event as the loader writes it: the envelope of handleCommand, plus the store's recordedAt (µs, UTC). */
export interface LoadEvent {
  streamId: string;
  revision: number;
  eventId: string;
  type: string;
  data: ScriptEvent['data'];
  metadata: EventMetadata;
  recordedAt: string;
}

/** µs since the epoch as PostgreSQL renders recorded_at (rows.ts): the exact text that is hashed. */
export const recordedAtText = (us: number): string =>
  `${iso(Math.floor(us / 1000)).slice(0, 23)}${String(us % 1000).padStart(3, '0')}Z`;

// More hazards are recorded as the platform's use grows: density rises about fourfold from 2021 to 2026.
const discoveryTime = (rng: Prng): number => {
  const u = rng.chance(0.4) ? rng.float() : Math.sqrt(rng.float());
  const day = FIRST_DISCOVERY + Math.floor((u * (LAST_DISCOVERY - FIRST_DISCOVERY)) / DAY) * DAY;
  return day + rng.between(0.5, 10) * 3_600_000; // 08:30–18:00 China time
};

const gradeOf = (events: readonly ScriptEvent[]): StreamInfo['grade'] => {
  let grade: StreamInfo['grade'];
  for (const e of events) {
    if (e.type === 'MajorHazardDetermined') grade = 'major';
    else if (e.type === 'GeneralHazardDetermined') grade = 'general';
    else if (e.type === 'HazardGradeChanged') grade = e.data.to as StreamInfo['grade'];
  }
  return grade;
};

/**
 * A deterministic dataset: mines, the long hazard, then hazards until the event target is reached. Streams are
 * generated twice — once here for their timestamps (global order), again on demand while iterating — so the
 * whole million never has to sit in memory.
 */
export class Dataset {
  readonly seed: number;
  readonly cast: Cast;
  readonly streams: StreamInfo[] = [];
  readonly totalEvents: number;
  private readonly enforcementEvery: number;
  private readonly starts: number[] = [];
  private readonly order: Uint32Array;
  private readonly streamOf: Uint32Array;
  private readonly revisionOf: Uint32Array;
  private readonly recordedUs: Float64Array;

  constructor(options: DatasetOptions) {
    const target = options.events;
    if (!Number.isInteger(target) || target < 1000) throw new Error(`--events must be an integer ≥ 1000: ${target}`);
    this.seed = options.seed ?? DEFAULT_SEED;
    const mines = options.mines ?? Math.min(200, Math.max(10, Math.round(target / 10 / 500)));
    this.cast = buildCast(new Prng(this.seed, 0), mines);
    this.enforcementEvery = options.enforcementEvery ?? 0;
    this.totalEvents = target;
    this.streamOf = new Uint32Array(target);
    this.revisionOf = new Uint32Array(target);
    this.recordedUs = new Float64Array(target);
    let n = 0;
    for (let i = 0; n < target; i++) {
      const { events } = this.generate(i);
      const take = Math.min(events.length, target - n);
      for (let r = 0; r < take; r++, n++) {
        this.streamOf[n] = i;
        this.revisionOf[n] = r;
        this.recordedUs[n] = events[r].recordedAtUs;
      }
      const kind = this.kindOf(i);
      const kept = events.slice(0, take);
      this.streams.push({
        streamId: this.streamIdOf(i, kind, kept),
        kind,
        events: take,
        status: kept[take - 1].status,
        ...(kind === 'hazard' ? { grade: gradeOf(kept) } : {}),
        firstOccurredAt: kept[0].metadata.occurredAt,
      });
    }
    this.order = this.globalOrder();
  }

  get hazards(): number {
    return this.streams.filter((s) => s.kind === 'hazard').length;
  }

  /** Mines first, the long hazard, then hazards — with enforcementEvery n, n hazards, an inspection, a document. */
  private kindOf(i: number): StreamInfo['kind'] {
    const first = this.cast.mines.length + 1;
    if (i < first) return i < this.cast.mines.length ? 'mine' : 'hazard';
    const n = this.enforcementEvery;
    const at = n > 0 ? (i - first) % (n + 2) : 0;
    return at < n || n === 0 ? 'hazard' : at === n ? 'inspection' : 'document';
  }

  private streamIdOf(i: number, kind: StreamInfo['kind'], events: readonly ScriptEvent[]): string {
    if (kind === 'mine') return streams.mine(this.cast.mines[i].mineId);
    if (kind === 'hazard') return streams.hazard(this.hazardId(i));
    const id = String((events[0].data as { inspectionId?: string; documentId?: string })[`${kind}Id`]);
    return kind === 'inspection' ? streams.inspection(id) : streams.document(id);
  }

  /** The hazard stream `i` as generate() starts it: its id, its mine and when it was discovered. */
  private hazardSlot(i: number) {
    const rng = new Prng(this.seed, i + 1);
    const hazardId = rng.uuid();
    const mine = this.cast.mines[Math.floor(this.cast.mines.length * rng.float() ** 1.6)];
    return { hazardId, mine, discoveredMs: discoveryTime(rng) };
  }

  private hazardId(i: number): string {
    return i === this.cast.mines.length ? LONG_HAZARD_ID : new Prng(this.seed, i + 1).uuid();
  }

  /** Stream i, from its own seeded sequence: mines first, then the long hazard, then the others. */
  private generate(i: number): { events: ScriptEvent[]; decisions: Decision[] } {
    const rng = new Prng(this.seed, i + 1);
    const { mines } = this.cast;
    if (i < mines.length) return mineHistory(rng, mines[i], DATASET_END);
    if (i === mines.length) {
      const mine = mines.find((m) => m.siteType === 'underground') ?? mines[0];
      return longHazardHistory(rng, mine, DATASET_END);
    }
    const kind = this.kindOf(i);
    if (kind !== 'hazard') {
      // The inspection at i found (or not) the hazard just before it; the document at i + 1 cites that inspection.
      const at = kind === 'inspection' ? i : i - 1;
      const plan = planInspection(this.seed, at, this.hazardSlot(at - 1), DATASET_END);
      return kind === 'inspection'
        ? inspectionHistory(rng, plan, DATASET_END)
        : documentHistory(rng, plan, DATASET_END);
    }
    const hazardId = rng.uuid();
    // A few mines report many more hazards than the rest.
    const mine = mines[Math.floor(mines.length * rng.float() ** 1.6)];
    return hazardHistory(rng, hazardId, mine, discoveryTime(rng), DATASET_END);
  }

  /** The events of one stream as in the dataset (cut short if it was the last one). */
  streamEvents(index: number): ScriptEvent[] {
    return this.generate(index).events.slice(0, this.streams[index].events);
  }

  /** The commands of one stream, each with the span of events `decide` wrote for it (all within the dataset). */
  streamDecisions(index: number): Decision[] {
    const kept = this.streams[index].events;
    return this.generate(index).decisions.filter((d) => d.first + d.count <= kept);
  }

  /** Sorted by recordedAt; equal or colliding instants get 1 µs apart so recordedAt strictly increases. */
  private globalOrder(): Uint32Array {
    const { streamOf, revisionOf, recordedUs } = this;
    const order = new Uint32Array(this.totalEvents).map((_, k) => k);
    order.sort((a, b) => recordedUs[a] - recordedUs[b] || streamOf[a] - streamOf[b] || revisionOf[a] - revisionOf[b]);
    let previous = 0;
    for (const k of order) {
      if (recordedUs[k] <= previous) recordedUs[k] = previous + 1;
      previous = recordedUs[k];
    }
    return order;
  }

  /** Every event in global (recordedAt) order, regenerating each stream when its first event comes up. */
  *events(): Generator<LoadEvent> {
    const open = new Map<number, ScriptEvent[]>();
    for (const k of this.order) {
      const i = this.streamOf[k];
      const revision = this.revisionOf[k];
      let events = open.get(i);
      if (!events) open.set(i, (events = this.generate(i).events));
      if (revision === this.streams[i].events - 1) open.delete(i);
      const e = events[revision];
      yield {
        streamId: this.streams[i].streamId,
        revision,
        eventId: e.eventId,
        type: e.type,
        data: e.data,
        metadata: e.metadata,
        recordedAt: recordedAtText(this.recordedUs[k]),
      };
    }
  }

  /** Counts by intended final status, and the open major hazards discovered in 2023 or earlier. */
  summary(): { byStatus: Record<string, number>; openMajorUpTo2023: number; majors: number } {
    const byStatus: Record<string, number> = {};
    let openMajorUpTo2023 = 0;
    let majors = 0;
    for (const s of this.streams) {
      if (s.kind !== 'hazard') continue;
      byStatus[s.status] = (byStatus[s.status] ?? 0) + 1;
      if (s.grade === 'major') majors++;
      if (MAJOR_STATUSES.includes(s.status) && s.firstOccurredAt < '2024') openMajorUpTo2023++;
    }
    return { byStatus, openMajorUpTo2023, majors };
  }
}
