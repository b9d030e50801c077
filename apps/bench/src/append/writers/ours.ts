import { streams } from '@hazard-ledger/domain';
import { randomUUID } from 'node:crypto';
import { ExpectedRevision, PostgresEventStore } from '@hazard-ledger/event-store';
import { benchEvent } from '../payload';
import { WriterKind } from '../measure';

/** Our adapter as the application uses it: sm3 hash chain, exact expected revision, one event per append. */
export const oursWriterKind = (connectionString: string, poolSize: number): WriterKind => {
  const store = new PostgresEventStore({ connectionString, hashAlgorithm: 'sm3', poolSize });
  return {
    name: 'ours',
    writer: () => {
      const streamId = streams.hazard(randomUUID());
      let expected: ExpectedRevision = 'no_stream';
      return async () => {
        const result = await store.append(streamId, [benchEvent()], expected);
        expected = result.nextExpectedRevision;
      };
    },
    close: () => store.close(),
  };
};
