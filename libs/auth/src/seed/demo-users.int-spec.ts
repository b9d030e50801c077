import { ROLES } from '@hazard-ledger/domain';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { DataSource } from 'typeorm';
import { authEntities } from '../index';
import { PasswordHasher } from '../passwords/password-hasher';
import { AppUser } from '../users/user.entity';
import { UserStore, toActor } from '../users/user-store';
import { DEMO_PASSWORD, demoUsers, seedDemoUsers } from './demo-users';

describe('demo users and the user store (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: UserStore;
  beforeEach(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url, entities: authEntities }).initialize();
    store = new UserStore(ds.getRepository(AppUser), new PasswordHasher());
  });
  afterEach(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('has one demo user per role, with unique ids and usernames', () => {
    expect(new Set(demoUsers.map((u) => u.role))).toEqual(new Set(ROLES));
    expect(new Set(demoUsers.map((u) => u.id)).size).toBe(demoUsers.length);
    expect(new Set(demoUsers.map((u) => u.username)).size).toBe(demoUsers.length);
  });

  it('seeds idempotently, even when two processes seed at once, and keeps changed passwords', async () => {
    const [a, b] = await Promise.all([seedDemoUsers(store), seedDemoUsers(store)]);
    expect([...a.created, ...b.created].sort()).toEqual(demoUsers.map((u) => u.id).sort());
    await ds.query(`UPDATE app_users SET password_hash = $1 WHERE id = 'u-auditor'`, [
      await new PasswordHasher().hash('changed-password'),
    ]);
    expect(await seedDemoUsers(store)).toEqual({ created: [] });
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM app_users`);
    expect(n).toBe(demoUsers.length);
    expect(await store.authenticate('auditor', 'changed-password')).not.toBeNull();
  });

  it('authenticates by username (case-insensitive) only with the right password and an enabled account', async () => {
    await seedDemoUsers(store);
    const zhang = await store.authenticate('Inspector.Zhang', DEMO_PASSWORD);
    expect(zhang && toActor(zhang)).toEqual({
      id: 'u-inspector-zhang',
      name: '张明',
      role: 'inspector',
      org: '长治市上党区应急管理局',
      certificateNo: '14040420240001',
      mineIds: [],
      jurisdictions: ['140404'],
    });
    expect(await store.authenticate('inspector.zhang', 'wrong')).toBeNull();
    expect(await store.authenticate('nobody', DEMO_PASSWORD)).toBeNull();
    await ds.query(`UPDATE app_users SET disabled = true WHERE id = 'u-inspector-zhang'`);
    expect(await store.authenticate('inspector.zhang', DEMO_PASSWORD)).toBeNull();
  });

  it('the table refuses unknown roles, upper-case usernames and non-argon2id hashes', async () => {
    const insert = (role: string, username: string, hash: string) =>
      ds.query(
        `INSERT INTO app_users (id, username, display_name, role, org, password_hash) VALUES ($1, $2, 'x', $3, 'o', $4)`,
        [`u-${username}`, username, role, hash],
      );
    const good = await new PasswordHasher().hash('x');
    await expect(insert('root', 'a', good)).rejects.toThrow(/app_users_role_known/);
    await expect(insert('auditor', 'B', good)).rejects.toThrow(/app_users_username_lower/);
    await expect(insert('auditor', 'c', 'plaintext')).rejects.toThrow(/app_users_password_argon2id/);
    await insert('auditor', 'd', good);
    expect((await store.findById('u-d'))?.mineIds).toEqual([]);
  });
});
