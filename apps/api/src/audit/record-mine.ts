import { NotFoundException } from '@nestjs/common';
import { streams } from '@hazard-ledger/domain';
import { EventStore } from '@hazard-ledger/event-store';

/** Records whose opening event names their mine (a document's draft, a penalty decision): the mine, or 404. */
export const recordMineOf = async (
  store: EventStore,
  entity: { entityType: 'inspection' | 'document' | 'penalty'; entityId: string },
): Promise<string> => {
  const [first] = await store.readStream(streams[entity.entityType](entity.entityId), { maxCount: 1 });
  const mineId = (first?.data as { mineId?: unknown } | undefined)?.mineId;
  if (typeof mineId !== 'string')
    throw new NotFoundException(`记录 ${entity.entityId} 不存在 / Record ${entity.entityId} does not exist`);
  return mineId;
};
