import { Actor } from '@hazard-ledger/domain';
import { SignJWT, decodeJwt } from 'jose';
import { AuthConfig } from '../auth-config';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, TokenRejected, TokenService } from './token-service';

const SECRET = 'test-secret-of-at-least-32-characters!!';
const config: AuthConfig = { mode: 'local', jwtSecret: SECRET, jwtTtlSeconds: 600 };
const inspector: Actor = {
  id: 'u-inspector-zhang',
  name: '张明',
  role: 'inspector',
  org: '长治市上党区应急管理局',
  certificateNo: '14040420240001',
  mineIds: [],
  jurisdictions: ['140404'],
};

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => 'accepted',
    (e: unknown) => (e instanceof TokenRejected ? e.reason : e),
  );

const forge = (claims: Record<string, unknown>, exp: number | string, key = SECRET) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('u-x')
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(key));

describe('TokenService (local HS256)', () => {
  const tokens = new TokenService(config);

  it('round-trips the actor through the documented claims', async () => {
    const { accessToken, expiresIn } = await tokens.issue(inspector);
    expect(expiresIn).toBe(600);
    const claims = decodeJwt(accessToken);
    expect(claims).toMatchObject({
      sub: inspector.id,
      role: 'inspector',
      name: '张明',
      org: inspector.org,
      mine_ids: [],
      jurisdictions: ['140404'],
      cert: '14040420240001',
      iss: LOCAL_ISSUER,
      aud: LOCAL_AUDIENCE,
    });
    expect((claims.exp as number) - (claims.iat as number)).toBe(600);
    expect(await tokens.verify(accessToken)).toEqual(inspector);
  });

  it('rejects an expired token as expired', async () => {
    const expired = await forge({ role: 'inspector' }, Math.floor(Date.now() / 1000) - 10);
    expect(await rejection(tokens.verify(expired))).toBe('expired');
  });

  it('rejects a tampered payload, a foreign key, alg none and garbage as invalid', async () => {
    const { accessToken } = await tokens.issue(inspector);
    const [header, payload, signature] = accessToken.split('.');
    const raised = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'auditor' }),
    ).toString('base64url');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    expect(await rejection(tokens.verify(`${header}.${raised}.${signature}`))).toBe('invalid');
    expect(await rejection(tokens.verify(await forge({ role: 'inspector' }, '5m', 'x'.repeat(40))))).toBe('invalid');
    expect(await rejection(tokens.verify(none))).toBe('invalid');
    expect(await rejection(tokens.verify('not.a.jwt'))).toBe('invalid');
  });

  it('rejects a validly signed token whose role this system does not know', async () => {
    expect(await rejection(tokens.verify(await forge({ role: 'superuser' }, '5m')))).toBe('unknown_role');
  });
});
