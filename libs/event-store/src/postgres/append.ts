import { PoolClient } from 'pg';
import { HashAlgorithm, NewEvent } from '@hazard-ledger/domain';
import { AppendResult, ExpectedRevision } from '../event-store.port';
import { assertStorable, toPlainJson } from '../integrity/canonical-json';
import { validateAppend } from '../validate-append';
import { AppendRequest, appendBatch } from './append-batch';

/** Validates and reduces events to the plain JSON that is stored and hashed (undefined members dropped). */
export const toAppendRequest = (streamId: string, events: NewEvent[], expected: ExpectedRevision): AppendRequest => {
  const plain = validateAppend(streamId, events).map((e) => toPlainJson(e));
  plain.forEach((e) => assertStorable(e));
  return { streamId, events: plain, expected };
};

/** One append in its own transaction on a given connection (tests use it to hold a transaction open). */
export const appendInTransaction = async (
  client: PoolClient,
  alg: HashAlgorithm,
  streamId: string,
  events: NewEvent[],
  expected: ExpectedRevision,
): Promise<AppendResult> => {
  const [outcome] = await appendBatch(client, alg, [toAppendRequest(streamId, events, expected)]);
  if ('error' in outcome) throw outcome.error;
  return outcome.ok;
};
