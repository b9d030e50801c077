import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RecordedEvent } from '@hazard-ledger/domain';
import { createDataSource } from '@hazard-ledger/platform';
import { liveTables } from '@hazard-ledger/projection-engine';
import {
  LookbackQuery,
  factsOf,
  loadEvidence,
  lookbackFacts,
  resolveCut,
  runLookback,
} from '@hazard-ledger/read-models';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';

/**
 * resolveCut reads whole days from lookback_day_highs and T's own day from the facts: it must name exactly the
 * highest position recorded at or before T — also when positions and recorded_at disagree in order (two writers:
 * the later position read the clock earlier) and across day boundaries.
 */
const event = (position: number, recordedAt: string): RecordedEvent => ({
  eventId: randomUUID(),
  type: 'MineProfileNoted',
  schemaVersion: 1,
  data: { note: String(position) },
  metadata: {
    actor: { id: 'u-1', name: '测试', role: 'inspector', org: 'bureau' },
    occurredAt: recordedAt,
  } as unknown as RecordedEvent['metadata'],
  streamId: `mine-${String(position % 3)}`,
  revision: BigInt(position),
  position: BigInt(position),
  logPosition: { commit: BigInt(position), prepare: BigInt(position) },
  recordedAt,
  integrity: { alg: 'sm3', prevHash: '0', hash: `h${position}` } as RecordedEvent['integrity'],
});

// Positions 1..9 with recorded_at out of position order around midnight UTC, in two projection batches.
const BATCHES: [number, string][][] = [
  [
    [1, '2024-12-30T10:00:00.000000Z'],
    [2, '2024-12-31T23:59:59.900000Z'],
    [3, '2024-12-31T08:00:00.000000Z'],
    [4, '2025-01-01T00:00:00.000000Z'],
  ],
  [
    [5, '2024-12-31T23:59:59.950000Z'],
    [6, '2025-01-01T00:00:00.500000Z'],
    [7, '2024-12-30T23:00:00.000000Z'],
    [8, '2025-01-02T12:00:00.000000Z'],
    [9, '2025-01-01T00:00:00.100000Z'],
  ],
];

describe('resolveCut: as of T is exactly the highest position recorded at or before T', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource(db.url);
    await ds.initialize();
    const projection = lookbackFacts.create(liveTables, undefined as never);
    for (const batch of BATCHES)
      await ds.transaction((tx) =>
        projection.apply(
          batch.map(([p, at]) => event(p, at)),
          tx,
        ),
      );
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it.each([
    '2024-12-29T00:00:00.000Z',
    '2024-12-30T10:00:00.000Z',
    '2024-12-31T00:00:00.000Z',
    '2024-12-31T08:00:00.000Z',
    '2024-12-31T23:59:59.920Z',
    '2024-12-31T23:59:59.999Z',
    '2025-01-01T00:00:00.000Z',
    '2025-01-01T00:00:00.200Z',
    '2025-01-01T23:59:59.999Z',
    '2026-01-01T00:00:00.000Z',
  ])(
    'given facts out of order around midnight, when the cut is %s, then it equals the scan of every fact',
    async (at) => {
      const [naive]: { p: string | null }[] = await ds.query(
        `SELECT max(position)::text AS p FROM lookback_facts WHERE recorded_at <= $1::timestamptz`,
        [at],
      );
      expect((await resolveCut(ds.manager, at)).throughPosition).toBe(naive.p);
    },
  );

  it('keeps one high per UTC day, the greatest position of that day', async () => {
    const rows: { day: string; high: string }[] = await ds.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, high_position::text AS high FROM lookback_day_highs ORDER BY day`,
    );
    expect(rows).toEqual([
      { day: '2024-12-30', high: '7' },
      { day: '2024-12-31', high: '5' },
      { day: '2025-01-01', high: '9' },
      { day: '2025-01-02', high: '8' },
    ]);
  });

  it('evidence read along with the facts is byte-identical to evidence read afterwards (frozen answers compare bytes)', async () => {
    const cut = await resolveCut(ds.manager, '2026-01-01T00:00:00.000Z');
    const query = (withEvidence: boolean): LookbackQuery =>
      ({
        id: 'test',
        run: async (db, at, params) =>
          (await factsOf(db, at, params, { withEvidence })).map((f) => ({
            key: f.position.padStart(5, '0'),
            mineId: null,
            positions: [f.position],
          })),
      }) as LookbackQuery;
    const noted = await runLookback(ds.manager, query(true), cut, {});
    const loaded = await runLookback(ds.manager, query(false), cut, {});
    expect(noted).toHaveLength(9);
    expect(JSON.stringify(noted)).toBe(JSON.stringify(loaded));
    const direct = await loadEvidence(ds.manager, ['3']);
    expect(JSON.stringify(noted[2].evidence[0])).toBe(JSON.stringify(direct.get('3')));
  });
});

/**
 * factsOf reads named payload fields as columns and drops nulls in JS: the data must equal what PostgreSQL's own
 * jsonb_strip_nulls(jsonb_build_object(…)) gives for the same fields. And evidence is listed in log order whatever
 * the positions' digit counts (9 before 10 before 100).
 */
describe('factsOf payload fields and evidence order', () => {
  let db: TestDatabase;
  let ds: DataSource;
  // Each payload at its position; the last one has a nested "__proto__" key (a key to PostgreSQL, not a prototype).
  const PAYLOADS: Record<string, unknown>[] = [
    { a: null, b: { c: null, d: [1, null, { e: null, f: 2 }] }, g: 'x' },
    { a: 0, b: false, g: '' },
    { b: [], a: { nested: { deeper: null, kept: [null] } } },
    JSON.parse('{"b": {"__proto__": {"x": null, "y": 1}}, "a": [null]}') as Record<string, unknown>,
  ];
  const FIELDS = ['a', 'b', 'g', 'missing'];
  const POSITIONS = [9, 10, 100, 1000];

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource(db.url);
    await ds.initialize();
    const projection = lookbackFacts.create(liveTables, undefined as never);
    const events = POSITIONS.map((p, i) => ({
      ...event(p, '2025-03-01T00:00:00.000000Z'),
      data: PAYLOADS[i] as RecordedEvent['data'],
    }));
    await ds.transaction((tx) => projection.apply(events, tx));
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('given payloads with nulls at every depth, when fields are read, then data equals jsonb_strip_nulls', async () => {
    const cut = await resolveCut(ds.manager, '2026-01-01T00:00:00.000Z');
    const facts = await factsOf(ds.manager, cut, {}, { dataFields: FIELDS });
    const pairs = FIELDS.map((k) => `'${k}', data->'${k}'`).join(', ');
    const expected: { data: unknown }[] = await ds.query(
      `SELECT jsonb_strip_nulls(jsonb_build_object(${pairs})) AS data FROM lookback_facts ORDER BY position`,
    );
    expect(facts.map((f) => f.data)).toEqual(expected.map((e) => e.data));
    expect(facts[0].data).toEqual({ b: { d: [1, null, { f: 2 }] }, g: 'x' });
  });

  it('given one row naming positions of different lengths, then its evidence is in log order', async () => {
    const cut = await resolveCut(ds.manager, '2026-01-01T00:00:00.000Z');
    const query = {
      id: 'test',
      run: async () => [{ key: 'k', mineId: null, positions: ['1000', '9', '100', '10', '9'] }],
    } as unknown as LookbackQuery;
    const [row] = await runLookback(ds.manager, query, cut, {});
    expect(row.evidence.map((e) => e.position)).toEqual(['9', '10', '100', '1000']);
  });
});
