import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  DomainEvent,
  Hazard,
  HazardEvent,
  LogPosition,
  START,
  comparePositions,
  formatPosition,
  hazardDecider,
} from '@hazard-ledger/domain';
import { EVENT_STORE, EventStore } from '@hazard-ledger/event-store';
import { aNewEvent, suiteEnv } from '@hazard-ledger/testing';
import { DataSource } from 'typeorm';
import { dualReportBoard, hazardLedger, supervisionBoard } from '@hazard-ledger/read-models';
import { rebuildProjection } from '@hazard-ledger/projection-engine';
import { caughtUp, hashesOf } from '../../support/read-model-snapshot';
import * as fx from '@hazard-ledger/domain/fixtures/hazard';
import { ApiApp } from '../../support/api-app';
import { startWithDemoMines } from '../hazards/hazard-steps';

/** Lifecycle histories long enough to pass through many states; a random prefix of one is a random history. */
const HISTORIES = [fx.history.majorClosed, fx.history.escalated, fx.history.generalClosed, fx.history.orderedVerified];

interface Stored {
  type: string;
  data: Record<string, unknown>;
  occurredAt: string;
  recordedAt: string;
}

/** The independent answer: filter the stored events by one clock, fold them in stream order. */
const foldWhere = (events: Stored[], keep: (e: Stored) => boolean): Hazard =>
  events
    .filter(keep)
    .reduce(
      (s, e) => hazardDecider.evolve(s, { type: e.type, data: e.data } as DomainEvent as HazardEvent),
      hazardDecider.initialState(),
    );

const micros = (iso: string) =>
  BigInt(Date.parse(iso.slice(0, 23) + 'Z')) * 1000n + BigInt((/^\d*/.exec(iso.slice(23))![0] + '000').slice(0, 3));
const shift = (iso: string, deltaUs: number) => {
  const us = micros(iso) + BigInt(deltaUs);
  const ms = Number(us / 1000n);
  return new Date(ms).toISOString().slice(0, 23) + String(us % 1000n).padStart(3, '0') + 'Z';
};

describe('as-of answers equal an independent fold (property, real PostgreSQL, API + ledger)', () => {
  let api: ApiApp;
  let store: EventStore;
  let auditor: string;
  /** The furthest log position appended by the property runs (the rebuild comparison waits for it). */
  let head: LogPosition = START;
  // Snapshots every 2nd event: GET /hazards/:id starts from one whenever the snapshot projection has caught up.
  suiteEnv('HAZARD_SNAPSHOT_EVERY', '2');
  beforeAll(async () => {
    api = await startWithDemoMines({ runProjections: true });
    store = api.app.get(EVENT_STORE);
    auditor = await api.login('auditor');
  }, 60_000);
  afterAll(() => api.close());

  // Reads with ?minPosition= may wait up to 30 s (Prefer: wait): a loaded CI machine can hold the horizon for seconds.
  const get = (path: string) => api.http.get(path).set({ Authorization: auditor, Prefer: 'wait=30' }).expect(200);

  it('for random histories and instants, ?asOf and ?validAt agree with the fold on both axes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...HISTORIES),
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.integer({ min: 0, max: 20 * 24 * 60 }), { minLength: 30, maxLength: 30 }),
        fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        async (history, length, minutes, probes) => {
          const hazardId = randomUUID();
          const events = history.slice(0, Math.min(length, history.length));
          const stored: Stored[] = [];
          let last = '';
          for (const [i, e] of events.entries()) {
            // occurredAt claims are random (often out of order), recordedAt is the store's clock.
            const occurredAt = new Date(Date.UTC(2024, 0, 1) + minutes[i] * 60_000).toISOString();
            const data = { ...e.data, hazardId, ...(e.type === 'HazardDiscovered' ? { mineId: 'mine-demo-1' } : {}) };
            const base = aNewEvent();
            const result = await store.append(
              `hazard-${hazardId}`,
              [{ ...base, type: e.type, data: data as never, metadata: { ...base.metadata, occurredAt } }],
              'any',
            );
            last = formatPosition(result.logPosition);
            if (comparePositions(result.logPosition, head) > 0) head = result.logPosition;
            const [row] = await api.db.query<{ recorded_at: string }>(
              `SELECT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS recorded_at
                 FROM events WHERE stream_id = $1 AND stream_position = $2`,
              [`hazard-${hazardId}`, i],
            );
            stored.push({ type: e.type, data, occurredAt, recordedAt: row.recorded_at });
          }
          const recorded = stored.map((e) => e.recordedAt);
          const asOfs = probes.map((p, i) => shift(recorded[p % recorded.length], i % 2 === 0 ? 0 : -1));
          const occurred = stored.map((e) => e.occurredAt);
          const validAts = probes.map((p, i) => shift(occurred[p % occurred.length], i % 2 === 0 ? 0 : -1000));
          for (const [axis, instants, keep] of [
            ['asOf', asOfs, (t: string) => (e: Stored) => micros(e.recordedAt) <= micros(t)],
            ['validAt', validAts, (t: string) => (e: Stored) => micros(e.occurredAt) <= micros(t)],
          ] as const) {
            for (const t of instants) {
              const expected = foldWhere(stored, keep(t));
              const one = await api.http.get(`/hazards/${hazardId}?${axis}=${t}`).set('Authorization', auditor);
              if (expected.status === 'not_discovered') expect(one.status).toBe(404);
              else expect(one.body.hazard).toEqual(JSON.parse(JSON.stringify(expected)));
              const ledger = await get(`/ledgers/hazards?${axis}=${t}&minPosition=${last}&limit=200`);
              const row = ledger.body.items.find((r: { hazardId: string }) => r.hazardId === hazardId);
              const known = expected.status !== 'not_discovered';
              // Scope columns (jurisdiction) must survive every version, or scoped users would lose rows.
              expect({ axis, t, status: row?.status, jurisdiction: row?.jurisdiction }).toEqual({
                axis,
                t,
                status: known ? expected.status : undefined,
                jurisdiction: known ? '140404' : undefined,
              });
            }
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 180_000);

  it('after those random (often backdated) histories, a rebuild (bulk COPY path) gives the same rows', async () => {
    const ds = api.app.get(DataSource);
    const definitions = [hazardLedger, dualReportBoard, supervisionBoard];
    // The ledger reads above waited for the ledger only; the boards' runners may still be applying the last events.
    await caughtUp(ds, definitions, head);
    for (const definition of definitions) {
      const before = await hashesOf(ds, definition.tables);
      await rebuildProjection({ dataSource: ds, feed: store, definition });
      expect({ model: definition.name, tables: await hashesOf(ds, definition.tables, store) }).toEqual({
        model: definition.name,
        tables: before,
      });
    }
  }, 120_000);
});
