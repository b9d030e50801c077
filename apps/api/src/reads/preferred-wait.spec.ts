import { DEFAULT_WAIT_MS, MAX_WAIT_MS, preferredWait } from './preferred-wait';

const asking = (prefer?: string) => ({ header: (name: string) => (name === 'prefer' ? prefer : undefined) }) as never;

describe('preferredWait: how long ?minPosition= may wait (Prefer: wait, RFC 7240)', () => {
  it.each([
    [undefined, DEFAULT_WAIT_MS],
    ['wait=3', 3_000],
    ['wait=0', 0],
    ['WAIT = 2', 2_000],
    ['wait="4"', 4_000],
    ['respond-async, wait=2', 2_000],
    ['handling=strict; foo=bar, wait=7', 7_000],
    ['wait=600', MAX_WAIT_MS],
    // Preferences the server cannot read are ignored (RFC 7240 §2), not refused.
    ['wait=soon', DEFAULT_WAIT_MS],
    ['wait=-1', DEFAULT_WAIT_MS],
    ['return=minimal', DEFAULT_WAIT_MS],
    ['nowait=3', DEFAULT_WAIT_MS],
  ])('given Prefer: %s, then the wait is %i ms', (prefer, expected) => {
    expect(preferredWait(asking(prefer))).toBe(expected);
  });
});
