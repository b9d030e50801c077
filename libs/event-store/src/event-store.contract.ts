import { randomUUID } from 'node:crypto';
import { LogPosition, RecordedEvent, comparePositions } from '@hazard-ledger/domain';
import { aNewEvent } from '@hazard-ledger/testing';
import { EventIdConflict, WrongExpectedRevision } from './errors';
import { EventStore } from './event-store.port';
import { ChainVerifier } from './integrity/hash-chain';

export interface ContractSubject {
  store: EventStore;
  cleanup: () => Promise<void>;
}

const stream = () => `contract-${randomUUID()}`;

const collect = async (store: EventStore, from: LogPosition, until: (got: RecordedEvent[]) => boolean) => {
  const controller = new AbortController();
  const got: RecordedEvent[] = [];
  let checkpoint = from;
  const timeout = setTimeout(() => controller.abort(), 15000);
  for await (const batch of store.subscribe(from, { batchSize: 3, signal: controller.signal })) {
    got.push(...batch.events);
    checkpoint = batch.checkpoint;
    if (until(got)) break;
  }
  clearTimeout(timeout);
  return { got, checkpoint };
};

/** One behavioural contract for every adapter (architecture.md §5). */
export const runEventStoreContract = (name: string, factory: () => Promise<ContractSubject>): void => {
  describe(`EventStore contract: ${name}`, () => {
    let subject: ContractSubject;
    let store: EventStore;
    beforeAll(async () => {
      subject = await factory();
      store = subject.store;
    });
    afterAll(() => subject.cleanup());

    it('keeps every envelope field through append and read, and stamps recordedAt itself', async () => {
      const id = stream();
      const event = aNewEvent({ signature: { signer: 'user-1', meaning: '审核通过', value: 'sig' } });
      const before = Date.now();
      const result = await store.append(id, [event], 'no_stream');
      const after = Date.now();
      const [read] = await store.readStream(id);
      expect(read).toMatchObject({ ...event, streamId: id, revision: 0n, position: result.position });
      expect(read.metadata).toEqual(event.metadata);
      expect(result.nextExpectedRevision).toBe(0n);
      const recorded = Date.parse(read.recordedAt);
      expect(recorded).toBeGreaterThanOrEqual(before - 1000);
      expect(recorded).toBeLessThanOrEqual(after + 1000);
      expect(read.recordedAt).not.toBe(event.metadata.occurredAt);
    });

    it('enforces every kind of expected revision and reports the actual one', async () => {
      const id = stream();
      await expect(store.append(id, [aNewEvent()], 'exists')).rejects.toMatchObject({ actual: 'no_stream' });
      await store.append(id, [aNewEvent(), aNewEvent()], 'no_stream');
      await expect(store.append(id, [aNewEvent()], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedRevision);
      await expect(store.append(id, [aNewEvent()], 0n)).rejects.toMatchObject({ actual: 1n, expected: 0n });
      expect((await store.append(id, [aNewEvent()], 1n)).nextExpectedRevision).toBe(2n);
      expect((await store.append(id, [aNewEvent()], 'exists')).nextExpectedRevision).toBe(3n);
      expect((await store.append(id, [aNewEvent()], 'any')).nextExpectedRevision).toBe(4n);
      expect((await store.readStream(id)).map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
    });

    it('returns the original result for a retried append and writes nothing twice', async () => {
      const id = stream();
      const events = [aNewEvent(), aNewEvent()];
      const first = await store.append(id, events, 'no_stream');
      const retry = await store.append(id, events, 'no_stream');
      expect(retry).toEqual(first);
      expect(await store.readStream(id)).toHaveLength(2);
      await expect(store.append(id, [events[0], aNewEvent()], 'any')).rejects.toBeInstanceOf(EventIdConflict);
      expect(await store.readStream(id)).toHaveLength(2);
    });

    it('lets exactly one of several concurrent writers win each revision', async () => {
      const id = stream();
      await store.append(id, [aNewEvent()], 'no_stream');
      const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => store.append(id, [aNewEvent()], 0n)));
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const o of outcomes.filter((o) => o.status === 'rejected')) {
        expect((o as PromiseRejectedResult).reason).toMatchObject({ actual: 1n });
      }
    });

    it('reads a stream from a revision, up to a count, and as of recorded or occurred time', async () => {
      const id = stream();
      const occurred = ['2024-01-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z', '2024-02-01T00:00:00.000Z'];
      for (const [i, occurredAt] of occurred.entries()) {
        await store.append(
          id,
          [aNewEvent({ metadata: { ...aNewEvent().metadata, occurredAt } })],
          i === 0 ? 'no_stream' : BigInt(i - 1),
        );
        await new Promise((r) => setTimeout(r, 30));
      }
      const all = await store.readStream(id);
      expect((await store.readStream(id, { fromRevision: 1n })).map((e) => e.revision)).toEqual([1n, 2n]);
      expect(await store.readStream(id, { maxCount: 2 })).toHaveLength(2);
      expect(await store.readStream(id, { toRecordedAt: all[1].recordedAt })).toHaveLength(2);
      expect(await store.readStream(id, { toRecordedAt: new Date(Date.parse(all[0].recordedAt) - 1) })).toHaveLength(0);
      const validFeb = await store.readStream(id, { toOccurredAt: new Date('2024-02-15T00:00:00Z') });
      expect(validFeb.map((e) => e.revision)).toEqual([0n, 2n]);
      expect(await store.readStream(stream())).toEqual([]);
    });

    it('chains every event of a stream to the one before it', async () => {
      const id = stream();
      await store.append(id, [aNewEvent(), aNewEvent()], 'no_stream');
      await store.append(id, [aNewEvent()], 1n);
      const verifier = new ChainVerifier(id);
      for (const e of await store.readStream(id)) expect(verifier.check({ ...e, ...e.integrity })).toBeUndefined();
    });

    it('stores an upper-case event id in lower case, hashed as stored, and replays a retry in either case', async () => {
      const id = stream();
      const upper = aNewEvent({ eventId: randomUUID().toUpperCase() });
      const first = await store.append(id, [upper], 'no_stream');
      const [read] = await store.readStream(id);
      expect(read.eventId).toBe(upper.eventId.toLowerCase());
      expect(new ChainVerifier(id).check({ ...read, ...read.integrity })).toBeUndefined();
      expect(await store.append(id, [upper], 'no_stream')).toEqual(first);
      expect(await store.append(id, [{ ...upper, eventId: read.eventId }], 'no_stream')).toEqual(first);
      expect(await store.readStream(id)).toHaveLength(1);
    });

    it('reads the global log in batches, each event once, and resumes a subscription from its checkpoint', async () => {
      const from = await store.headPosition();
      const ids = [stream(), stream()];
      for (let i = 0; i < 4; i++) for (const id of ids) await store.append(id, [aNewEvent()], 'any');
      const mine = (e: RecordedEvent) => ids.includes(e.streamId);
      const first = await collect(store, from, (got) => got.filter(mine).length >= 4);
      const rest = await collect(
        store,
        first.checkpoint,
        (got) => got.filter(mine).length + first.got.filter(mine).length >= 8,
      );
      const seen = [...first.got, ...rest.got].filter(mine);
      expect(seen).toHaveLength(8);
      expect(new Set(seen.map((e) => e.eventId)).size).toBe(8);
      const positions = [...first.got, ...rest.got].map((e) => e.logPosition);
      for (let i = 1; i < positions.length; i++)
        expect(comparePositions(positions[i - 1], positions[i])).toBeLessThan(0);
      const page = await store.readAll({ from, limit: 3 });
      expect(page.events.length).toBeLessThanOrEqual(3);
      expect(comparePositions(await store.headPosition(), from)).toBeGreaterThan(0);
    });
  });
};
