import { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Writable } from 'node:stream';
import { EntityModel } from './entity-model';
import { RowVersion } from './versions';

type Cell = string | number | boolean | null | undefined | object;

// COPY text format: backslash, tab, newline and carriage return are escaped; \N is NULL. Most cells need none of
// it, and the test is much cheaper than a replace with a callback (a third of the rebuild's row formatting).
const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const escape = (text: string): string => (SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ESCAPES[c]) : text);

export const copyCell = (value: Cell): string =>
  value === null || value === undefined
    ? '\\N'
    : typeof value === 'boolean'
      ? value
        ? 't'
        : 'f'
      : typeof value === 'object'
        ? escape(JSON.stringify(value))
        : escape(String(value));

/** A range literal [from, to) with an open end when `to` is null. */
export const rangeCell = (from: string, to: string | null): string => `["${from}",${to === null ? '' : `"${to}"`})`;

/** One history row's COPY text without its range: key, revision, last position, the model's columns. */
export const versionText = <R>(model: Pick<EntityModel<unknown, R>, 'columns'>, id: string, v: RowVersion<R>) => {
  let text = `${copyCell(id)}\t${v.revision}\t${v.position}`;
  for (const c of model.columns) text += `\t${copyCell(c.value(v.row as R) as never)}`;
  return text;
};

/** The COPY cells of one history row: versionText and the range. */
export const versionCells = <R>(
  model: Pick<EntityModel<unknown, R>, 'columns'>,
  id: string,
  v: RowVersion<R>,
  to: string | null,
): string[] => [versionText(model, id, v), rangeCell(v.from, to)];

/** The COPY columns of a history table, in versionCells order. */
export const versionColumns = (
  model: { key: string; columns: readonly { name: string }[] },
  range: 'system_time' | 'valid_time',
) => [model.key, 'revision', 'last_position', ...model.columns.map((c) => c.name), range];

/** Streams rows into one table with COPY FROM STDIN, honouring back-pressure; `end()` resolves once committed. */
export class CopyWriter {
  private readonly stream: Writable;
  private readonly done: Promise<void>;
  private buffer: string[] = [];
  rows = 0;

  constructor(client: Pick<ClientBase, 'query'>, table: string, columns: string[]) {
    ({ stream: this.stream, done: this.done } = openCopy(client, `COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  }

  async write(cells: string[]): Promise<void> {
    await this.writeLine(cells.join('\t'));
  }

  /** A row already in COPY text form (cells joined by tabs). */
  async writeLine(line: string): Promise<void> {
    this.buffer.push(line);
    this.rows++;
    if (this.buffer.length >= 2000) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('\n') + '\n';
    this.buffer = [];
    await writeRespectingBackPressure(this.stream, chunk);
  }

  async end(): Promise<void> {
    await this.flush();
    this.stream.end();
    await this.done;
  }
}

// pg-copy-streams reports a refused COPY with an 'error' event and then drops its connection, so a later write
// fails with a TypeError that hides the server's reason; the first error is kept to be rethrown instead.
const refused = new WeakMap<Writable, Error>();

/** Starts a COPY … FROM STDIN; `done` settles when the server has taken it all (or refused it). */
export const openCopy = (client: Pick<ClientBase, 'query'>, sql: string): { stream: Writable; done: Promise<void> } => {
  const stream = client.query(copyFrom(sql));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', (error: Error) => {
      if (!refused.has(stream)) refused.set(stream, error);
      reject(error);
    });
  });
  // Awaited by end(); until then a failure surfaces through the writes (see writeRespectingBackPressure).
  done.catch(() => undefined);
  return { stream, done };
};

/** Writes a chunk and, when the stream's buffer is full, waits for 'drain' (or its error). */
export const writeRespectingBackPressure = async (stream: Writable, chunk: string | Buffer): Promise<void> => {
  const error = refused.get(stream);
  if (error) throw error;
  if (stream.write(chunk)) return;
  // Each wait removes both of its listeners, whichever fires: a long COPY waits thousands of times.
  await new Promise<void>((resolve, reject) => {
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (error: Error) => {
      stream.off('drain', onDrain);
      reject(error);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
};
