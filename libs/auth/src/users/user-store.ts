import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, ROLES, Role } from '@hazard-ledger/domain';
import { Repository } from 'typeorm';
import { PasswordHasher } from '../passwords/password-hasher';
import { AppUser } from './user.entity';

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  org: string;
  certificateNo?: string;
  mineIds?: string[];
  jurisdictions?: string[];
  password: string;
}

const normalise = (username: string): string => username.trim().toLowerCase();

/** A stored user or a user record not stored yet (the demo seed), as the actor its events are attributed to. */
export type ActorSource = Pick<AppUser, 'id' | 'displayName' | 'role' | 'org'> &
  Partial<Pick<AppUser, 'certificateNo' | 'mineIds' | 'jurisdictions'>>;

export const toActor = (user: ActorSource): Actor => ({
  id: user.id,
  name: user.displayName,
  role: user.role,
  org: user.org,
  ...(user.certificateNo ? { certificateNo: user.certificateNo } : {}),
  mineIds: [...(user.mineIds ?? [])],
  jurisdictions: [...(user.jurisdictions ?? [])],
});

@Injectable()
export class UserStore {
  constructor(
    @InjectRepository(AppUser) private readonly users: Repository<AppUser>,
    private readonly hasher: PasswordHasher,
  ) {}

  findByUsername(username: string): Promise<AppUser | null> {
    return this.users.findOneBy({ username: normalise(username) });
  }

  findById(id: string): Promise<AppUser | null> {
    return this.users.findOneBy({ id });
  }

  async create(input: NewUser): Promise<AppUser> {
    return this.users.save(await this.row(input));
  }

  /** Inserts unless the id or username exists; true when inserted. Safe to race (the seed may run in two processes). */
  async createIfAbsent(input: NewUser): Promise<boolean> {
    if (await this.users.existsBy([{ id: input.id }, { username: normalise(input.username) }])) return false;
    const u = await this.row(input);
    const inserted: unknown[] = await this.users.query(
      `INSERT INTO app_users (id, username, display_name, role, org, certificate_no, mine_ids, jurisdictions,
         password_hash, disabled)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING id`,
      [
        u.id,
        u.username,
        u.displayName,
        u.role,
        u.org,
        u.certificateNo,
        u.mineIds,
        u.jurisdictions,
        u.passwordHash,
        false,
      ],
    );
    return inserted.length > 0;
  }

  /** Login: the user if the password matches and the account is enabled; equal cost whether or not it exists. */
  async authenticate(username: string, password: string): Promise<AppUser | null> {
    return this.checked(await this.findByUsername(username), password);
  }

  /** Re-authentication at signing (Part 11 §11.200): the password of this very user, not of whoever asks. */
  async reauthenticate(userId: string, password: string): Promise<AppUser | null> {
    return this.checked(await this.findById(userId), password);
  }

  private async checked(user: AppUser | null, password: string): Promise<AppUser | null> {
    if (!user || user.disabled) return this.hasher.verifyDummy(password).then(() => null);
    return (await this.hasher.verify(user.passwordHash, password)) ? user : null;
  }

  private async row(input: NewUser): Promise<AppUser> {
    if (!ROLES.includes(input.role)) throw new Error(`Unknown role ${input.role}`);
    return this.users.create({
      id: input.id,
      username: normalise(input.username),
      displayName: input.displayName,
      role: input.role,
      org: input.org,
      certificateNo: input.certificateNo ?? null,
      mineIds: input.mineIds ?? [],
      jurisdictions: input.jurisdictions ?? [],
      passwordHash: await this.hasher.hash(input.password),
      disabled: false,
    });
  }
}
