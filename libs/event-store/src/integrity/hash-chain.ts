import { Hash, createHash } from 'node:crypto';
import { EventMetadata, EventSignature, HashAlgorithm, JsonValue } from '@hazard-ledger/domain';
import { canonicalJsonOfCheckedValue } from './canonical-json';

/** The first event of every stream links to this. */
export const GENESIS_HASH = '0'.repeat(64);

/** The one place an algorithm name becomes a hash: the chain and the evidence files use the same SM3. */
export const hasher = (alg: HashAlgorithm): Hash => createHash(alg === 'sm3' ? 'sm3' : 'sha256');

export const digest = (alg: HashAlgorithm, input: string | Buffer): string => hasher(alg).update(input).digest('hex');

/** Exactly the fields that are hashed; documented in docs/adr for independent verifiers. */
export interface ChainedContent {
  streamId: string;
  revision: bigint;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: { [key: string]: JsonValue };
  metadata: EventMetadata;
  signature?: EventSignature;
  recordedAt: string;
}

export const chainInput = (content: ChainedContent, prevHash: string): string =>
  canonicalJsonOfCheckedValue({
    prevHash,
    streamId: content.streamId,
    revision: content.revision.toString(),
    eventId: content.eventId,
    type: content.type,
    schemaVersion: content.schemaVersion,
    data: content.data,
    metadata: content.metadata,
    ...(content.signature ? { signature: content.signature } : {}),
    recordedAt: content.recordedAt,
  });

export const chainHash = (alg: HashAlgorithm, content: ChainedContent, prevHash: string): string =>
  digest(alg, chainInput(content, prevHash));

export interface ChainBreak {
  streamId: string;
  revision: bigint;
  position: bigint;
  expectedHash: string;
  storedHash: string;
  problem: 'hash-mismatch' | 'broken-link' | 'revision-gap';
}

export interface ChainLink extends ChainedContent {
  position: bigint;
  alg: HashAlgorithm;
  prevHash: string;
  hash: string;
}

/** Folds one stream's events in revision order; returns the first break, or undefined when intact. */
export class ChainVerifier {
  constructor(
    readonly streamId: string,
    private expectedPrev = GENESIS_HASH,
    private expectedRevision = 0n,
  ) {}

  get lastHash(): string {
    return this.expectedPrev;
  }

  get nextRevision(): bigint {
    return this.expectedRevision;
  }

  check(link: ChainLink): ChainBreak | undefined {
    const at = { streamId: this.streamId, revision: link.revision, position: link.position };
    if (link.revision !== this.expectedRevision)
      return { ...at, expectedHash: '', storedHash: link.hash, problem: 'revision-gap' };
    if (link.prevHash !== this.expectedPrev)
      return { ...at, expectedHash: this.expectedPrev, storedHash: link.prevHash, problem: 'broken-link' };
    const recomputed = chainHash(link.alg, link, link.prevHash);
    if (recomputed !== link.hash)
      return { ...at, expectedHash: recomputed, storedHash: link.hash, problem: 'hash-mismatch' };
    this.expectedPrev = link.hash;
    this.expectedRevision += 1n;
    return undefined;
  }
}
