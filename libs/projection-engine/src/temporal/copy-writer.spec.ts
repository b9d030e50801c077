import { Writable } from 'node:stream';
import { CopyWriter, copyCell, rangeCell } from './copy-writer';

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

describe('CopyWriter back-pressure', () => {
  it('waits for drain as often as needed without piling up listeners, and writes every line in order', async () => {
    const received: string[] = [];
    // A COPY stream that takes one chunk at a time and answers later: every flush waits for 'drain'.
    const slow = new Writable({
      highWaterMark: 1,
      write: (chunk: Buffer, _enc, done) => {
        received.push(chunk.toString());
        setImmediate(done);
      },
    });
    const writer = new CopyWriter({ query: () => slow } as never, 't', ['a']);
    let mostErrorListeners = 0;
    for (let i = 0; i < 30_000; i++) {
      await writer.writeLine(String(i));
      mostErrorListeners = Math.max(mostErrorListeners, slow.listenerCount('error'));
    }
    await writer.end();
    expect(mostErrorListeners).toBeLessThanOrEqual(2);
    expect(received.join('').split('\n').slice(0, -1)).toEqual(Array.from({ length: 30_000 }, (_, i) => String(i)));
  });
});
