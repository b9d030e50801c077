import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { Citation } from './evidence-refs';
import { FileDigest, FileStore } from './file-store.port';
import { FileAltered, VerifyingRead } from './verified-read';

export interface FilesReport {
  checkedFiles: number;
  /** Cited as uploaded, not held. */
  missing: { digest: FileDigest; citedBy: string[] }[];
  /** Held, but the bytes hash to something else. */
  altered: { digest: FileDigest; actual: string }[];
  /** Cited only as pending uploads (offline capture) and not arrived yet: flagged, not a failure. */
  pending: { digest: FileDigest; citedBy: string[] }[];
}

const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });

const rehash = async (store: FileStore, digest: FileDigest): Promise<string | undefined> => {
  try {
    await pipeline(await store.open(digest), new VerifyingRead(digest), discard());
    return undefined;
  } catch (error) {
    if (error instanceof FileAltered) return error.actual;
    throw error;
  }
};

/** Re-hashes every stored file, and checks every file the log cites is held (issue 18: `files verify`). */
export const verifyFiles = async (
  store: FileStore,
  cited: ReadonlyMap<FileDigest, Citation>,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<FilesReport> => {
  const held: FileDigest[] = [];
  for await (const digest of store.list()) held.push(digest);
  const report: FilesReport = { checkedFiles: 0, missing: [], altered: [], pending: [] };
  const heldSet = new Set(held);
  for (const [digest, citation] of cited) {
    if (heldSet.has(digest)) continue;
    const entry = { digest, citedBy: [...citation.streams].sort() };
    (citation.onlyPending ? report.pending : report.missing).push(entry);
  }
  for (const digest of held) {
    const actual = await rehash(store, digest);
    if (actual) report.altered.push({ digest, actual });
    onProgress(++report.checkedFiles, held.length);
  }
  return report;
};
