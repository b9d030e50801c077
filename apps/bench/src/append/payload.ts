import { randomUUID } from 'node:crypto';
import { EventData, EventMetadata, NewEvent } from '@hazard-ledger/domain';

export const BENCH_EVENT_TYPE = 'HazardReported';

// A realistic report: the full envelope (actor, two clocks, correlation, reason, device) makes the row
// about as wide as production rows, which is what WAL volume and hashing cost depend on.
const data: EventData = {
  hazardId: '7d1c2b8e-4f5a-4c3e-9b2d-1a6e8f0c3d47',
  mineId: 'MINE-YN-0427',
  location: { area: '3号采区', level: '-240m', point: 'K3+120' },
  category: 'roof-fall',
  grade: 'major',
  description: '回风巷顶板离层，锚杆托盘松动',
  reportedAt: '2026-11-29T02:14:05.000Z',
};

const metadata: EventMetadata = {
  actor: { id: 'u-20931', name: '李建国', role: 'inspector', org: 'ORG-YN-031', certificateNo: 'AQ-2024-118830' },
  occurredAt: '2026-11-29T02:10:00.000Z',
  correlationId: '0f3e7a52-61c4-4d9b-8a3f-5b2e9c7d1e64',
  reason: '日常巡检发现',
  referenceVersion: 'GB/T 33000-2016',
  device: { gps: { lat: 25.0389, lon: 102.7183 } },
};

/** The same content for every writer kind; only the event id is fresh, as every store requires. */
export const benchEvent = (): NewEvent => ({
  eventId: randomUUID(),
  type: BENCH_EVENT_TYPE,
  schemaVersion: 1,
  data,
  metadata,
});

export const benchPayloadBytes = (): number => Buffer.byteLength(JSON.stringify({ data, metadata }));
