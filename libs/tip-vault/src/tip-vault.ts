import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Sealed, claimCodeMatches, hashClaimCode, newClaimCode, seal, sha256Hex, unseal } from './vault-crypto';
import { TIP_VAULT_MASTER_KEY } from './vault-config';

/** What the vault keeps of a named reporter. Never logged, never in an event. */
export interface ReporterIdentity {
  name: string;
  phone?: string;
  contact?: string;
}

/** A sealed deposit, not yet stored: what the tip's event may carry (vaultRef, digest) and the code shown once. */
export interface Deposit {
  vaultRef: string;
  ciphertextSha256: string | null;
  claimCode: string;
  row: { identity: Sealed | null; wrapped: Sealed | null; claimCodeHash: string };
}

export type Opened = { kind: 'identity'; identity: ReporterIdentity } | { kind: 'destroyed' } | { kind: 'none' };

const idAad = (vaultRef: string) => `tip-identity:${vaultRef}`;
const keyAad = (vaultRef: string) => `tip-data-key:${vaultRef}`;

interface Row {
  identity_ciphertext: Buffer | null;
  identity_iv: Buffer | null;
  identity_tag: Buffer | null;
  wrapped_key: Buffer | null;
  wrap_iv: Buffer | null;
  wrap_tag: Buffer | null;
  shredded_at: Date | null;
}

/**
 * 举报人身份保管库 (三专联锁): envelope encryption with a data key per reporter, wrapped by the configured master key.
 * Only the tips slices call it, and only the custodian's reveal ever opens it.
 */
@Injectable()
export class TipVault {
  constructor(
    private readonly db: DataSource,
    @Inject(TIP_VAULT_MASTER_KEY) private readonly masterKey: Buffer,
  ) {}

  async seal(identity: ReporterIdentity | null): Promise<Deposit> {
    const vaultRef = randomUUID();
    const claimCode = newClaimCode();
    const claimCodeHash = await hashClaimCode(claimCode);
    if (!identity)
      return { vaultRef, ciphertextSha256: null, claimCode, row: { identity: null, wrapped: null, claimCodeHash } };
    const dataKey = randomBytes(32);
    const sealed = seal(dataKey, Buffer.from(JSON.stringify(identity)), idAad(vaultRef));
    const wrapped = seal(this.masterKey, dataKey, keyAad(vaultRef));
    dataKey.fill(0);
    return {
      vaultRef,
      ciphertextSha256: sha256Hex(sealed.ciphertext),
      claimCode,
      row: { identity: sealed, wrapped, claimCodeHash },
    };
  }

  /** false when the tip already has a deposit (a retried intake): the first one stands. */
  async store(deposit: Deposit, tipId: string, tipNo: string): Promise<boolean> {
    const { identity: i, wrapped: w, claimCodeHash } = deposit.row;
    const rows: unknown[] = await this.db.query(
      `INSERT INTO tip_identity_vault (vault_ref, tip_id, tip_no, identity_ciphertext, identity_iv, identity_tag,
         wrapped_key, wrap_iv, wrap_tag, claim_code_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (tip_id) DO NOTHING RETURNING vault_ref`,
      [
        deposit.vaultRef,
        tipId,
        tipNo,
        i?.ciphertext ?? null,
        i?.iv ?? null,
        i?.tag ?? null,
        w?.ciphertext ?? null,
      ].concat([w?.iv ?? null, w?.tag ?? null, claimCodeHash]),
    );
    return rows.length === 1;
  }

  /** Undoes a deposit whose tip was refused before anything was written to the log. */
  async discard(vaultRef: string): Promise<void> {
    await this.db.query(`DELETE FROM tip_identity_vault WHERE vault_ref = $1`, [vaultRef]);
  }

  async open(vaultRef: string): Promise<Opened> {
    const [row] = (await this.db.query(`SELECT * FROM tip_identity_vault WHERE vault_ref = $1`, [vaultRef])) as Row[];
    if (!row || row.identity_ciphertext === null) return { kind: row?.shredded_at ? 'destroyed' : 'none' };
    if (row.shredded_at || !row.wrapped_key) return { kind: 'destroyed' };
    const dataKey = unseal(
      this.masterKey,
      { ciphertext: row.wrapped_key, iv: row.wrap_iv!, tag: row.wrap_tag! },
      keyAad(vaultRef),
    );
    const plain = unseal(
      dataKey,
      { ciphertext: row.identity_ciphertext, iv: row.identity_iv!, tag: row.identity_tag! },
      idAad(vaultRef),
    );
    dataKey.fill(0);
    return { kind: 'identity', identity: JSON.parse(plain.toString('utf8')) as ReporterIdentity };
  }

  /** Crypto-shredding: the wrapped data key is destroyed; the ciphertext stays, unreadable by anyone, for ever. */
  async shred(vaultRef: string): Promise<void> {
    await this.db.query(
      `UPDATE tip_identity_vault SET wrapped_key = NULL, wrap_iv = NULL, wrap_tag = NULL,
         shredded_at = COALESCE(shredded_at, clock_timestamp()) WHERE vault_ref = $1`,
      [vaultRef],
    );
  }

  /** The tip a number and claim code belong to; undefined, in the same time, for a wrong number or a wrong code. */
  async claim(tipNo: string, claimCode: string): Promise<string | undefined> {
    const [row] = (await this.db.query(`SELECT tip_id, claim_code_hash FROM tip_identity_vault WHERE tip_no = $1`, [
      tipNo,
    ])) as { tip_id: string; claim_code_hash: string }[];
    return (await claimCodeMatches(claimCode, row?.claim_code_hash)) ? row.tip_id : undefined;
  }

  /** Whether a code is the one issued for this tip (a reward paid to an anonymous reporter). */
  async claimMatchesTip(tipId: string, claimCode: string): Promise<boolean> {
    const [row] = (await this.db.query(`SELECT claim_code_hash FROM tip_identity_vault WHERE tip_id = $1`, [
      tipId,
    ])) as {
      claim_code_hash: string;
    }[];
    return claimCodeMatches(claimCode, row?.claim_code_hash);
  }

  /** SHA-256 of the stored ciphertext: checked against the digest the tip's event carries. */
  async ciphertextDigest(vaultRef: string): Promise<string | null> {
    const [row] = (await this.db.query(`SELECT identity_ciphertext FROM tip_identity_vault WHERE vault_ref = $1`, [
      vaultRef,
    ])) as { identity_ciphertext: Buffer | null }[];
    return row?.identity_ciphertext ? sha256Hex(row.identity_ciphertext) : null;
  }
}
