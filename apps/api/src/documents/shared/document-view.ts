import {
  DocumentEvent,
  EnforcementDocument,
  RecordedEvent,
  documentInForce,
  formatPosition,
} from '@hazard-ledger/domain';

/** One version of the document text, with when the platform held it and why it changed. */
export interface DocumentVersionView {
  version: number;
  content: Readonly<Record<string, string>>;
  /** System time from which this version stood (recordedAt of its event), until the next one (null: still current). */
  recordedFrom: string;
  recordedUntil: string | null;
  occurredAt: string;
  by: { userId: string; name: string; role: string };
  reason: string | null;
  diff: { field: string; before: string | null; after: string | null }[];
  afterSigning: boolean;
  afterService: boolean;
}

export interface DocumentView {
  document: EnforcementDocument;
  /** Legal effect at the cut: the current version is the signed one and the document is not revoked. */
  inForce: boolean;
  versions: DocumentVersionView[];
  /** Reviews, signatures, service and revocation as recorded, oldest first. */
  acts: { type: string; recordedAt: string; data: unknown }[];
  revision: string;
  asOfPosition: string;
  asOf?: string;
  validAt?: string;
}

const versionOf = (e: RecordedEvent & DocumentEvent): DocumentVersionView | undefined => {
  const at = { recordedFrom: e.recordedAt, recordedUntil: null, occurredAt: e.metadata.occurredAt };
  if (e.type === 'DocumentDrafted')
    return {
      ...at,
      version: 1,
      content: e.data.content,
      by: e.data.draftedBy,
      reason: null,
      diff: [],
      afterSigning: false,
      afterService: false,
    };
  if (e.type === 'DocumentAmended') {
    const { version, content, amendedBy, reason, diff, afterSigning, afterService } = e.data;
    return { ...at, version, content, by: amendedBy, reason, diff, afterSigning, afterService };
  }
  return undefined;
};

/** Every version the stream holds (within the cut), each with the span of system time it was current. */
export const documentViewOf = (
  document: EnforcementDocument,
  events: RecordedEvent[],
): Omit<DocumentView, 'asOf' | 'validAt'> => {
  const typed = events as (RecordedEvent & DocumentEvent)[];
  const versions = typed.map(versionOf).filter((v): v is DocumentVersionView => v !== undefined);
  versions.forEach((v, i) => (v.recordedUntil = versions[i + 1]?.recordedFrom ?? null));
  const acts = typed
    .filter((e) => e.type !== 'DocumentDrafted' && e.type !== 'DocumentAmended')
    .map((e) => ({ type: e.type, recordedAt: e.recordedAt, data: e.data }));
  const last = events.at(-1)!;
  return {
    document,
    inForce: documentInForce(document),
    versions,
    acts,
    revision: last.revision.toString(),
    asOfPosition: formatPosition(last.logPosition),
  };
};
