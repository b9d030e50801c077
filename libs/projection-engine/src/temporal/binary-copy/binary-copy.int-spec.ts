import { Client } from 'pg';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { CopyWriter, copyCell, rangeCell } from '../copy-writer';
import { ColumnType } from '../entity-model';
import { BinaryCopyStream, TupleChunker } from './binary-copy-writer';
import { BinaryFields, FieldValue } from './binary-fields';

const COLUMNS: [string, ColumnType | 'range'][] = [
  ['t', 'text'],
  ['b', 'boolean'],
  ['i8', 'bigint'],
  ['i4', 'integer'],
  ['n', 'numeric'],
  ['ts', 'timestamptz'],
  ['j', 'jsonb'],
  ['r', 'range'],
];
const sqlType = (t: ColumnType | 'range') => (t === 'range' ? 'tstzrange' : t);

type Row = [
  FieldValue,
  FieldValue,
  FieldValue,
  FieldValue,
  FieldValue,
  FieldValue,
  FieldValue,
  [string, string | null],
];

// Values the read models hold, and the awkward ones: escapes, Chinese, NULLs, offsets, fractions beyond µs.
const ROWS: Row[] = [
  [
    '井下\t-120m\n中段\\3#\r',
    true,
    '9007199254740991',
    0,
    24,
    '2024-10-25T06:41:40.464838Z',
    [{ a: 'x\ty' }],
    ['2024-01-01T00:00:00Z', null],
  ],
  [
    '采场东侧安全出口被废石堵塞',
    false,
    0,
    -7,
    0.5,
    '2024-10-23T17:53:11.833+08:00',
    { b: null },
    ['2021-01-07T13:47:26.014790Z', '2021-01-08T09:29:24.980559Z'],
  ],
  [null, null, null, null, null, null, null, ['1999-12-31T23:59:59.9999995Z', '2000-01-01T00:00:00.0000015Z']],
  [
    true,
    false,
    -42,
    2147483647,
    -1234.5678,
    '2024-02-29T23:59:59.123456789-04:30',
    'null',
    ['2024-06-30T00:00:00Z', '2024-06-30T00:00:00Z'],
  ],
  [
    { k: '引号"' },
    true,
    1,
    1,
    100000000.0001,
    '2000-01-01T00:00Z',
    [],
    ['2024-06-30T00:00:00.5Z', '2024-07-01T08:00:00+08:00'],
  ],
];

/** Tuples into one table: the fill's chunker over a COPY binary stream of its own. */
const binaryCopy = (client: Client, table: string, columns: string[]) => {
  const stream = new BinaryCopyStream(client, table, columns);
  const chunker = new TupleChunker(stream);
  return Object.assign(chunker, {
    end: async () => {
      await chunker.flush();
      await stream.end();
    },
  });
};

describe('binary COPY (real PostgreSQL): stores exactly what the text format stores', () => {
  let db: TestDatabase;
  let client: Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
    for (const table of ['via_text', 'via_binary', 'via_framed'])
      await client.query(`CREATE TABLE ${table} (k int, ${COLUMNS.map(([c, t]) => `${c} ${sqlType(t)}`).join(', ')})`);
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it('gives every row the same values as COPY text, column by column', async () => {
    const columns = ['k', ...COLUMNS.map(([c]) => c)];
    const text = new CopyWriter(client, 'via_text', columns);
    for (const [k, row] of ROWS.entries()) {
      const [from, to] = row[7];
      await text.write([String(k), ...row.slice(0, 7).map((v) => copyCell(v as never)), rangeCell(from, to)]);
    }
    await text.end();
    const fields = new BinaryFields();
    const encode = (k: number, row: Row) => {
      fields.reset().int4(k);
      for (const [i, [, type]] of COLUMNS.slice(0, 7).entries()) fields.typed(type as ColumnType, row[i]);
      return fields.range(...row[7]).bytes();
    };
    const binary = binaryCopy(client, 'via_binary', columns);
    const framed = binaryCopy(client, 'via_framed', columns);
    for (const [k, row] of ROWS.entries()) {
      await binary.tuple(columns.length, encode(k, row));
      await framed.framed(Buffer.concat([Buffer.from([0, columns.length]), encode(k, row)]));
    }
    await Promise.all([binary.end(), framed.end()]);
    expect([binary.rows, framed.rows]).toEqual([ROWS.length, ROWS.length]);

    const read = async (table: string) =>
      (await client.query(`SELECT ${columns.map((c) => `${c}::text`).join(', ')} FROM ${table} ORDER BY k`)).rows;
    const expected = await read('via_text');
    expect(expected).toHaveLength(ROWS.length);
    expect(await read('via_binary')).toEqual(expected);
    expect(await read('via_framed')).toEqual(expected);
    // The awkward cases really are there: an empty range, fractions rounded half to even (one carrying into the next second).
    expect(expected[3].r).toBe('empty');
    expect(expected[2].r).toBe('["2000-01-01 00:00:00+00","2000-01-01 00:00:00.000002+00")');
  });

  it('streams many chunks in order under back-pressure', async () => {
    await client.query('CREATE TABLE many (k int, t text)');
    const writer = binaryCopy(client, 'many', ['k', 't']);
    const fields = new BinaryFields();
    const long = '隐患'.repeat(400);
    for (let k = 0; k < 20_000; k++) await writer.tuple(2, fields.reset().int4(k).text(`${k}:${long}`).bytes());
    await writer.end();
    const { rows } = await client.query(
      `SELECT count(*)::int AS n, bool_and(t = k || ':' || repeat('隐患', 400)) AS same FROM many`,
    );
    expect(rows[0]).toEqual({ n: 20_000, same: true });
  });

  it('a COPY the server refuses fails every later write and the end with the server’s reason', async () => {
    await client.query('CREATE TABLE strict (k int NOT NULL)');
    const copy = new BinaryCopyStream(client, 'strict', ['k']);
    const nullTuple = Buffer.concat([Buffer.from([0, 1]), new BinaryFields().null().bytes()]);
    await copy.write(nullTuple);
    const reason = /null value in column "k".*violates not-null constraint/;
    // The refusal arrives asynchronously; until then writes are buffered as usual.
    let write: Promise<void> = Promise.resolve();
    for (
      let i = 0;
      i < 200 &&
      (await write.then(
        () => true,
        () => false,
      ));
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      write = copy.write(nullTuple);
    }
    await expect(write).rejects.toThrow(reason);
    await expect(copy.write(nullTuple)).rejects.toThrow(reason);
    await expect(copy.end()).rejects.toThrow(reason);
  });

  it('refuses an instant without a zone instead of guessing one', () => {
    expect(() => new BinaryFields().timestamptz('2024-06-30T10:00:00')).toThrow(/zoned ISO 8601/);
  });
});
