import { EvidenceRef } from '@hazard-ledger/domain';

const isEvidence = (value: unknown): value is EvidenceRef => {
  const v = value as Partial<EvidenceRef> | null;
  return !!v && typeof v === 'object' && typeof v.hash === 'string' && (v.alg === 'sm3' || v.alg === 'sha256');
};

/** Every evidence reference in a command's or an event's data, wherever it is nested (finding, afterEvidence…). */
export const evidenceIn = (value: unknown): EvidenceRef[] => {
  if (isEvidence(value)) return [value];
  if (Array.isArray(value)) return value.flatMap(evidenceIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(evidenceIn);
  return [];
};

/** What the log says of one file: who cites it, and whether every citation was a pending upload. */
export interface Citation {
  streams: Set<string>;
  onlyPending: boolean;
}

/** Adds the SM3 evidence an event cites to the map (sha256 citations name no stored file). */
export const addCitations = (cited: Map<string, Citation>, streamId: string, data: unknown): void => {
  for (const ref of evidenceIn(data)) {
    if (ref.alg !== 'sm3') continue;
    const known = cited.get(ref.hash) ?? { streams: new Set<string>(), onlyPending: true };
    known.streams.add(streamId);
    known.onlyPending = known.onlyPending && ref.pending === true;
    cited.set(ref.hash, known);
  }
};
