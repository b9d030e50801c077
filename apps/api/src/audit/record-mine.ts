import { NotFoundException } from '@nestjs/common';
import { streams } from '@hazard-ledger/domain';
import { EventStore } from '@hazard-ledger/event-store';

const STREAM_OF = {
  inspection: streams.inspection,
  document: streams.document,
  penalty: streams.penalty,
  contractor: streams.contractor,
  'hidden-factor': streams.hiddenFactor,
  'exam-campaign': streams.examCampaign,
} as const;

/**
 * Records whose opening event names their mine (a document's draft, a penalty decision, a contractor's
 * registration, a hidden factor, an exam campaign's launch): the mine, or 404.
 */
export const recordMineOf = async (
  store: EventStore,
  entity: { entityType: keyof typeof STREAM_OF; entityId: string },
): Promise<string> => {
  const [first] = await store.readStream(STREAM_OF[entity.entityType](entity.entityId), { maxCount: 1 });
  const mineId = (first?.data as { mineId?: unknown } | undefined)?.mineId;
  if (typeof mineId !== 'string')
    throw new NotFoundException(`记录 ${entity.entityId} 不存在 / Record ${entity.entityId} does not exist`);
  return mineId;
};
