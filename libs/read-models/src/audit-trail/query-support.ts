/** What the read-model query functions need from a database: a TypeORM EntityManager/DataSource or a bare function. */
export type SqlFunction = (sql: string, params?: unknown[]) => Promise<unknown[]>;
export type Queryable = SqlFunction | { query(sql: string, params?: unknown[]): Promise<unknown> };

export type Row = Record<string, unknown>;

export const sqlOf =
  (db: Queryable): ((sql: string, params?: unknown[]) => Promise<Row[]>) =>
  async (sql, params) =>
    (typeof db === 'function' ? await db(sql, params) : ((await db.query(sql, params)) as unknown[])) as Row[];

/** Strings pass through untouched: a Date would drop the store's microseconds. */
export const instantParam = (t: Date | string | undefined): string | null =>
  t === undefined ? null : typeof t === 'string' ? t : t.toISOString();

export const MAX_PAGE = 1000;

export const checkLimit = (limit: number): number => {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE)
    throw new RangeError(`limit must be an integer from 1 to ${MAX_PAGE}, got ${limit}`);
  return limit;
};

/** A cursor that is malformed or was not issued by this read side (the API answers 400). */
export class InvalidPageCursor extends Error {
  constructor(cursor: string) {
    super(`Invalid cursor "${cursor}"`);
    this.name = 'InvalidPageCursor';
  }
}

export interface CursorPosition {
  commit: bigint;
  prepare: bigint;
}

// Opaque to clients; inside it is the log position of the last entry returned ("a" names this format).
export const encodeCursor = (p: CursorPosition): string =>
  Buffer.from(`a:${p.commit}/${p.prepare}`).toString('base64url');

export const decodeCursor = (cursor: string): CursorPosition => {
  const match = /^a:(-?\d{1,20})\/(-?\d{1,20})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new InvalidPageCursor(cursor);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
};
