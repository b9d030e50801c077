/** The decision clock: server time, injected so tests can fix it. */
export const CLOCK = Symbol('CLOCK');

export interface Clock {
  now(): string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };
