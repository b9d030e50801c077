import { Confidence } from '../shared/reference';
import { deepFreeze } from './deep-freeze';

/** Photos, 执法记录仪 footage (recorder video), scanned documents: what a sniffed file type is counted as. */
export type EvidenceFileKind = 'image' | 'video' | 'document';

/** Size limits per kind of evidence file; a new edition is appended, never edited (uploads cite the version). */
export interface EvidenceFilePolicy {
  version: string;
  effectiveFrom: string;
  maxBytes: Readonly<Record<EvidenceFileKind, number>>;
  confidence: Confidence;
  source: string;
  placeholder: boolean;
}

const MiB = 1024 * 1024;

export const EVIDENCE_FILE_EDITIONS: readonly EvidenceFilePolicy[] = deepFreeze([
  {
    version: 'evidence-files@2026.1',
    effectiveFrom: '2026-12-07',
    // A phone photo is 3–12 MB; an hour of 1080p recorder footage ≈ 2–4 GB; a scanned 整改 report ≈ 1–20 MB.
    maxBytes: { image: 25 * MiB, video: 4096 * MiB, document: 50 * MiB },
    confidence: 'X',
    source: 'No rule found on evidence file sizes; figures chosen from common device output (issue 18).',
    placeholder: true,
  },
]);

// 00:00 China Standard Time of effectiveFrom, as for every other edition (a UTC date would start 8 hours late).
const startOf = (effectiveFrom: string): number => Date.parse(`${effectiveFrom}T00:00:00+08:00`);

/** The edition in force at an instant (ISO); the earliest one before any edition took effect. */
export const evidenceFilePolicyAt = (instant: string): EvidenceFilePolicy =>
  [...EVIDENCE_FILE_EDITIONS].reverse().find((e) => startOf(e.effectiveFrom) <= Date.parse(instant)) ??
  EVIDENCE_FILE_EDITIONS[0];
