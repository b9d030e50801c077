import { Command, Decider, DomainEvent, EventData, EventMetadata } from '@hazard-ledger/domain';
import { eventMetadataOf } from '@hazard-ledger/event-store';
import { CastActor } from './cast';
import { Prng } from './prng';
import { referenceAt, referenceVersionOf } from './reference';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** One event as decided, before the loader gives it a global position, a final recordedAt and its hash. */
export interface ScriptEvent {
  eventId: string;
  type: string;
  data: EventData;
  /** The envelope handleCommand writes (eventMetadataOf): actor, occurredAt, correlation, reason, reference. */
  metadata: EventMetadata;
  /** System time the store would have given it, µs since the epoch (made strictly increasing globally later). */
  recordedAtUs: number;
  /** Status after this event: the stream folded with `evolve` up to here. */
  status: string;
}

/** One command as the gateway would have built it, and where the events `decide` returned for it sit. */
export interface Decision<C extends Command = Command> {
  command: C;
  /** Index of its first event in the stream, and how many it wrote. */
  first: number;
  count: number;
}

/** Thrown to end a stream early: the clock ran past the end of the dataset, or the planned stage was reached. */
export class EndOfHistory extends Error {
  constructor() {
    super('end of history');
  }
}

// One instance, thrown again and again: capturing a stack per hazard cost more than generating its events.
export const END_OF_HISTORY = new EndOfHistory();

export interface DecideOptions {
  /** A back-dated claim (discovery): recorded minutes to days after it happened. */
  claimed?: boolean;
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

type Stated = { status: string };

/**
 * A stream written decision by decision on a world clock, through the real decider: each command is decided on
 * the state folded so far, and its events are evolved into it. Each decision happened at `occurredAt` and was
 * recorded a little later (seconds to days: offline capture, paperwork entered the next day); the decision time
 * `now`, which the deciders copy into `…At` fields and deadlines, is just before the recording.
 */
export class StreamScript<C extends Command, E extends DomainEvent, S extends Stated> {
  readonly events: ScriptEvent[] = [];
  readonly decisions: Decision<C>[] = [];
  state: S;
  private t: number;
  private lastRecordedUs = 0;

  constructor(
    readonly rng: Prng,
    startMs: number,
    private readonly endMs: number,
    private readonly decider: Decider<C, E, S>,
    private readonly stopAt?: string,
  ) {
    this.t = startMs;
    this.state = decider.initialState();
  }

  get status(): string {
    return this.state.status;
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

  /** The clocks of the next decision: recorded a little after the world clock, decided just before that. */
  private clocks(claimed: boolean): { recordedAtUs: number; occurredAt: string; correlationId: string; nowMs: number } {
    const earliest = this.lastRecordedUs + Math.round(this.rng.between(1_000, 300_000)) * 1000;
    let recordedAtUs = Math.max(Math.round((this.t + this.lagMs(claimed)) * 1000), earliest);
    recordedAtUs += this.rng.int(0, 999);
    if (recordedAtUs > this.endMs * 1000) throw END_OF_HISTORY;
    const occurredAt = iso(this.t);
    const correlationId = this.rng.uuid();
    return { recordedAtUs, occurredAt, correlationId, nowMs: Math.floor(recordedAtUs / 1000) - this.rng.int(2, 40) };
  }

  /**
   * One decision: `build` gets the decision time and the claimed time and returns the command's data; the
   * command goes to `decide` with the state folded so far (a refusal throws: the deciders win). Returns `now`.
   */
  decide(
    type: C['type'],
    actor: CastActor,
    build: (now: string, occurredAt: string) => C['data'],
    o: DecideOptions = {},
  ): string {
    const { recordedAtUs, occurredAt, correlationId, nowMs } = this.clocks(o.claimed === true);
    const now = iso(nowMs);
    const reference = referenceAt(nowMs, now);
    const command = { type, data: build(now, occurredAt), metadata: { now, actor, reference } } as unknown as C;
    const events = this.decider.decide(command, this.state);
    const { reason, justification } = command.data as { reason?: string; justification?: string };
    const metadata = eventMetadataOf(command, {
      correlationId,
      occurredAt,
      reason: reason ?? justification,
      referenceVersion: referenceVersionOf(reference),
    });
    this.decisions.push({ command, first: this.events.length, count: events.length });
    for (const event of events) {
      this.state = this.decider.evolve(this.state, event);
      // Plain JSON by construction: the deciders only write JSON values.
      const data = event.data as EventData;
      this.events.push({
        eventId: this.rng.uuid(),
        type: event.type,
        data,
        metadata,
        recordedAtUs,
        status: this.status,
      });
    }
    this.lastRecordedUs = recordedAtUs;
    return now;
  }
}

export const addMs = (isoTime: string, ms: number): string => iso(Date.parse(isoTime) + ms);
