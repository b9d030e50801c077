/** What a file is, judged from its first bytes (its magic number), never from its name or the client's claim. */
export type FileKind = 'image' | 'video' | 'document';

export interface SniffedType {
  kind: FileKind;
  mime: string;
}

/** Enough leading bytes for every signature below. */
export const SNIFF_BYTES = 16;

const startsWith = (bytes: Buffer, signature: number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

// ISO base media (MP4, MOV): a box size, then "ftyp" and a brand; QuickTime brand "qt  " is MOV.
const isoMedia = (bytes: Buffer): SniffedType | undefined => {
  if (!startsWith(bytes, ascii('ftyp'), 4)) return undefined;
  return bytes.subarray(8, 12).toString('latin1') === 'qt  '
    ? { kind: 'video', mime: 'video/quicktime' }
    : { kind: 'video', mime: 'video/mp4' };
};

const SIGNATURES: { test: (bytes: Buffer) => boolean; type: SniffedType }[] = [
  { test: (b) => startsWith(b, [0xff, 0xd8, 0xff]), type: { kind: 'image', mime: 'image/jpeg' } },
  {
    test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    type: { kind: 'image', mime: 'image/png' },
  },
  {
    test: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8),
    type: { kind: 'image', mime: 'image/webp' },
  },
  { test: (b) => startsWith(b, ascii('%PDF-')), type: { kind: 'document', mime: 'application/pdf' } },
];

/**
 * The accepted evidence types (photos, recorder footage, scanned documents); anything else — an executable
 * renamed `.jpg`, an archive, a script — is undefined and refused.
 */
export const sniffFileType = (head: Buffer): SniffedType | undefined =>
  SIGNATURES.find((s) => s.test(head))?.type ?? isoMedia(head);
