import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 举报人身份保管库: outside the event log on purpose (ADR 20261207-tip-identity-vault). The identity is AES-256-GCM
 * ciphertext under a per-reporter data key; the data key is stored only wrapped by the master key. Shredding nulls
 * the wrapped key, so the ciphertext (whose SHA-256 the log carries) stays but can never be opened again.
 */
export class CreateTipIdentityVault1765200300100 implements MigrationInterface {
  name = 'CreateTipIdentityVault1765200300100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE tip_identity_vault (
      vault_ref uuid PRIMARY KEY,
      tip_id text COLLATE "C" NOT NULL UNIQUE,
      tip_no text COLLATE "C" NOT NULL UNIQUE,
      identity_ciphertext bytea,
      identity_iv bytea,
      identity_tag bytea,
      wrapped_key bytea,
      wrap_iv bytea,
      wrap_tag bytea,
      alg text NOT NULL DEFAULT 'aes-256-gcm',
      claim_code_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      shredded_at timestamptz,
      CONSTRAINT tip_identity_vault_shredded_has_no_key CHECK (shredded_at IS NULL OR wrapped_key IS NULL)
    )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE tip_identity_vault`);
  }
}
