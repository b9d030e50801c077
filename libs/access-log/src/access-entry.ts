import { JsonValue } from '@hazard-ledger/domain';

export interface AccessActor {
  id: string;
  name: string;
  role: string;
  org: string;
}

export type AccessKind = 'read' | 'export';

/** One read or export of hazard data, as the API hands it to the access log before answering. */
export interface AccessEntry {
  actor: AccessActor;
  kind: AccessKind;
  /** e.g. 'hazard', 'mine', 'hazard-ledger', 'dual-report-board', 'supervision-board', 'audit-trail', 'access-log'. */
  recordType: string;
  recordIds: string[];
  /** The log position ("commit/prepare") the answer was read at, when the read model tracks one. */
  asOfPosition?: string;
  /** Route and parameters of the request. */
  query: Record<string, unknown>;
  /** From an optional request header: why the data was looked at. */
  purpose?: string;
}

export interface AccessReceipt {
  id: string;
  accessedAt: string;
  hash: string;
}

/** Exactly what is hashed and stored, after validation (absent optional fields are null). */
export interface ChainedAccess {
  accessedAt: string;
  actor: AccessActor;
  kind: AccessKind;
  recordType: string;
  recordIds: string[];
  asOfPosition: string | null;
  query: { [key: string]: JsonValue };
  purpose: string | null;
}

export class InvalidAccessEntry extends Error {
  override readonly name = 'InvalidAccessEntry';
  constructor(detail: string) {
    super(`访问记录无效 / invalid access entry: ${detail}`);
  }
}

// PostgreSQL text and jsonb refuse NUL and lone surrogates: such an entry would fail its whole batch, so it is
// refused alone, up front, before it can take other readers' entries down with it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const assertText = (value: unknown, path: string, allowEmpty = false): string => {
  if (typeof value !== 'string') throw new InvalidAccessEntry(`${path} must be a string`);
  if (!allowEmpty && value.length === 0) throw new InvalidAccessEntry(`${path} must not be empty`);
  if (value.includes('\u0000')) throw new InvalidAccessEntry(`${path}: NUL character`);
  if (LONE_SURROGATE.test(value)) throw new InvalidAccessEntry(`${path}: lone UTF-16 surrogate`);
  return value;
};

const assertJson = (value: unknown, path: string): void => {
  if (typeof value === 'string') assertText(value, path, true);
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidAccessEntry(`${path}: non-finite number`);
  } else if (Array.isArray(value)) value.forEach((item, i) => assertJson(item, `${path}[${i}]`));
  else if (value !== null && typeof value === 'object') {
    // A Date or class instance would hash differently from what JSON.stringify stores.
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) throw new InvalidAccessEntry(`${path} is not plain JSON`);
    for (const [key, item] of Object.entries(value)) {
      assertText(key, `${path}.<key>`, true);
      if (item !== undefined) assertJson(item, `${path}.${key}`);
    }
  } else if (typeof value !== 'boolean' && value !== null) {
    throw new InvalidAccessEntry(`${path}: ${typeof value} is not JSON`);
  }
};

/** Milliseconds from the app clock, written with six fractional digits: the form timestamptz renders back. */
export const accessTimestamp = (at: Date): string => {
  if (Number.isNaN(at.getTime())) throw new InvalidAccessEntry('clock returned an invalid date');
  return at.toISOString().replace(/Z$/, '000Z');
};

/** Validates an entry and fixes its content (time, nulls, plain JSON) so stored and hashed content agree. */
export const prepareAccess = (entry: AccessEntry, at: Date): ChainedAccess => {
  if (entry === null || typeof entry !== 'object') throw new InvalidAccessEntry('entry must be an object');
  const { actor } = entry;
  if (actor === null || typeof actor !== 'object') throw new InvalidAccessEntry('actor must be an object');
  if (entry.kind !== 'read' && entry.kind !== 'export')
    throw new InvalidAccessEntry(`kind must be 'read' or 'export', not ${JSON.stringify(entry.kind)}`);
  if (!Array.isArray(entry.recordIds)) throw new InvalidAccessEntry('recordIds must be an array');
  const query: unknown = entry.query;
  if (query === null || typeof query !== 'object' || Array.isArray(query))
    throw new InvalidAccessEntry('query must be an object');
  assertJson(query, 'query');
  const optional = (value: string | undefined, path: string) =>
    value === undefined || value === null ? null : assertText(value, path, true);
  return {
    accessedAt: accessTimestamp(at),
    actor: {
      id: assertText(actor.id, 'actor.id'),
      name: assertText(actor.name, 'actor.name'),
      role: assertText(actor.role, 'actor.role'),
      org: assertText(actor.org, 'actor.org', true),
    },
    kind: entry.kind,
    recordType: assertText(entry.recordType, 'recordType'),
    recordIds: entry.recordIds.map((id, i) => assertText(id, `recordIds[${i}]`)),
    asOfPosition: optional(entry.asOfPosition, 'asOfPosition'),
    // Drops undefined members the way JSON.stringify (and so the stored jsonb) does.
    query: JSON.parse(JSON.stringify(query)) as ChainedAccess['query'],
    purpose: optional(entry.purpose, 'purpose'),
  };
};
