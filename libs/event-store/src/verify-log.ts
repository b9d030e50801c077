import { START } from '@hazard-ledger/domain';
import { EventStore } from './event-store.port';
import { ChainBreak, ChainVerifier } from './integrity/hash-chain';
import { VerifyReport } from './postgres/verify-chain';

/**
 * Adapter-neutral verification: follows the global log and folds one chain per stream. Used for KurrentDB;
 * PostgreSQL uses verifyPostgresChain, which also checks each stream's anchor row.
 */
export const verifyLog = async (
  store: EventStore,
  options: { streamId?: string } = {},
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<VerifyReport> => {
  const total = await store.countAfter(START, Number.MAX_SAFE_INTEGER);
  const verifiers = new Map<string, ChainVerifier>();
  const broken = new Set<string>();
  const breaks: ChainBreak[] = [];
  let from = START;
  let done = 0;
  let checked = 0;
  for (;;) {
    const batch = await store.readAll({ from, limit: 1000 });
    for (const event of batch.events) {
      done += 1;
      if ((options.streamId && event.streamId !== options.streamId) || broken.has(event.streamId)) continue;
      let verifier = verifiers.get(event.streamId);
      if (!verifier) verifiers.set(event.streamId, (verifier = new ChainVerifier(event.streamId)));
      const found = verifier.check({ ...event, ...event.integrity });
      checked += 1;
      if (found) {
        breaks.push(found);
        broken.add(event.streamId);
      }
    }
    onProgress(done, Math.max(total, done));
    if (batch.events.length === 0) break;
    from = batch.checkpoint;
  }
  return { checkedEvents: checked, checkedStreams: verifiers.size, breaks };
};
