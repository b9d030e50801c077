import { MAX_JSON_DEPTH, describeFlaw, flawIn, locate } from './unstorable-input';

const nested = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

describe('flawIn: what the edge refuses in a parsed JSON value', () => {
  it('accepts an ordinary command body, paired surrogates (emoji) and Chinese text included', () => {
    expect(
      flawIn({ title: '巷道顶板离层 😀', grade: 'major', evidence: [{ sha256: 'ab', size: 12.5 }], n: 2 ** 53 - 1 }),
    ).toBeUndefined();
  });

  it(`accepts ${MAX_JSON_DEPTH} levels of nesting and refuses ${MAX_JSON_DEPTH + 1}, even 100,000`, () => {
    expect(flawIn(nested(MAX_JSON_DEPTH))).toBeUndefined();
    expect(flawIn(nested(MAX_JSON_DEPTH + 1))?.kind).toBe('depth');
    expect(flawIn(JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)))?.kind).toBe('depth');
  });

  it.each([
    ['NUL in a value', { username: 'a\u0000b' }, ['username']],
    ['a lone high surrogate', { reason: 'x\ud800' }, ['reason']],
    ['a lone low surrogate deep in an array', { items: [{ note: 'ok' }, { note: '\udc00' }] }, ['items', '1', 'note']],
    ['NUL in a key', { ['k\u0000']: 1 }, ['(key)']],
  ])('refuses %s and says where', (_name, body, at) => {
    expect(flawIn(body)).toEqual({ kind: 'character', at });
  });

  it.each([Infinity, -Infinity, NaN, 2 ** 53, 1e300])('refuses the number %p, which would be stored changed', (n) => {
    expect(flawIn({ n })?.kind).toBe('number');
  });

  it('names the place and the limit in both languages, and does not echo a long key', () => {
    expect(locate('body', ['items', '1', 'note'])).toBe('body.items[1].note');
    expect(locate('body', ['k'.repeat(100)])).toBe(`body.${'k'.repeat(40)}…`);
    expect(locate('body', ['a', ...Array<string>(31).fill('0')])).toBe('body.a[0][0][0][0][0]…');
    expect(describeFlaw('body', 'depth')).toMatch(
      new RegExp(`最多 ${MAX_JSON_DEPTH} 层.* / .*at most ${MAX_JSON_DEPTH}`),
    );
  });
});
