import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LogPosition, START, comparePositions } from '@hazard-ledger/domain';
import { createDataSource } from '@hazard-ledger/platform';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { TestDatabase, aNewEvent, createTestDatabase, waitFor } from '@hazard-ledger/testing';
import * as fx from '@hazard-ledger/domain/fixtures/hazard';
import { ProjectionRunner, liveTables, readCheckpoint } from '@hazard-ledger/projection-engine';
import { dualReportBoard } from '../dual-report-board';
import { supervisionBoard } from '../supervision-board';
import { BoardQuery } from './board-query';

export const DETERMINED = '2024-03-10T00:00:00.000Z';
export const hoursAfter = (h: number) => new Date(Date.parse(DETERMINED) + h * 3_600_000).toISOString();

/**
 * One major hazard, determined, reported late to the regulator, listed for supervision and granted an extension,
 * projected onto both boards in a fresh database (registers beforeAll/afterAll).
 */
export const useBoardHistory = () => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: PostgresEventStore;
  let last: LogPosition = START;
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    store = new PostgresEventStore({ connectionString: db.url, pollIntervalMs: 20 });
    const append = async (streamId: string, e: { type: string; data: object }) => {
      const r = await store.append(
        streamId,
        [aNewEvent({ eventId: randomUUID(), type: e.type, data: e.data as never })],
        'any',
      );
      if (comparePositions(r.logPosition, last) > 0) last = r.logPosition;
    };
    await append(`mine-${fx.MINE_ID}`, {
      type: 'MineRegistered',
      data: { mineId: fx.MINE_ID, name: '示范铁矿', siteType: 'underground', jurisdiction: '140404' },
    });
    const events = [
      ...fx.history.discovered,
      fx.aMajorHazardDetermined({ determinedAt: DETERMINED, policyVersion: 'policy@2024.1' }),
      fx.aDualReportSubmitted({ recipient: 'regulator', submittedAt: hoursAfter(2) }),
      // Received 30 h after determination: policy@2024.1 allows 24 h (a placeholder number).
      fx.aDualReportReceived({ recipient: 'regulator', receivedAt: hoursAfter(30) }),
      fx.aSupervisionListed(),
      fx.aRemediationPlanSubmitted(),
      fx.aRemediationPlanAccepted({ planVersion: 1 }),
      fx.anExtensionRequested(),
      fx.anExtensionGranted(),
    ];
    for (const e of events) await append(`hazard-${fx.HAZARD_ID}`, e);
    const runner = new ProjectionRunner(ds, store, [
      dualReportBoard.create(liveTables, store),
      supervisionBoard.create(liveTables, store),
    ]);
    runner.start();
    await waitFor(async () =>
      (await Promise.all(['dual-report-board', 'supervision-board'].map((n) => readCheckpoint(ds.manager, n)))).every(
        (c) => comparePositions(c, last) >= 0,
      ),
    );
    await runner.stop();
  });
  afterAll(async () => {
    await store.close();
    await ds.destroy();
    await db.drop();
  });

  const query = (q: Partial<BoardQuery>): BoardQuery => ({
    scope: { kind: 'all' },
    now: hoursAfter(100),
    limit: 10,
    ...q,
  });
  return { db: () => ds.manager, query };
};
