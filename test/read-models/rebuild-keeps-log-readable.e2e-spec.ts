import { comparePositions } from '@hazard-ledger/domain';
import { hazardLedger } from '@hazard-ledger/read-models';
import { rebuildProjection } from '@hazard-ledger/projection-engine';
import { HORIZON_WAIT_MS, aNewEvent, holdHorizonExclusively, waitFor } from '@hazard-ledger/testing';
import { Dataset } from '../../apps/bench/src/projections/dataset';
import { BenchDatabase, benchDatabase } from '../support/bench-database';
import { feedReading, readerReading } from '../support/instrumented-feed';

/**
 * A rebuild's COPYs stay open for the whole fill (minutes on a large log). The live projections read below the
 * horizon of the oldest running transaction; unless the rebuild's own transactions are exempt, everything appended
 * meanwhile would stay unreadable — ledgers frozen, read-your-writes waits timing out — until the fill commits.
 */
describe('rebuild: the log stays readable while the fill runs (real PostgreSQL)', () => {
  let bench: BenchDatabase;
  let release: () => Promise<void>;
  // Its fill stays paused with COPYs open: never beside another spec that holds the horizon on purpose.
  beforeAll(async () => {
    release = await holdHorizonExclusively();
    bench = await benchDatabase(new Dataset({ events: 2000, seed: 7 }));
  }, 60_000);
  afterAll(async () => {
    await bench?.close();
    await release?.();
  });

  it('given a fill paused with its COPYs open, when an event is appended, then it is readable before the fill ends; the rebuild then applies it', async () => {
    const { ds, store } = bench;
    const reader = store.streamOrderedReader();
    let paused!: () => void;
    const atPause = new Promise<void>((resolve) => (paused = resolve));
    let resume!: () => void;
    const resumed = new Promise<void>((resolve) => (resume = resolve));
    // The hazards are read after the shadow tables' COPY transactions have begun.
    const gated = readerReading(reader, async (q) => {
      if (q.prefix === 'hazard-') {
        paused();
        await resumed;
      }
      return reader.readStreams(q);
    });
    const feed = feedReading(store, gated);
    const rebuild = rebuildProjection({ dataSource: ds, feed, definition: hazardLedger });
    await atPause;
    const [{ open }] = await ds.query(
      `SELECT count(*)::int AS open FROM pg_stat_activity
        WHERE application_name = 'hazard-ledger-rebuild' AND backend_xid IS NOT NULL AND datname = current_database()`,
    );
    expect(open).toBeGreaterThanOrEqual(3); // history, valid time, state: each COPY's transaction holds an id

    const appended = await store.append('probe-late', [aNewEvent()], 'no_stream');

    // The fill stays paused until resume(), so however long this takes, the event was readable before it ended.
    await waitFor(
      async () => comparePositions(await store.headPosition(), appended.logPosition) >= 0,
      HORIZON_WAIT_MS,
      20,
    );
    const read = await store.readAll({ from: { commit: 0n, prepare: 0n }, limit: 5000 });
    expect(read.events.map((e) => e.streamId)).toContain('probe-late');
    resume();
    const result = await rebuild;
    expect(comparePositions(result.checkpoint, appended.logPosition)).toBeGreaterThanOrEqual(0);
    expect(await ds.query(`SELECT xid FROM read_horizon_exempt`)).toEqual([]);
  }, 120_000);
});
