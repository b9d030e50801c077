import { randomUUID } from 'node:crypto';
import { EventMetadata, NewEvent } from '@hazard-ledger/domain';

export const anActor = (overrides: Partial<EventMetadata['actor']> = {}): EventMetadata['actor'] => ({
  id: 'user-inspector-1',
  name: '张检查',
  role: 'inspector',
  org: '示范区应急管理局',
  ...overrides,
});

/** A valid event with every envelope field filled, so round-trip tests notice a dropped field. */
export const aNewEvent = (overrides: Partial<NewEvent> = {}): NewEvent => ({
  eventId: randomUUID(),
  type: 'TestEventRecorded',
  schemaVersion: 1,
  data: {
    subjectId: 'x-1',
    note: '井下巷道顶板离层',
    amount: 12.5,
    tags: ['甲', 'b'],
    nested: { ok: true, none: null },
  },
  metadata: {
    actor: anActor({ certificateNo: 'ZF-2024-001' }),
    onBehalfOf: anActor({ id: 'user-leader-1', name: '李科长', role: 'supervising_leader' }),
    occurredAt: '2024-03-01T08:30:00.000Z',
    correlationId: randomUUID(),
    causationId: randomUUID(),
    idempotencyKey: randomUUID(),
    reason: '测试 / test',
    referenceVersion: 'catalogue-2022-88@1',
    device: { time: '2024-03-01T08:29:58.000Z', gps: { lat: 37.87, lon: 112.55 } },
    evidence: [{ hash: 'ab'.repeat(32), alg: 'sm3', name: 'photo.jpg', mime: 'image/jpeg' }],
  },
  ...overrides,
});
