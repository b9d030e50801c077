import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { LogPosition, RecordedEvent, START, comparePositions, hazardDecider } from '@hazard-ledger/domain';
import { createDataSource } from '@hazard-ledger/platform';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { TestDatabase, aNewEvent, createTestDatabase, suiteEnv, waitFor } from '@hazard-ledger/testing';
import * as fx from '@hazard-ledger/domain/fixtures/hazard';
import { readCheckpoint, liveTables, ProjectionRunner, compareInstants } from '@hazard-ledger/projection-engine';
import { HazardCut, foldHazardStream } from './hazard-as-of';
import { evolveHazard, hazardSnapshots } from './hazard-snapshots.projection';

const HISTORIES = [fx.history.majorClosed, fx.history.escalated, fx.history.generalClosed];

/** The fold every answer must equal: the whole stream, filtered by the cut, from the initial state. */
const independentFold = (events: RecordedEvent[], cut: HazardCut) =>
  events
    .filter((e) => cut.toRecordedAt === undefined || compareInstants(e.recordedAt, cut.toRecordedAt) <= 0)
    .filter((e) => cut.toOccurredAt === undefined || compareInstants(e.metadata.occurredAt, cut.toOccurredAt) <= 0)
    .reduce(evolveHazard, hazardDecider.initialState());

describe('hazard as of a cut, from snapshots (property, real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  suiteEnv('HAZARD_SNAPSHOT_EVERY', '3');
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    store = new PostgresEventStore({ connectionString: db.url, pollIntervalMs: 20 });
    runner = new ProjectionRunner(ds, store, [hazardSnapshots.create(liveTables, store)], { batchSize: 4 });
    runner.start();
  });
  afterAll(async () => {
    await runner.stop();
    await store.close();
    await ds.destroy();
    await db.drop();
  });

  const sources = () => ({ snapshots: store.pool, feed: store });
  const appendHistory = async (history: (typeof HISTORIES)[number], length: number, minutes: number[]) => {
    const streamId = `hazard-${randomUUID()}`;
    let last: LogPosition = START;
    for (const [i, e] of history.slice(0, length).entries()) {
      // Claimed times wander: later events often claim earlier instants (backdated).
      const occurredAt = new Date(Date.UTC(2024, 0, 1) + minutes[i] * 60_000).toISOString();
      const metadata = { ...aNewEvent().metadata, occurredAt };
      const event = aNewEvent({ eventId: randomUUID(), type: e.type, data: e.data as never, metadata });
      last = (await store.append(streamId, [event], 'any')).logPosition;
    }
    await waitFor(async () => comparePositions(await readCheckpoint(ds.manager, 'hazard-snapshots'), last) >= 0);
    return streamId;
  };

  it('for random histories and cuts on either or both axes, the answer equals the independent fold', async () => {
    let fromSnapshot = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...HISTORIES),
        fc.integer({ min: 1, max: 17 }),
        fc.array(fc.integer({ min: 0, max: 10 * 24 * 60 }), { minLength: 17, maxLength: 17 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('r', 'o', 'ro', '')), { minLength: 6, maxLength: 6 }),
        async (history, length, minutes, probes) => {
          const streamId = await appendHistory(history, length, minutes);
          const events = await store.readStream(streamId);
          for (const [r, o, axes] of probes) {
            const cut: HazardCut = {
              ...(axes.includes('r') ? { toRecordedAt: events[r % events.length].recordedAt } : {}),
              ...(axes.includes('o') ? { toOccurredAt: events[o % events.length].metadata.occurredAt } : {}),
            };
            const answer = await foldHazardStream(sources(), streamId, cut);
            if (answer.fromSnapshot !== undefined) fromSnapshot++;
            expect({ cut, hazard: answer.hazard }).toEqual({ cut, hazard: independentFold(events, cut) });
          }
        },
      ),
      { numRuns: 20 },
    );
    // The property means little unless snapshots were really the starting point for many answers.
    expect(fromSnapshot).toBeGreaterThan(10);
  }, 120_000);

  it('ignores a snapshot whose last event does not carry the hash it names, and folds the whole stream', async () => {
    const streamId = await appendHistory(
      fx.history.majorClosed,
      17,
      Array.from({ length: 17 }, (_, i) => i),
    );
    const events = await store.readStream(streamId);
    const clean = await foldHazardStream(sources(), streamId);
    expect(clean.fromSnapshot).toBe(14n);
    await ds.query(`UPDATE hazard_snapshots SET hash = 'tampered', state = '{}' WHERE stream_id = $1`, [streamId]);
    const answer = await foldHazardStream(sources(), streamId);
    expect(answer).toEqual({ hazard: independentFold(events, {}), revision: 16n, logPosition: events[16].logPosition });
  });

  it('writes each snapshot once, at every third revision, even when batches are delivered again', async () => {
    const streamId = await appendHistory(
      fx.history.majorClosed,
      17,
      Array.from({ length: 17 }, (_, i) => i),
    );
    const projection = hazardSnapshots.create(liveTables, store);
    await ds.transaction((tx) => store.readStream(streamId).then((all) => projection.apply(all, tx)));
    const rows = await ds.query(`SELECT revision::int AS r FROM hazard_snapshots WHERE stream_id = $1 ORDER BY 1`, [
      streamId,
    ]);
    expect(rows.map((x: { r: number }) => x.r)).toEqual([2, 5, 8, 11, 14]);
  });
});
