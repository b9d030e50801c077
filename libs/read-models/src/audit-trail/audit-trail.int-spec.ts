import { randomUUID } from 'node:crypto';
import {
  Actor,
  EventData,
  EventMetadata,
  LogPosition,
  RecordedEvent,
  START,
  comparePositions,
  parsePosition,
} from '@hazard-ledger/domain';
import { createDataSource } from '@hazard-ledger/platform';
import { PostgresEventStore } from '@hazard-ledger/event-store';
import { TestDatabase, aNewEvent, createTestDatabase, waitFor } from '@hazard-ledger/testing';
import { DataSource } from 'typeorm';
import {
  actors,
  aHazardDescriptionAmended,
  aHazardDiscovered,
  aMajorHazardDetermined,
  aProductionSuspended,
  aSuspensionLifted,
} from '@hazard-ledger/domain/fixtures/hazard';
import { aMineRegistered } from '@hazard-ledger/domain/fixtures/mine';
import { ProjectionRunner, liveTables, shadowTables } from '@hazard-ledger/projection-engine';
import { auditTrail } from './audit-trail.projection';
import { AuditTrailEntry, auditTrailOfActor, auditTrailOfEntity } from './audit-trail.queries';
import { InvalidPageCursor } from './query-support';

const at = (time: string) => `2024-03-10T${time}:00.000Z`;
const dump = `SELECT to_jsonb(a) - 'recorded_at' AS r, recorded_at::text FROM audit_trail a ORDER BY position`;
const dumpStates = `SELECT stream_id, revision::text, state FROM audit_trail_states ORDER BY stream_id`;

describe('audit trail (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: PostgresEventStore;
  let lastWrite: LogPosition = START;
  const hazardId = randomUUID();
  const mineId = randomUUID();

  /** Appends a domain event as `actor` would through the API: the actor and the claimed time in metadata. */
  const append = async (
    stream: string,
    e: { type: string; data: unknown },
    actor: Actor,
    meta: Partial<EventMetadata>,
  ) => {
    const { id, name, role, org } = actor;
    const event = aNewEvent({
      type: e.type,
      data: JSON.parse(JSON.stringify(e.data)) as EventData,
      metadata: { actor: { id, name, role, org }, correlationId: randomUUID(), occurredAt: at('00:00'), ...meta },
    });
    const result = await store.append(stream, [event], 'any');
    if (comparePositions(result.logPosition, lastWrite) > 0) lastWrite = result.logPosition;
  };

  const runToEnd = async () => {
    const runner = new ProjectionRunner(ds, store, [auditTrail.create(liveTables)], { batchSize: 2 });
    runner.start();
    await waitFor(async () => {
      const [s] = await runner.status();
      return comparePositions(parsePosition(s.checkpoint), lastWrite) >= 0 && s.lagEvents === 0;
    });
    await runner.stop();
  };

  let events: RecordedEvent[];
  const hazardEvents = () => events.filter((e) => e.streamId === `hazard-${hazardId}`);

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    store = new PostgresEventStore({ connectionString: db.url, pollIntervalMs: 20 });
    const hazard = `hazard-${hazardId}`;
    const on = { hazardId };
    await append(`mine-${mineId}`, aMineRegistered({ mineId }), actors.leader, {
      occurredAt: '2024-03-01T08:00:00.000Z',
    });
    await append(hazard, aHazardDiscovered({ ...on, mineId }), actors.staff, { occurredAt: at('07:30') });
    await append(hazard, aHazardDescriptionAmended(on), actors.staff, { occurredAt: at('08:00') });
    await append(hazard, aMajorHazardDetermined(on), actors.principal, { occurredAt: at('09:00') });
    await append(hazard, aProductionSuspended(on), actors.inspectorA, { occurredAt: at('09:30') });
    await append(hazard, aSuspensionLifted(on), actors.leader, {
      occurredAt: at('10:00'),
      reason: '复产验收通过 / resumption approved',
      onBehalfOf: { id: 'reg-leader-2', name: '周局长', role: 'supervising_leader', org: '上党区应急管理局' },
    });
    await runToEnd();
    events = (await store.readAll({ from: START, limit: 100 })).events;
  });
  afterAll(async () => {
    await store.close();
    await ds.destroy();
    await db.drop();
  });

  const entity = (extra: Partial<Parameters<typeof auditTrailOfEntity>[1]> = {}) =>
    auditTrailOfEntity(ds.manager, { entityType: 'hazard', entityId: hazardId, limit: 100, ...extra });

  it('writes one row per event with who, both clocks to the microsecond, the reason and what changed', async () => {
    const { entries, nextCursor } = await entity();
    expect(nextCursor).toBeUndefined();
    expect(entries.map((e) => [e.revision, e.eventType, e.actor.id, e.occurredAt, e.recordedAt])).toEqual(
      hazardEvents().map((e) => [
        String(e.revision),
        e.type,
        e.metadata.actor.id,
        e.metadata.occurredAt.replace('.000Z', '.000000Z'),
        e.recordedAt,
      ]),
    );
    expect(entries[1]).toMatchObject({
      entityType: 'hazard',
      entityId: hazardId,
      position: String(hazardEvents()[1].position),
      eventId: hazardEvents()[1].eventId,
      actor: { id: 'ent-staff-1', name: '王安全', role: 'enterprise_staff', org: '示范矿业有限公司' },
      reason: '补充现场核实情况 / details confirmed on site',
      changes: [
        { path: 'description', before: '采场东侧安全出口被废石堵塞', after: expect.stringContaining('完全堵塞') },
      ],
      data: expect.objectContaining({ hazardId, previous: '采场东侧安全出口被废石堵塞' }),
    });
    expect(entries[4]).toMatchObject({
      reason: '复产验收通过 / resumption approved',
      onBehalfOfId: 'reg-leader-2',
      changes: [
        { path: 'suspension.issuer', before: 'regulator', after: null },
        { path: 'suspension.orderNo', before: '上应急停〔2024〕1号', after: null },
      ],
    });
    const [state] = await ds.query(
      `SELECT revision::int AS revision, state->>'status' AS status
                                      FROM audit_trail_states WHERE stream_id = $1`,
      [`hazard-${hazardId}`],
    );
    expect(state).toEqual({ revision: 4, status: 'major_determined' });
  });

  it('pages with a cursor, returning each entry exactly once', async () => {
    const seen: AuditTrailEntry[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await entity({ limit: 2, cursor });
      seen.push(...page.entries);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual((await entity()).entries);
  });

  it('answers as of a system time (what the platform knew) and as of a valid time', async () => {
    const third = hazardEvents()[2];
    expect((await entity({ asOf: third.recordedAt })).entries.map((e) => e.eventType)).toEqual([
      'HazardDiscovered',
      'HazardDescriptionAmended',
      'MajorHazardDetermined',
    ]);
    expect((await entity({ validAt: at('08:30') })).entries).toHaveLength(2);
    expect((await entity({ asOf: third.recordedAt, validAt: at('07:45') })).entries).toHaveLength(1);
  });

  it("lists one actor's acts across entities, within a recorded-at window", async () => {
    const leader = (extra = {}) => auditTrailOfActor(db.query, { actorId: actors.leader.id, limit: 10, ...extra });
    expect((await leader()).entries.map((e) => [e.entityType, e.eventType])).toEqual([
      ['mine', 'MineRegistered'],
      ['hazard', 'SuspensionLifted'],
    ]);
    const lift = hazardEvents()[4].recordedAt;
    expect((await leader({ from: lift })).entries.map((e) => e.eventType)).toEqual(['SuspensionLifted']);
    expect((await leader({ to: lift })).entries.map((e) => e.eventType)).toEqual(['MineRegistered']);
    const firstPage = await leader({ limit: 1 });
    const second = await leader({ limit: 1, cursor: firstPage.nextCursor });
    expect([firstPage.entries[0].eventType, second.entries[0].eventType, second.nextCursor]).toEqual([
      'MineRegistered',
      'SuspensionLifted',
      undefined,
    ]);
  });

  it('refuses a cursor it did not issue', async () => {
    await expect(entity({ cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(InvalidPageCursor);
  });

  it('changes nothing when every event is delivered again', async () => {
    const [rows, states] = [await ds.query(dump), await ds.query(dumpStates)];
    await ds.transaction((tx) => auditTrail.create(liveTables).apply([...events, ...events], tx));
    expect(await ds.query(dump)).toEqual(rows);
    expect(await ds.query(dumpStates)).toEqual(states);
  });

  it('writes only into the tables its TableNamer gives (a rebuild into shadow copies)', async () => {
    for (const table of auditTrail.tables)
      await ds.query(`CREATE TABLE ${shadowTables(table)} (LIKE ${table} INCLUDING ALL)`);
    const rows = await ds.query(dump);
    await ds.transaction((tx) => auditTrail.create(shadowTables).apply(events, tx));
    expect(await ds.query(dump.replace('audit_trail a', 'audit_trail__shadow a'))).toEqual(rows);
    expect(await ds.query(dumpStates.replace('audit_trail_states', 'audit_trail_states__shadow'))).toEqual(
      await ds.query(dumpStates),
    );
  });
});
