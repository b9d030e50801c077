import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropTemporal, temporalDdl } from '@hazard-ledger/projection-engine';

const DOCUMENTS = `kind text NOT NULL, doc_no text NOT NULL, mine_id text COLLATE "C" NOT NULL, mine_name text,
  jurisdiction text COLLATE "C", inspection_id text, hazard_ids jsonb NOT NULL, status text NOT NULL,
  version integer NOT NULL, content jsonb NOT NULL, legal_review_required boolean NOT NULL, legal_reviewed_by text,
  drafted_by text NOT NULL, drafted_at timestamptz NOT NULL, signed_by text, signed_at timestamptz,
  served_at timestamptz, service_method text, recipient text, revoked_at timestamptz, revocation_reason text,
  amendments jsonb NOT NULL, amended_after_signing boolean NOT NULL, amended_after_service boolean NOT NULL,
  never_served boolean NOT NULL`;

const PENALTIES = `mine_id text COLLATE "C" NOT NULL, mine_name text, jurisdiction text COLLATE "C",
  document_id text NOT NULL, doc_no text NOT NULL, hazard_ids jsonb NOT NULL, decided_by text NOT NULL,
  decided_at timestamptz NOT NULL, policy_version text NOT NULL, targets jsonb NOT NULL, total_yuan numeric NOT NULL,
  paid_yuan numeric NOT NULL, below_minimum boolean NOT NULL, no_individual_target boolean NOT NULL,
  fully_paid boolean NOT NULL, enforcement_requested boolean NOT NULL`;

/**
 * 执法文书台账 and 行政处罚台账, both time axes. Keys in byte order and a nullable fold doc, as the hazard models
 * have since 1764400009000/1764400010000.
 */
export class CreateEnforcementRegisters1764400013000 implements MigrationInterface {
  name = 'CreateEnforcementRegisters1764400013000';

  async up(db: QueryRunner): Promise<void> {
    for (const [base, key, columns, sort] of [
      ['document_register', 'document_id', DOCUMENTS, 'drafted_at'],
      ['penalty_register', 'penalty_id', PENALTIES, 'decided_at'],
    ]) {
      for (const sql of temporalDdl(base, key, columns)) await db.query(sql);
      await db.query(`ALTER TABLE ${base} ALTER COLUMN ${key} TYPE text COLLATE "C"`);
      await db.query(`ALTER TABLE ${base}_valid ALTER COLUMN ${key} TYPE text COLLATE "C"`);
      await db.query(`ALTER TABLE ${base}_state ALTER COLUMN doc DROP NOT NULL`);
      await db.query(`CREATE INDEX ${base}_open_sorted ON ${base} (${sort}, ${key}) WHERE upper_inf(system_time)`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const sql of [...dropTemporal('penalty_register'), ...dropTemporal('document_register')]) await db.query(sql);
  }
}
