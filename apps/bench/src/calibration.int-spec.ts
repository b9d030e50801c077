import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { calibrate, calibrationFields, fastest, formatCalibration, nodeWork } from './calibration';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('bench calibration', () => {
  it('keeps the fastest of its runs', async () => {
    const delays = [250, 5, 120];
    const best = await fastest(3, () => sleep(delays.shift()!));
    expect(best).toBeGreaterThanOrEqual(4);
    expect(best).toBeLessThan(120); // wide: a loaded CI machine may wake a 5 ms timer late
    expect(delays).toEqual([]);
  });

  it('does the Node work in full: its checksum grows with every round', () => {
    expect(nodeWork(2)).toBeGreaterThan(nodeWork(1));
    expect(nodeWork(1000)).toBe(nodeWork(1000));
  });

  describe('against a real PostgreSQL', () => {
    let db: TestDatabase;
    beforeAll(async () => (db = await createTestDatabase({ migrate: false })));
    afterAll(() => db.drop());

    it('times both sides, and the server really hashed every value (32 hex digits each)', async () => {
      const answers: number[] = [];
      const c = await calibrate(
        async (sql) => {
          const [row] = await db.query<{ n: number }>(sql);
          answers.push(row.n);
        },
        { nodeRounds: 20_000, postgresRows: 50_000 },
      );
      expect(answers).toEqual([1_600_000, 1_600_000, 1_600_000]);
      expect(c.nodeMs).toBeGreaterThan(0);
      expect(c.postgresMs).toBeGreaterThan(0);
      expect(formatCalibration('before', c)).toContain(`node ${c.nodeMs} ms, postgres ${c.postgresMs} ms`);
      expect(calibrationFields(c, { nodeMs: 1, postgresMs: 2 })).toEqual({
        calib_node_ms: c.nodeMs,
        calib_pg_ms: c.postgresMs,
        calib_node_after_ms: 1,
        calib_pg_after_ms: 2,
      });
    });
  });
});
