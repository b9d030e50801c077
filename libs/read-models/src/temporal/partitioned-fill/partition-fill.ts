import { LogPosition } from '@hazard-ledger/domain';
import { LeanEvent } from '../../projection';
import { StreamIdRange, StreamOrderedReader } from '../../projection';
import { CopyWriter, copyCell, rangeCell, versionColumns, versionText } from '../copy-writer';
import { EntityModel, TemporalTables } from '../entity-model';
import { Connect } from './connections';
import { MineTimeline } from './mine-timeline';
import { RangedVersion, foldStream } from './stream-fold';

export interface PartitionTask {
  prefix: string;
  range: StreamIdRange;
  upTo: LogPosition;
  pageSize: number;
  tables: TemporalTables;
}

/** An open row's COPY line and where its entity's stream begins in the log (the order open rows are written in). */
export type OpenLine = [position: number, line: string];

export interface PartitionResult {
  events: number;
  entities: number;
  /** Open rows (one per entity and table), left to the caller to write last, together, in log order. */
  open: { history: OpenLine[]; valid: OpenLine[] };
}

/**
 * Folds the streams of one id range, each whole, and COPYs their rows (history, valid time, state) into the
 * shadow tables; open rows are returned instead. The next page is read while this one is folded; a stream cut by
 * the page end waits for the rest.
 */
export async function fillPartition<S, R>(
  model: EntityModel<S, R>,
  reader: StreamOrderedReader,
  connect: Connect,
  mines: MineTimeline,
  task: PartitionTask,
  onProgress?: (events: number) => void,
  signal?: AbortSignal,
): Promise<PartitionResult> {
  const connections = await Promise.all([0, 1, 2].map(() => connect()));
  try {
    const [h, v, s] = connections.map((c) => c.client);
    const history = new CopyWriter(h, task.tables.history, versionColumns(model, 'system_time'));
    const valid = new CopyWriter(v, task.tables.valid, versionColumns(model, 'valid_time'));
    const state = new CopyWriter(s, task.tables.state, ['entity_id', 'revision', 'doc']);
    const minesAt = (mineId: string, event: LeanEvent) => mines.at(mineId, event);
    const result: PartitionResult = { events: 0, entities: 0, open: { history: [], valid: [] } };
    const writeStream = async (events: LeanEvent[]) => {
      const fold = foldStream(model, events, minesAt);
      result.events += events.length;
      if (!fold) return;
      result.entities++;
      const id = fold.stored.id;
      // A version usually has a history row and a valid-time row: the same text but for the range.
      const texts = new Map<unknown, string>();
      const line = ({ version, to }: RangedVersion<R>) => {
        let text = texts.get(version.row);
        if (text === undefined) texts.set(version.row, (text = versionText(model, id, version)));
        return `${text}\t${rangeCell(version.from, to)}`;
      };
      const start = Number(events[0].position);
      for (const r of fold.system)
        if (r.to === null) result.open.history.push([start, line(r)]);
        else await history.writeLine(line(r));
      for (const r of fold.valid)
        if (r.to === null) result.open.valid.push([start, line(r)]);
        else await valid.writeLine(line(r));
      await state.write([copyCell(id), fold.stored.revision, copyCell(fold.stored)]);
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
    await Promise.all([history.end(), valid.end(), state.end()]);
    return result;
  } finally {
    await Promise.all(connections.map((c) => c.release()));
  }
}

const lastStreamStart = (events: LeanEvent[]): number => {
  let i = events.length - 1;
  while (i > 0 && events[i - 1].streamId === events[i].streamId) i--;
  return i;
};
