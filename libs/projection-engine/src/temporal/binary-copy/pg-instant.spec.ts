import { pgMicros } from './pg-instant';

const MS_2000 = Date.UTC(2000, 0, 1);
const viaDate = (iso: string) => (Date.parse(iso) - MS_2000) * 1000;

describe('pgMicros', () => {
  it('reads zoned instants to the microsecond, as PostgreSQL stores them', () => {
    expect(pgMicros('2000-01-01T00:00:00Z')).toBe(0);
    expect(pgMicros('2024-10-25T06:41:40.464838Z')).toBe(viaDate('2024-10-25T06:41:40.464Z') + 838);
    expect(pgMicros('2024-10-23T09:53:11.833Z')).toBe(viaDate('2024-10-23T09:53:11.833Z'));
    expect(pgMicros('2024-10-23T17:53:11.833+08:00')).toBe(viaDate('2024-10-23T09:53:11.833Z'));
    expect(pgMicros('2024-10-23T05:23-04:30')).toBe(viaDate('2024-10-23T09:53:00Z'));
    expect(pgMicros('1999-12-31T23:59:59.5Z')).toBe(-500_000);
    expect(pgMicros('2024-02-29T12:00:00Z')).toBe(viaDate('2024-02-29T12:00:00Z'));
  });

  it('rounds a fraction beyond microseconds half to even, as PostgreSQL does', () => {
    expect(pgMicros('2024-01-01T00:00:00.0000015Z') % 1_000_000).toBe(2);
    expect(pgMicros('2024-01-01T00:00:00.1234564Z') % 1_000_000).toBe(123456);
    expect(pgMicros('2024-01-01T00:00:00.123456789Z') % 1_000_000).toBe(123457);
  });

  it('agrees with Date.parse at millisecond precision over many random instants', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let k = 0; k < 5000; k++) {
      const iso = new Date(Date.UTC(2000, 0, 1) + (next() % 1_000_000) * 1_000_000).toISOString();
      expect(pgMicros(iso)).toBe(viaDate(iso));
    }
  });

  it('refuses what it would have to guess: no zone, impossible dates, other shapes', () => {
    for (const bad of [
      '2024-01-01T10:00',
      '2024-01-01',
      '2024-02-30T00:00:00Z',
      '2023-02-29T00:00:00Z',
      '2024-13-01T00:00:00Z',
      '2024-01-01T24:00:00Z',
      '2024-01-01T10:00:00.Z',
      '2024-01-01T10:00:00Zjunk',
      'yesterday',
    ])
      expect(() => pgMicros(bad)).toThrow(/zoned ISO 8601/);
  });
});
