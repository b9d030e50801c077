import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { LogPosition, START, formatPosition } from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { advanceCheckpoint } from '@hazard-ledger/projection-engine';
import { HORIZON_WAIT_MS, aNewEvent, waitFor } from '@hazard-ledger/testing';
import { ReadStamps } from '../../../apps/api/src/reads/read-stamp.service';
import { ApiApp, startApiApp } from '../../support/api-app';

const P1: LogPosition = { commit: 1n, prepare: 1n };
const P2: LogPosition = { commit: 2n, prepare: 2n };

/**
 * What a read answers and the asOfPosition it is stamped with (and the access log records as served) are one state
 * of the read model, even while the projection commits batches: rows and checkpoint move in one transaction.
 */
describe('reads answer from one snapshot: rows and asOfPosition agree (real PostgreSQL)', () => {
  let api: ApiApp;
  let ds: DataSource;
  let stamps: ReadStamps;
  beforeAll(async () => {
    api = await startApiApp();
    ds = api.app.get(DataSource);
    stamps = api.app.get(ReadStamps);
    await ds.query(`CREATE TABLE snapshot_probe (n int NOT NULL)`);
  }, 60_000);
  afterAll(() => api.close());

  /** A projection batch: one row and the checkpoint, in one transaction, as the runner applies them. */
  const batch = (n: number, from: LogPosition, to: LogPosition) =>
    ds.transaction(async (tx) => {
      await tx.query(`INSERT INTO snapshot_probe VALUES ($1)`, [n]);
      await advanceCheckpoint(tx, 'snapshot-probe', from, to, 1);
    });
  const rowCount = async (manager: Pick<DataSource, 'query'>) =>
    (await manager.query(`SELECT count(*)::int AS n FROM snapshot_probe`))[0].n as number;

  it('given a batch that commits after the checkpoint is read but before the rows are, then the answer is of the state before it', async () => {
    await batch(1, START, P1);

    const { result, stamp } = await stamps.read('snapshot-probe', async (manager) => {
      await batch(2, P1, P2); // committed on another connection, mid-read
      return rowCount(manager);
    });

    expect({ rows: result, asOfPosition: stamp.asOfPosition }).toEqual({ rows: 1, asOfPosition: formatPosition(P1) });
    const next = await stamps.read('snapshot-probe', rowCount);
    expect({ rows: next.result, asOfPosition: next.stamp.asOfPosition }).toEqual({
      rows: 2,
      asOfPosition: formatPosition(P2),
    });
  });

  it('a read cannot write', async () => {
    await expect(
      stamps.read('snapshot-probe', (m) => m.query(`INSERT INTO snapshot_probe VALUES (9)`)),
    ).rejects.toThrow(/read-only transaction/);
    expect(await rowCount(ds)).toBe(2);
  });

  it('stamps lagMs: the age of the oldest event the projection has not applied, 0 once it has applied them all', async () => {
    const store = api.app.get<EventStore>(EVENT_STORE);
    const written = await store.append(`probe-${randomUUID()}`, [{ ...aNewEvent(), eventId: randomUUID() }], 'any');
    // The log serves an event once it is below the cluster-wide read horizon, which another suite may hold.
    await waitFor(async () => (await store.readAll({ from: START, limit: 1 })).events.length > 0, HORIZON_WAIT_MS);
    await new Promise((r) => setTimeout(r, 50));

    const behind = await stamps.read('lag-probe', rowCount);
    await ds.transaction((tx) => advanceCheckpoint(tx, 'lag-probe', START, written.logPosition, 1));
    const caughtUp = await stamps.read('lag-probe', rowCount);

    expect(behind.stamp).toEqual({ asOfPosition: formatPosition(START), lagMs: expect.any(Number) });
    expect(behind.stamp.lagMs).toBeGreaterThanOrEqual(50);
    expect(caughtUp.stamp).toEqual({ asOfPosition: formatPosition(written.logPosition), lagMs: 0 });
  }, 90_000);
});
