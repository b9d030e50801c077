import { randomUUID } from 'node:crypto';
import {
  Actor,
  EventData,
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
  aDualReportReceived,
  aDualReportSubmitted,
  aHazardDiscovered,
  aHazardLocationAmended,
  aMajorHazardDetermined,
} from '@hazard-ledger/domain/fixtures/hazard';
import { ProjectionRunner, liveTables } from '@hazard-ledger/projection-engine';
import { knowledgeTimeline } from './knowledge-timeline.projection';
import { KnowledgeTimelineEntry, knowledgeTimelineOf } from './knowledge-timeline.queries';

const at = (time: string) => `2024-03-10T${time}:00.000Z`;
const micros = (time: string) => `2024-03-10T${time}:00.000000Z`;
const dump = `SELECT k.*, recorded_at::text AS recorded FROM hazard_knowledge_events k ORDER BY position, party`;
const dumpFirst = `SELECT f.*, recorded_at::text AS recorded FROM hazard_first_knowledge f ORDER BY hazard_id, party`;

describe('knowledge timeline (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: PostgresEventStore;
  let lastWrite: LogPosition = START;
  const hazardId = randomUUID();
  const tipped = randomUUID();
  const runner = () => new ProjectionRunner(ds, store, [knowledgeTimeline.create(liveTables)], { batchSize: 3 });

  const append = async (hazard: string, e: { type: string; data: unknown }, actor: Actor, time: string) => {
    const { id, name, role, org } = actor;
    const event = aNewEvent({
      type: e.type,
      data: { ...(JSON.parse(JSON.stringify(e.data)) as EventData), hazardId: hazard },
      metadata: { actor: { id, name, role, org }, correlationId: randomUUID(), occurredAt: at(time) },
    });
    const result = await store.append(`hazard-${hazard}`, [event], 'any');
    if (comparePositions(result.logPosition, lastWrite) > 0) lastWrite = result.logPosition;
  };

  const runToEnd = async () => {
    const r = runner();
    r.start();
    await waitFor(async () => {
      const [s] = await r.status();
      return comparePositions(parsePosition(s.checkpoint), lastWrite) >= 0 && s.lagEvents === 0;
    });
    await r.stop();
  };

  let events: RecordedEvent[];
  let knownBeforeBackDating: string;
  const evidenceOf = (i: number) => ({
    kind: 'event',
    position: String(events[i].position),
    eventType: events[i].type,
    actor: {
      id: events[i].metadata.actor.id,
      name: events[i].metadata.actor.name,
      role: events[i].metadata.actor.role,
    },
  });
  const timeline = (q: { asOf?: string; validAt?: string } = {}) => knowledgeTimelineOf(ds.manager, { hazardId, ...q });
  const summary = (entries: KnowledgeTimelineEntry[]) =>
    entries.map((e) => [e.party, e.firstKnownAt, e.evidence.position]);

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    store = new PostgresEventStore({ connectionString: db.url, pollIntervalMs: 20 });
    await append(hazardId, aHazardDiscovered({ source: 'self_check' }), actors.staff, '07:30'); // 0
    await append(hazardId, aMajorHazardDetermined(), actors.principal, '08:00'); // 1
    await append(hazardId, aDualReportSubmitted({ recipient: 'regulator' }), actors.principal, '08:10'); // 2
    await append(tipped, aHazardDiscovered({ source: 'tip' }), actors.inspectorB, '06:00'); // 3
    await append(hazardId, aDualReportReceived({ recipient: 'regulator' }), actors.inspectorA, '10:00'); // 4
    await append(hazardId, aDualReportReceived({ recipient: 'workers_congress' }), actors.congressRep, '10:30'); // 5
    await runToEnd();
    // Recorded later, claims an earlier time: a leader's back-dated correction shows the regulator knew at 09:00.
    knownBeforeBackDating = (await store.readAll({ from: START, limit: 100 })).events[5].recordedAt;
    await append(hazardId, aHazardLocationAmended(), actors.leader, '09:00'); // 6
    await runToEnd();
    events = (await store.readAll({ from: START, limit: 100 })).events;
  });
  afterAll(async () => {
    await store.close();
    await ds.destroy();
    await db.drop();
  });

  it("answers each party's first knowledge, earliest first, with the event that shows it", async () => {
    const entries = await timeline();
    expect(summary(entries)).toEqual([
      ['enterprise', micros('07:30'), String(events[0].position)],
      ['reporter', micros('07:30'), String(events[0].position)],
      ['enterprise_principal', micros('08:00'), String(events[1].position)],
      ['regulator', micros('09:00'), String(events[6].position)],
      ['inspectors', micros('10:00'), String(events[4].position)],
      ['workers_congress', micros('10:30'), String(events[5].position)],
    ]);
    expect(entries[3]).toEqual({
      party: 'regulator',
      firstKnownAt: micros('09:00'),
      recordedAt: events[6].recordedAt,
      evidence: evidenceOf(6),
    });
  });

  it('keeps other hazards apart: a tip shows the public knew', async () => {
    const entries = await knowledgeTimelineOf(db.query, { hazardId: tipped });
    expect(entries.map((e) => e.party).sort()).toEqual(['inspectors', 'public', 'regulator', 'reporter']);
    expect(entries.find((e) => e.party === 'public')?.evidence).toEqual(evidenceOf(3));
  });

  it('as of a system time, answers what the platform knew then (before the back-dated event was recorded)', async () => {
    expect(summary(await timeline({ asOf: knownBeforeBackDating }))).toEqual([
      ['enterprise', micros('07:30'), String(events[0].position)],
      ['reporter', micros('07:30'), String(events[0].position)],
      ['enterprise_principal', micros('08:00'), String(events[1].position)],
      ['inspectors', micros('10:00'), String(events[4].position)],
      ['regulator', micros('10:00'), String(events[4].position)],
      ['workers_congress', micros('10:30'), String(events[5].position)],
    ]);
    expect(await timeline({ asOf: '2024-01-01T00:00:00Z' })).toEqual([]);
  });

  it('as of a valid time, counts only knowledge claimed by then', async () => {
    expect((await timeline({ validAt: at('09:30') })).map((e) => e.party)).toEqual([
      'enterprise',
      'reporter',
      'enterprise_principal',
      'regulator',
    ]);
  });

  it('the summary table and the as-of query over the evidence agree', async () => {
    expect(await timeline({ asOf: '2999-01-01T00:00:00Z' })).toEqual(await timeline());
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM hazard_first_knowledge WHERE hazard_id = $1`, [
      hazardId,
    ]);
    expect(n).toBe(6);
  });

  it('changes nothing when every event is delivered again, in any order', async () => {
    const [evidence, first] = [await ds.query(dump), await ds.query(dumpFirst)];
    await ds.transaction((tx) => knowledgeTimeline.create(liveTables).apply([...events].reverse().concat(events), tx));
    expect(await ds.query(dump)).toEqual(evidence);
    expect(await ds.query(dumpFirst)).toEqual(first);
  });
});
