import { OpenRows, transferablesOf, writeInLogOrder } from './open-rows';

const rowsOf = (entries: [number, string][]) => {
  const rows = new OpenRows();
  for (const [position, text] of entries) rows.add(position, 1, Buffer.from(text));
  return rows;
};

describe('OpenRows: open rows of two partitions, written in log order', () => {
  it('given rows of two partitions, when written, then each framed tuple comes in the order of its position', async () => {
    const a = rowsOf([
      [30, 'c'],
      [10, 'a'],
    ]).pack();
    const b = rowsOf([
      [20, 'bb'],
      [40, 'dddd'],
    ]).pack();
    const written: Buffer[] = [];
    const writer = { framed: async (tuple: Buffer) => void written.push(Buffer.from(tuple)) };
    await writeInLogOrder(writer, [a, b]);
    // Each tuple: its field count (int16), then the encoded fields as given.
    expect(written.map((t) => [t.readInt16BE(0), t.subarray(2).toString()])).toEqual([
      [1, 'a'],
      [1, 'bb'],
      [1, 'c'],
      [1, 'dddd'],
    ]);
  });

  it('grows past its first block and hands over exactly its three arrays', () => {
    const big = 'x'.repeat(50_000);
    const pack = rowsOf([
      [1, big],
      [2, big],
    ]).pack();
    expect(pack.bytes.byteLength).toBe(2 * (2 + 50_000));
    expect(Array.from(pack.offsets)).toEqual([0, 50_002, 100_004]);
    expect(transferablesOf([pack])).toEqual([pack.bytes.buffer, pack.positions.buffer, pack.offsets.buffer]);
  });
});
