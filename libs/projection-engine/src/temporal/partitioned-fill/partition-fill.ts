import { LogPosition } from '@hazard-ledger/domain';
import { LeanEvent, StreamIdRange, StreamOrderedReader } from '../../projection';
import { ChunkSink, TupleChunker } from '../binary-copy/binary-copy-writer';
import { BinaryFields } from '../binary-copy/binary-fields';
import { rangeField, versionFieldCount, versionFields } from '../binary-copy/version-tuples';
import { EntityModel } from '../entity-model';
import { FillTable } from './frozen-copies';
import { MineTimeline } from './mine-timeline';
import { OpenRows, PackedOpenRows } from './open-rows';
import { RangedVersion, foldStream } from './stream-fold';

export interface PartitionTask {
  prefix: string;
  range: StreamIdRange;
  upTo: LogPosition;
  pageSize: number;
}

export interface PartitionResult {
  events: number;
  entities: number;
  /** Open rows (one per entity and table), left to the caller to write last, together, in log order. */
  open: { history: PackedOpenRows; valid: PackedOpenRows };
}

/**
 * Folds the streams of one id range, each whole, and sends their rows (history, valid time, state revision) as COPY
 * binary chunks to the tables' sinks; open rows are returned instead. The next page is read while this one is folded;
 * a stream cut by the page end waits for the rest.
 */
export async function fillPartition<S, R>(
  model: EntityModel<S, R>,
  reader: StreamOrderedReader,
  sinks: Record<FillTable, ChunkSink>,
  mines: MineTimeline,
  task: PartitionTask,
  onProgress?: (events: number) => void,
  signal?: AbortSignal,
): Promise<PartitionResult> {
  const history = new TupleChunker(sinks.history);
  const valid = new TupleChunker(sinks.valid);
  const state = new TupleChunker(sinks.state);
  const minesAt = (mineId: string, event: LeanEvent) => mines.at(mineId, event);
  const counts = { events: 0, entities: 0 };
  const open = { history: new OpenRows(), valid: new OpenRows() };
  const fields = new BinaryFields();
  const count = versionFieldCount(model);
  const writeStream = async (events: LeanEvent[]) => {
    const fold = foldStream(model, events, minesAt);
    counts.events += events.length;
    if (!fold) return;
    counts.entities++;
    const id = fold.stored.id;
    // A version usually has a history row and a valid-time row: the same fields but for the range.
    const encoded = new Map<unknown, Buffer>();
    const write = async (writer: TupleChunker, openRows: OpenRows, { version, to }: RangedVersion<R>) => {
      let row = encoded.get(version.row);
      if (row === undefined) encoded.set(version.row, (row = versionFields(fields, model, id, version)));
      const range = rangeField(fields, version.from, to);
      if (to === null) openRows.add(start, count, row, range);
      else await writer.tuple(count, row, range);
    };
    const start = Number(events[0].position);
    for (const r of fold.system) await write(history, open.history, r);
    for (const r of fold.valid) await write(valid, open.valid, r);
    // The doc stays NULL: restored from the stream when the entity's next event arrives (lazy-state.ts).
    await state.tuple(3, fields.reset().text(id).int8(fold.stored.revision).null().bytes());
  };
  const read = (after?: LeanEvent) =>
    reader.readStreams({
      prefix: task.prefix,
      range: task.range,
      after: after && { streamId: after.streamId, revision: after.revision },
      upTo: task.upTo,
      limit: task.pageSize,
    });
  let carry: LeanEvent[] = [];
  let next: Promise<LeanEvent[]> | undefined = read();
  while (next) {
    if (signal?.aborted) throw new Error('bulk fill aborted');
    const page: LeanEvent[] = await next;
    const full = page.length === task.pageSize;
    next = full ? read(page[page.length - 1]) : undefined;
    const events = carry.length > 0 ? carry.concat(page) : page;
    // The last stream of a full page may continue on the next one.
    const keepFrom = full ? lastStreamStart(events) : events.length;
    let start = 0;
    for (let i = 1; i <= keepFrom; i++)
      if (i === keepFrom || events[i].streamId !== events[start].streamId) {
        if (i > start) await writeStream(events.slice(start, i));
        start = i;
      }
    carry = events.slice(keepFrom);
    onProgress?.(keepFrom);
  }
  await Promise.all([history.flush(), valid.flush(), state.flush()]);
  return { ...counts, open: { history: open.history.pack(), valid: open.valid.pack() } };
}

const lastStreamStart = (events: LeanEvent[]): number => {
  let i = events.length - 1;
  while (i > 0 && events[i - 1].streamId === events[i].streamId) i--;
  return i;
};
