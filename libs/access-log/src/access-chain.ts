import { createHash } from 'node:crypto';
import { canonicalize } from 'json-canonicalize';
import { HashAlgorithm } from '@hazard-ledger/domain';
import { ChainedAccess } from './access-entry';

// The event store's canonical-JSON helper lives in @hazard-ledger/event-store, which the read side may not import;
// json-canonicalize is the same RFC 8785 implementation, so both chains hash the same way.

/** The first access links to this (same convention as the event streams). */
export const ACCESS_GENESIS_HASH = '0'.repeat(64);

export const isAccessHashAlgorithm = (value: unknown): value is HashAlgorithm => value === 'sm3' || value === 'sha256';

/**
 * The hashed input: RFC 8785 canonical JSON of exactly these members (absent optional ones as null), so an
 * independent verifier can recompute every link from the stored row alone.
 */
export const accessHashInput = (access: ChainedAccess, prevHash: string): string =>
  canonicalize({
    prevHash,
    accessedAt: access.accessedAt,
    actor: { id: access.actor.id, name: access.actor.name, role: access.actor.role, org: access.actor.org },
    kind: access.kind,
    recordType: access.recordType,
    recordIds: access.recordIds,
    asOfPosition: access.asOfPosition,
    query: access.query,
    purpose: access.purpose,
  });

export const accessHash = (alg: HashAlgorithm, access: ChainedAccess, prevHash: string): string =>
  createHash(alg === 'sm3' ? 'sm3' : 'sha256')
    .update(accessHashInput(access, prevHash))
    .digest('hex');
