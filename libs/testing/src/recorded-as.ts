import { RecordedEvent } from '@hazard-ledger/domain';

/** A hazard or mine event as the store would deliver it, with both clocks chosen by the spec. */
export const recordedAs = (
  streamId: string,
  revision: number,
  event: { type: string; data: object },
  at: { recordedAt: string; occurredAt?: string; position?: number; role?: string },
): RecordedEvent => ({
  eventId: `00000000-0000-4000-8000-${String(at.position ?? revision).padStart(12, '0')}`,
  type: event.type,
  schemaVersion: 1,
  data: event.data as RecordedEvent['data'],
  metadata: {
    actor: { id: 'user-1', name: '测试', role: at.role ?? 'enterprise_staff', org: '示范矿业' },
    occurredAt: at.occurredAt ?? at.recordedAt,
    correlationId: 'c-1',
  },
  streamId,
  revision: BigInt(revision),
  position: BigInt(at.position ?? revision),
  logPosition: { commit: BigInt(at.position ?? revision), prepare: BigInt(at.position ?? revision) },
  recordedAt: at.recordedAt,
  integrity: { alg: 'sm3', prevHash: '0', hash: '1' },
});
