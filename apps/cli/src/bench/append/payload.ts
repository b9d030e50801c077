import { randomUUID } from 'node:crypto';
import { EventData, EventMetadata, NewEvent } from '@hazard-ledger/domain';

export const BENCH_EVENT_TYPE = 'HazardReported';

// A realistic report: the full envelope (actor, two clocks, correlation, reason, device) makes the row
// about as wide as production rows, which is what WAL volume and hashing cost depend on.
const data: EventData = {
  hazardId: '7d1c2b8e-4f5a-4c3e-9b2d-1a6e8f0c3d47',
  mineId: 'MINE-YN-0427',
  location: { area: '3号采区', level: '-240m 中段', point: 'K3+120 回风巷' },
  category: 'roof-fall',
  grade: 'major',
  description: '回风巷顶板局部离层，锚杆托盘松动 3 处，需停止作业并加强支护',
  reportedAt: '2026-11-29T02:14:05.000Z',
};

const metadata: EventMetadata = {
  actor: { id: 'u-20931', name: '李建国', role: 'safety-inspector', org: 'ORG-YN-KM-031', certificateNo: 'AQ-2024-118830' },
  occurredAt: '2026-11-29T02:10:00.000Z',
  correlationId: '0f3e7a52-61c4-4d9b-8a3f-5b2e9c7d1e64',
  causationId: 'c6a1d0e9-2b7f-4e58-93a4-7f0d6b1c2e85',
  reason: '日常巡检发现',
  referenceVersion: 'GB/T 33000-2016',
  device: { time: '2026-11-29T02:13:58.000Z', gps: { lat: 25.0389, lon: 102.7183 } },
};

/** The same content for every writer kind; only the event id is fresh, as every store requires. */
export const benchEvent = (): NewEvent => ({ eventId: randomUUID(), type: BENCH_EVENT_TYPE, schemaVersion: 1, data, metadata });

export const benchEventBytes = (): number => Buffer.byteLength(JSON.stringify(benchEvent()));
