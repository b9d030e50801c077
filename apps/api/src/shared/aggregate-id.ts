import { randomUUID } from 'node:crypto';
import { Request } from 'express';
import { deterministicEventId } from '@hazard-ledger/event-store';

/**
 * Id of an aggregate a command creates. With an Idempotency-Key it is derived from the key, so a retried
 * "create" lands on the same stream and is answered from it instead of creating a twin.
 */
export const newAggregateId = (request: Request, kind: string): string => {
  const key = request.header('idempotency-key');
  return key ? aggregateIdFromKey(key, kind) : randomUUID();
};

export const aggregateIdFromKey = (idempotencyKey: string, kind: string): string =>
  deterministicEventId(idempotencyKey, kind, -1);
