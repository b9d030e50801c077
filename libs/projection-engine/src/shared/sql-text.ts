/** ISO 8601 UTC with microseconds, the same text the event store gives recordedAt. */
export const isoSql = (expr: string): string =>
  `to_char((${expr}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** JSON for a record set parameter: bigints as decimal strings, which PostgreSQL casts to bigint exactly. */
export const bigintJson = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));

/** Opaque keyset cursor: the last row's sort value and key. */
export const encodeCursor = (values: (string | null)[]): string =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

export const decodeCursor = (cursor: string, length: number): string[] => {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length && values.every((v) => typeof v === 'string'))
      return values as string[];
  } catch {
    // fall through
  }
  throw new InvalidCursor();
};

export class InvalidCursor extends Error {
  override readonly name = 'InvalidCursor';
  constructor() {
    super('游标无效 / Invalid cursor');
  }
}

/** Collects positional parameters while a WHERE clause is built. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
