import { Role } from '@hazard-ledger/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A local account (embedded mode, and the signing credential in OIDC mode). Kept outside the event log because
 * a password hash is a secret, not a fact that must be replayed or exported in an evidence pack.
 */
@Entity({ name: 'app_users' })
export class AppUser {
  @PrimaryColumn('text')
  id!: string;

  @Column('text', { unique: true })
  username!: string;

  /** Printed name (Part 11 §11.50) as it appears on every signature. */
  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text')
  role!: Role;

  @Column('text')
  org!: string;

  @Column('text', { name: 'certificate_no', nullable: true })
  certificateNo!: string | null;

  @Column('text', { name: 'mine_ids', array: true, default: () => "'{}'" })
  mineIds!: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  jurisdictions!: string[];

  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  @Column('boolean', { default: false })
  disabled!: boolean;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
