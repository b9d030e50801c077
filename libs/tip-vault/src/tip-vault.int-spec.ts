import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createDataSource } from '@hazard-ledger/platform';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { TipVault } from './tip-vault';
import { TEST_MASTER_KEY, masterKeyFromEnv } from './vault-config';

const KEY = Buffer.from(TEST_MASTER_KEY, 'base64');
const IDENTITY = { name: '欧阳慕雪', phone: '13957689457' };

describe('TipVault (real PostgreSQL): envelope encryption, claim codes, crypto-shredding', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let vault: TipVault;
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await createDataSource(db.url).initialize();
    vault = new TipVault(ds, KEY);
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  const deposit = async (tipId: string, identity = IDENTITY as typeof IDENTITY | null) => {
    const d = await vault.seal(identity);
    expect(await vault.store(d, tipId, `JB-20240310-${tipId.toUpperCase().padEnd(8, '0').slice(0, 8)}`)).toBe(true);
    return d;
  };

  it('stores only ciphertext and a wrapped key; opens it back with the master key; its digest is the event’s', async () => {
    const d = await deposit('a1');
    const [row] = await ds.query(`SELECT row_to_json(v)::text AS text FROM tip_identity_vault v WHERE vault_ref = $1`, [
      d.vaultRef,
    ]);
    expect(row.text).not.toContain('13957689457');
    expect(row.text).not.toContain(Buffer.from('13957689457').toString('hex'));
    expect(await vault.ciphertextDigest(d.vaultRef)).toBe(d.ciphertextSha256);
    expect(await vault.open(d.vaultRef)).toEqual({ kind: 'identity', identity: IDENTITY });
  });

  it('uses a fresh data key per reporter: the same identity seals to different ciphertexts and wrapped keys', async () => {
    const [x, y] = [await deposit('b1'), await deposit('b2')];
    expect(x.ciphertextSha256).not.toBe(y.ciphertextSha256);
    const keys = await ds.query(
      `SELECT encode(wrapped_key, 'hex') AS k FROM tip_identity_vault WHERE tip_id IN ('b1', 'b2')`,
    );
    expect(new Set(keys.map((r: { k: string }) => r.k)).size).toBe(2);
  });

  it('cannot be opened with another master key, nor after its rows were swapped (the AAD binds each to its ref)', async () => {
    const [x, y] = [await deposit('c1'), await deposit('c2')];
    await expect(new TipVault(ds, Buffer.alloc(32, 9)).open(x.vaultRef)).rejects.toThrow();
    await ds.query(
      `UPDATE tip_identity_vault a SET identity_ciphertext = b.identity_ciphertext, identity_iv = b.identity_iv,
         identity_tag = b.identity_tag FROM tip_identity_vault b WHERE a.vault_ref = $1 AND b.vault_ref = $2`,
      [x.vaultRef, y.vaultRef],
    );
    await expect(vault.open(x.vaultRef)).rejects.toThrow();
  });

  it('shreds: the key is gone for ever, the ciphertext (and its digest) stays, a second shred changes nothing', async () => {
    const d = await deposit('d1');
    await vault.shred(d.vaultRef);
    await vault.shred(d.vaultRef);
    expect(await vault.open(d.vaultRef)).toEqual({ kind: 'destroyed' });
    expect(await vault.ciphertextDigest(d.vaultRef)).toBe(d.ciphertextSha256);
    await expect(
      ds.query(`UPDATE tip_identity_vault SET wrapped_key = '\\x00' WHERE vault_ref = $1`, [d.vaultRef]),
    ).rejects.toThrow(/shredded_has_no_key/);
  });

  it('keeps an anonymous reporter’s claim code only as a hash; matches the code, case and dashes aside, and nothing else', async () => {
    const d = await deposit('e1', null);
    expect(d.ciphertextSha256).toBeNull();
    expect(await vault.open(d.vaultRef)).toEqual({ kind: 'none' });
    expect(await vault.claim('JB-20240310-E1000000', d.claimCode.toLowerCase().replace(/-/g, ''))).toBe('e1');
    expect(await vault.claim('JB-20240310-E1000000', 'AAAA-BBBB-CCCC-DDDD')).toBeUndefined();
    expect(await vault.claim('JB-20240310-FFFFFFFF', d.claimCode)).toBeUndefined();
    expect(await vault.claimMatchesTip('e1', d.claimCode)).toBe(true);
    expect(await vault.claimMatchesTip('a1', d.claimCode)).toBe(false);
  });

  it('keeps the first deposit of a tip: a second store for the same tip writes nothing', async () => {
    await deposit('f1');
    expect(await vault.store(await vault.seal(IDENTITY), 'f1', 'JB-20240310-F1000001')).toBe(false);
  });
});

describe('the vault master key from configuration', () => {
  it('takes TIP_VAULT_MASTER_KEY (32 bytes, base64) and refuses any other length', () => {
    expect(masterKeyFromEnv({ TIP_VAULT_MASTER_KEY: Buffer.alloc(32, 1).toString('base64') })).toHaveLength(32);
    expect(() => masterKeyFromEnv({ TIP_VAULT_MASTER_KEY: Buffer.alloc(16).toString('base64') })).toThrow(/32 bytes/);
  });

  it('is required with DATABASE_URL outside tests', () =>
    expect(() => masterKeyFromEnv({ DATABASE_URL: 'postgres://x' })).toThrow(/TIP_VAULT_MASTER_KEY/));

  it('is generated once for the embedded demo, kept 0600 in its data directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tip-vault-'));
    try {
      const file = join(dir, 'k', 'master.key');
      const first = masterKeyFromEnv({ TIP_VAULT_KEY_FILE: file });
      expect(masterKeyFromEnv({ TIP_VAULT_KEY_FILE: file })).toEqual(first);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(Buffer.from(await readFile(file, 'utf8'), 'base64')).toEqual(first);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
