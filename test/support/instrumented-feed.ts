import { PostgresEventStore } from '@hazard-ledger/event-store';
import { EventFeed, StreamOrderedReader } from '@hazard-ledger/projection-engine';

/** A stream reader that delegates to `reader` but reads its pages through `readStreams` (no recipe: no threads). */
export const readerReading = (
  reader: StreamOrderedReader,
  readStreams: StreamOrderedReader['readStreams'],
): StreamOrderedReader => ({
  cut: () => reader.cut(),
  splitPoints: (prefix, parts) => reader.splitPoints(prefix, parts),
  close: () => reader.close(),
  exemptFromHorizon: reader.exemptFromHorizon && ((xid, reason) => reader.exemptFromHorizon!(xid, reason)),
  readStreams,
});

/** The store as a rebuild's event feed, its partitioned fills reading through `reader`. */
export const feedReading = (store: PostgresEventStore, reader: StreamOrderedReader): EventFeed => ({
  readAll: store.readAll.bind(store),
  readStream: store.readStream.bind(store),
  subscribe: store.subscribe.bind(store),
  headPosition: () => store.headPosition(),
  countAfter: (from, cap) => store.countAfter(from, cap),
  streamOrderedReader: () => reader,
});
