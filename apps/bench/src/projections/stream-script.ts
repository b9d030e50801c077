import { EventData } from '@hazard-ledger/domain';
import { CastActor } from './cast';
import { Prng } from './prng';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** One generated event, before the loader gives it a global position, a final recordedAt and its hash. */
export interface ScriptEvent {
  eventId: string;
  type: string;
  data: EventData;
  actor: CastActor;
  /** Valid time claimed by the actor (ISO, ms). */
  occurredAt: string;
  /** System time the store would have given it, µs since the epoch (made strictly increasing globally later). */
  recordedAtUs: number;
  correlationId: string;
  reason?: string;
  referenceVersion?: string;
  /** Status the generator intends after this event: what folding the stream up to here must give. */
  status: string;
}

/** Thrown to end a stream early: the clock ran past the end of the dataset, or the planned stage was reached. */
export class EndOfHistory extends Error {
  constructor() {
    super('end of history');
  }
}

// One instance, thrown again and again: capturing a stack per hazard cost more than generating its events.
export const END_OF_HISTORY = new EndOfHistory();

export interface EmitOptions {
  /** Status after this event; unchanged when absent. */
  status?: string;
  reason?: string;
  referenceVersion?: string;
  /** A back-dated claim (discovery): recorded minutes to days after it happened. */
  claimed?: boolean;
  /** Written by the same decision as the previous event: same clocks, same correlation. */
  sameDecision?: boolean;
}

const two = (n: number): string => (n < 10 ? '0' : '') + n;
let isoDay = NaN;
let isoPrefix = '';

/** Date#toISOString, about three times faster (it was the generator's hottest function): the date part is cached. */
export const iso = (ms: number): string => {
  const t = Math.floor(ms);
  const day = Math.floor(t / DAY);
  if (day !== isoDay) {
    isoDay = day;
    isoPrefix = new Date(day * DAY).toISOString().slice(0, 11);
  }
  let r = t - day * DAY;
  const h = Math.floor(r / HOUR);
  r -= h * HOUR;
  const m = Math.floor(r / MINUTE);
  r -= m * MINUTE;
  const sec = Math.floor(r / 1000);
  const milli = r - sec * 1000;
  return `${isoPrefix}${two(h)}:${two(m)}:${two(sec)}.${milli < 100 ? (milli < 10 ? '00' : '0') : ''}${milli}Z`;
};

/**
 * A stream written decision by decision on a world clock. Each event happened at `occurredAt` and was recorded
 * a little later (seconds to days: offline capture, paperwork entered the next day); the decision time `now`,
 * which the deciders copy into `…At` fields and deadlines, is just before the recording.
 */
export class StreamScript {
  readonly events: ScriptEvent[] = [];
  status: string;
  private t: number;
  private lastRecordedUs = 0;
  private lastNow = '';

  constructor(
    readonly rng: Prng,
    startMs: number,
    private readonly endMs: number,
    private readonly stopAt?: string,
    initialStatus = 'not_discovered',
    /** Cited by every decision of this stream unless the event says otherwise. */
    private readonly referenceVersion?: string,
  ) {
    this.t = startMs;
    this.status = initialStatus;
  }

  get clock(): number {
    return this.t;
  }

  /** Lets a random time pass on the world clock. */
  wait(minMs: number, maxMs: number): this {
    this.t += this.rng.between(minMs, maxMs);
    return this;
  }

  /** Moves the world clock forward to `ms` (never back). */
  until(ms: number): this {
    this.t = Math.max(this.t, ms);
    return this;
  }

  hours(min: number, max: number): this {
    return this.wait(min * HOUR, max * HOUR);
  }

  days(min: number, max: number): this {
    return this.wait(min * DAY, max * DAY);
  }

  /** Ends the stream here when this is the stage the plan stops at. */
  stage(name: string): void {
    if (name === this.stopAt) throw END_OF_HISTORY;
  }

  private lagMs(claimed: boolean): number {
    const r = this.rng;
    if (claimed) return r.chance(0.7) ? r.between(10 * MINUTE, 6 * HOUR) : r.between(6 * HOUR, 3 * DAY);
    const kind = r.float();
    if (kind < 0.7) return r.between(5_000, 20 * MINUTE);
    return kind < 0.95 ? r.between(20 * MINUTE, 8 * HOUR) : r.between(DAY, 5 * DAY);
  }

  /** Records one decision; `build` gets the decision time and the claimed time and returns the event data. */
  emit(
    type: string,
    actor: CastActor,
    build: (now: string, occurredAt: string) => object,
    o: EmitOptions = {},
  ): string {
    const previous = this.events[this.events.length - 1];
    let recordedAtUs: number;
    let occurredAt: string;
    let correlationId: string;
    let now = this.lastNow;
    if (o.sameDecision && previous) {
      ({ recordedAtUs, occurredAt, correlationId } = previous);
    } else {
      const earliest = this.lastRecordedUs + Math.round(this.rng.between(1_000, 300_000)) * 1000;
      recordedAtUs = Math.max(Math.round((this.t + this.lagMs(o.claimed === true)) * 1000), earliest);
      recordedAtUs += this.rng.int(0, 999);
      occurredAt = iso(this.t);
      correlationId = this.rng.uuid();
      if (recordedAtUs > this.endMs * 1000) throw END_OF_HISTORY;
      now = iso(Math.floor(recordedAtUs / 1000) - this.rng.int(2, 40));
    }
    if (o.status !== undefined) this.status = o.status;
    const event: ScriptEvent = {
      eventId: this.rng.uuid(),
      type,
      // Plain JSON by construction: the typed builders (hazard-context, mines) only produce JSON values.
      data: build(now, occurredAt) as EventData,
      actor,
      occurredAt,
      recordedAtUs,
      correlationId,
      status: this.status,
    };
    if (o.reason !== undefined) event.reason = o.reason;
    const referenceVersion = o.referenceVersion ?? this.referenceVersion;
    if (referenceVersion !== undefined) event.referenceVersion = referenceVersion;
    this.events.push(event);
    this.lastRecordedUs = recordedAtUs;
    this.lastNow = now;
    return now;
  }
}

export const addMs = (isoTime: string, ms: number): string => iso(Date.parse(isoTime) + ms);
