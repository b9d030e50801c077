import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { TestDatabase, createTestDatabase } from '@hazard-ledger/testing';
import { canonicalize } from 'json-canonicalize';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { authEntities } from '../index';
import { PasswordHasher } from '../passwords/password-hasher';
import { DEMO_PASSWORD, seedDemoUsers } from '../seed/demo-users';
import { AppUser } from '../users/user.entity';
import { UserStore, toActor } from '../users/user-store';
import { ESignatureService, SIGNATURE_PASSWORD_INCORRECT, signatureContentHash } from './e-signature.service';

const content = { hazardId: 'hz-1', revision: 7, decision: { outcome: 'accepted', notes: '现场已整改' } };

describe('ESignatureService (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: UserStore;
  let signatures: ESignatureService;
  const actorOf = async (username: string) => toActor((await store.findByUsername(username))!);

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = await new DataSource({ type: 'postgres', url: db.url, entities: authEntities }).initialize();
    store = new UserStore(ds.getRepository(AppUser), new PasswordHasher());
    await seedDemoUsers(store);
    signatures = new ESignatureService(store);
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('re-authenticates and records signer, printed name, role, meaning, server time and the SM3 content hash', async () => {
    const before = Date.now();
    const signature = await signatures.sign({
      actor: await actorOf('inspector.zhang'),
      password: DEMO_PASSWORD,
      meaning: 'site_review_confirmed',
      content,
    });
    expect(signature).toEqual({
      signerId: 'u-inspector-zhang',
      printedName: '张明',
      role: 'inspector',
      meaning: '现场核查确认 / site review confirmed',
      signedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      contentHash: createHash('sm3').update(canonicalize(content)).digest('hex'),
    });
    expect(Date.parse(signature.signedAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(signature.signedAt)).toBeLessThanOrEqual(Date.now());
  });

  it('hashes content independent of key order, and differently for different content', () => {
    const reordered = { decision: { notes: '现场已整改', outcome: 'accepted' }, revision: 7, hazardId: 'hz-1' };
    expect(signatureContentHash(reordered)).toBe(signatureContentHash(content));
    expect(signatureContentHash({ ...content, revision: 8 })).not.toBe(signatureContentHash(content));
    expect(signatureContentHash(content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a wrong password with 401 and returns no signature', async () => {
    const attempt = signatures.sign({
      actor: await actorOf('leader.wang'),
      password: 'Demo-2024?',
      meaning: 'sign_off_issued',
      content,
    });
    await expect(attempt).rejects.toThrow(new UnauthorizedException(SIGNATURE_PASSWORD_INCORRECT));
  });

  it('checks the password of the signer named by the token, not of anyone else', async () => {
    const li = await actorOf('inspector.li');
    await store.create({ ...li, id: 'u-x', username: 'x', displayName: 'x', password: 'another-password' });
    await expect(
      signatures.sign({ actor: li, password: 'another-password', meaning: 'inspection_confirmed', content }),
    ).rejects.toThrow(UnauthorizedException);
  });

  it('refuses disabled and unknown signers and a role that changed since sign-in', async () => {
    const principal = await actorOf('enterprise.principal');
    const sign = (actor = principal) =>
      signatures.sign({ actor, password: DEMO_PASSWORD, meaning: 'report_signed', content });
    await expect(sign({ ...principal, role: 'enterprise_staff' })).rejects.toThrow(/Role changed/);
    await expect(sign({ ...principal, id: 'u-ghost' })).rejects.toThrow(UnauthorizedException);
    await ds.query(`UPDATE app_users SET disabled = true WHERE id = $1`, [principal.id]);
    await expect(sign()).rejects.toThrow(UnauthorizedException);
  });

  it('refuses administrators, unknown meanings and empty content', async () => {
    const admin = await actorOf('sysadmin');
    await expect(
      signatures.sign({ actor: admin, password: DEMO_PASSWORD, meaning: 'report_signed', content }),
    ).rejects.toThrow(ForbiddenException);
    const staff = await actorOf('enterprise.staff');
    await expect(
      signatures.sign({ actor: staff, password: DEMO_PASSWORD, meaning: 'approved' as never, content }),
    ).rejects.toThrow(/Unknown signature meaning/);
    await expect(
      signatures.sign({ actor: staff, password: DEMO_PASSWORD, meaning: 'remediation_verified', content: undefined }),
    ).rejects.toThrow(/Nothing to sign/);
  });
});
