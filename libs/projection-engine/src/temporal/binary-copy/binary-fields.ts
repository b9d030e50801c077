import { ColumnType } from '../entity-model';
import { pgMicros } from './pg-instant';

/** COPY binary: signature, flags, header extension length; a tuple count of -1 ends the data. */
export const BINARY_HEADER = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
export const BINARY_TRAILER = Buffer.from([0xff, 0xff]);

// Range flags of PostgreSQL's range_send: lower bound inclusive, upper bound infinite.
const RANGE_LB_INC = 0x02;
const RANGE_UB_INF = 0x10;
const TWO_32 = 4_294_967_296;

// What the COPY text format would print (copy-writer's copyCell), so both formats store the same values.
const asText = (value: string | number | boolean | bigint | object): string =>
  typeof value === 'object' ? JSON.stringify(value) : typeof value === 'boolean' ? (value ? 't' : 'f') : String(value);

export type FieldValue = string | number | boolean | bigint | null | undefined | object;

/**
 * Encodes one tuple's fields in PostgreSQL's binary COPY format into a reusable, growing scratch buffer: the
 * server then parses no text (no timestamp, range or boolean parsing, no escapes), which is most of what a COPY
 * costs it. Field by field; `bytes()` copies the encoded fields out.
 */
export class BinaryFields {
  private buf = Buffer.allocUnsafe(4096);
  private at = 0;
  // A stream's versions repeat the same instants (discovery, deadlines, each range bound twice): parse each once.
  private readonly instants = new Map<string, number>();

  reset(): this {
    this.at = 0;
    return this;
  }

  bytes(): Buffer {
    const out = Buffer.allocUnsafe(this.at);
    out.set(this.buf.subarray(0, this.at));
    return out;
  }

  null(): this {
    this.room(4);
    this.at = this.buf.writeInt32BE(-1, this.at);
    return this;
  }

  text(value: string): this {
    this.room(4 + value.length * 3);
    const length = this.buf.write(value, this.at + 4, 'utf8');
    this.buf.writeInt32BE(length, this.at);
    this.at += 4 + length;
    return this;
  }

  bool(value: boolean): this {
    this.room(5);
    this.at = this.buf.writeInt32BE(1, this.at);
    this.at = this.buf.writeUInt8(value ? 1 : 0, this.at);
    return this;
  }

  int4(value: number): this {
    this.room(8);
    this.at = this.buf.writeInt32BE(4, this.at);
    this.at = this.buf.writeInt32BE(value, this.at);
    return this;
  }

  /** int8 from a safe integer (or its decimal text): two 32-bit halves, no BigInt per value. */
  int8(value: number | string | bigint): this {
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new Error(`not a safe integer for bigint: ${String(value)}`);
    this.room(12);
    this.at = this.buf.writeInt32BE(8, this.at);
    return this.int64(n);
  }

  timestamptz(iso: string): this {
    this.room(12);
    this.at = this.buf.writeInt32BE(8, this.at);
    return this.int64(this.micros(iso));
  }

  /** [from, to), or [from, ∞) without an end. */
  range(from: string, to: string | null): this {
    this.room(4 + 1 + 12 + 12);
    this.at = this.buf.writeInt32BE(to === null ? 13 : 25, this.at);
    this.at = this.buf.writeUInt8(RANGE_LB_INC | (to === null ? RANGE_UB_INF : 0), this.at);
    this.at = this.buf.writeInt32BE(8, this.at);
    this.int64(this.micros(from));
    if (to === null) return this;
    this.at = this.buf.writeInt32BE(8, this.at);
    return this.int64(this.micros(to));
  }

  /** jsonb's binary form is a version byte and the JSON text. */
  jsonb(value: unknown): this {
    return this.jsonbText(JSON.stringify(value));
  }

  private jsonbText(json: string): this {
    this.room(5 + json.length * 3);
    const length = this.buf.write(json, this.at + 5, 'utf8');
    this.buf.writeInt32BE(length + 1, this.at);
    this.buf.writeUInt8(1, this.at + 4);
    this.at += 5 + length;
    return this;
  }

  /** numeric from a finite number in plain decimal notation: base-10000 digits, weight, sign and scale. */
  numeric(value: number): this {
    const text = String(value);
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
    if (m === null) throw new Error(`numeric needs plain decimal notation: ${text}`);
    const [, minus, whole, fraction = ''] = m;
    const groups = (digits: string) => digits.match(/\d{4}/g)!.map(Number);
    const int = groups(whole.padStart(Math.ceil(whole.length / 4) * 4, '0'));
    const frac = fraction ? groups(fraction.padEnd(Math.ceil(fraction.length / 4) * 4, '0')) : [];
    const all = [...int, ...frac];
    // Leading and trailing zero groups are dropped: the weight says where the first remaining group stands.
    const first = all.findIndex((d) => d !== 0);
    let end = all.length;
    while (end > first + 1 && all[end - 1] === 0) end--;
    const digits = first < 0 ? [] : all.slice(first, end);
    const weight = first < 0 ? 0 : int.length - 1 - first;
    this.room(4 + 8 + digits.length * 2);
    this.at = this.buf.writeInt32BE(8 + digits.length * 2, this.at);
    this.at = this.buf.writeInt16BE(digits.length, this.at);
    this.at = this.buf.writeInt16BE(weight, this.at);
    this.at = this.buf.writeUInt16BE(minus && digits.length > 0 ? 0x4000 : 0, this.at);
    this.at = this.buf.writeInt16BE(fraction.length, this.at);
    for (const d of digits) this.at = this.buf.writeInt16BE(d, this.at);
    return this;
  }

  /** A value by its column type; null and undefined are NULL. Text columns take what COPY text would print. */
  typed(type: ColumnType, value: FieldValue): this {
    if (value === null || value === undefined) return this.null();
    switch (type) {
      case 'text':
        return this.text(asText(value));
      case 'timestamptz':
        return this.timestamptz(String(value));
      case 'boolean':
        return this.bool(value === true);
      case 'bigint':
        return this.int8(value as number);
      case 'integer':
        return this.int4(Number(value));
      case 'numeric':
        return this.numeric(Number(value));
      case 'jsonb':
        return this.jsonbText(asText(value));
    }
  }

  private micros(iso: string): number {
    let micros = this.instants.get(iso);
    if (micros === undefined) {
      if (this.instants.size >= 4096) this.instants.clear();
      this.instants.set(iso, (micros = pgMicros(iso)));
    }
    return micros;
  }

  private int64(n: number): this {
    const high = Math.floor(n / TWO_32);
    this.at = this.buf.writeInt32BE(high, this.at);
    this.at = this.buf.writeUInt32BE(n - high * TWO_32, this.at);
    return this;
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + bytes));
    this.buf.copy(grown, 0, 0, this.at);
    this.buf = grown;
  }
}
