import { ValueView } from '../components/ValueView';

/** A look-back answer as the API gives it, and how a row's evidence is shown. */
export interface Text {
  zh: string;
  en: string;
}
export interface CatalogueQuery {
  id: string;
  version: number;
  title: Text;
  description: Text;
  source: string;
  params: { name: string; description: Text; default?: string | number }[];
  limits: Text;
  columns: { field: string; header: string }[];
}
export type Row = Record<string, unknown> & { key: string; evidence: Record<string, unknown>[] };
export interface Answer {
  cut: { asOf: string; validAt?: string; throughPosition: string | null };
  rows: Row[];
  total: number;
  answerDigest: string;
  caseId: string | null;
  page?: { limit: number; after: string | null; nextCursor: string | null };
}

const EVIDENCE_COLUMNS = [
  'position',
  'streamId',
  'revision',
  'eventId',
  'type',
  'hash',
  'actor',
  'occurredAt',
  'recordedAt',
];

/** A person as "name · role"; other structured cells as compact JSON. */
export const cellOf = (value: unknown): unknown => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const o = value as Record<string, unknown>;
  return typeof o.name === 'string' ? `${o.name} · ${String(o.role ?? '')}` : JSON.stringify(value);
};

/** One row's events: enough to find each in the log and recompute its hash. */
export const Evidence = ({ rows }: { rows: Record<string, unknown>[] }) => (
  <ValueView
    value={rows.map((e) => {
      const actor = e.actor as { name?: string; role?: string; id?: string } | undefined;
      const cells = Object.fromEntries(EVIDENCE_COLUMNS.map((k) => [k, e[k]]));
      return { ...cells, actor: actor ? `${actor.name ?? ''} (${actor.id ?? ''}, ${actor.role ?? ''})` : '—' };
    })}
  />
);
