import { copyCell, rangeCell } from './copy-writer';

describe('COPY text cells', () => {
  it('escapes backslash, tab, newline and carriage return, and nothing else', () => {
    expect(copyCell('井下\t-120m\n中段\\3#\r')).toBe('井下\\t-120m\\n中段\\\\3#\\r');
    expect(copyCell('采场东侧安全出口被废石堵塞')).toBe('采场东侧安全出口被废石堵塞');
  });

  it('writes NULL, booleans, numbers and JSON', () => {
    expect([copyCell(null), copyCell(undefined), copyCell(true), copyCell(false), copyCell(24)]).toEqual([
      '\\N',
      '\\N',
      't',
      'f',
      '24',
    ]);
    expect(copyCell([{ reason: 'a\tb' }])).toBe('[{"reason":"a\\\\tb"}]');
  });

  it('writes half-open ranges, open-ended when there is no end', () => {
    expect(rangeCell('2024-01-01T00:00:00Z', null)).toBe('["2024-01-01T00:00:00Z",)');
    expect(rangeCell('2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z')).toBe(
      '["2024-01-01T00:00:00Z","2024-02-01T00:00:00Z")',
    );
  });
});
