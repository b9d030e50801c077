import { KeyLike, SignJWT, exportJWK, generateKeyPair } from 'jose';
import { AddressInfo } from 'node:net';
import { Server, createServer } from 'node:http';
import { authConfigFromEnv } from '../auth-config';
import { TokenRejected, TokenService } from './token-service';

const ISSUER = 'https://idp.example/realms/mines';
const AUDIENCE = 'hazard-ledger-api';

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => 'accepted',
    (e: unknown) => (e instanceof TokenRejected ? e.reason : e),
  );

describe('TokenService (OIDC, RS256 against a JWKS endpoint)', () => {
  let server: Server;
  let key: KeyLike;
  let stranger: KeyLike;
  let jwksUrl: string;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    key = pair.privateKey;
    stranger = (await generateKeyPair('RS256')).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const service = (extra: Record<string, string> = {}) =>
    new TokenService(
      authConfigFromEnv({ OIDC_ISSUER: ISSUER, OIDC_JWKS_URL: jwksUrl, OIDC_AUDIENCE: AUDIENCE, ...extra }),
    );

  const token = (
    claims: Record<string, unknown>,
    options: { signer?: KeyLike; iss?: string; aud?: string; exp?: number | string } = {},
  ) =>
    new SignJWT({ name: '张明', hl_org: '长治市上党区应急管理局', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('a1b2c3')
      .setIssuer(options.iss ?? ISSUER)
      .setAudience(options.aud ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(options.exp ?? '5m')
      .sign(options.signer ?? key);

  it('maps the configured claims to an actor', async () => {
    const actor = await service().verify(
      await token({ hl_role: 'inspector', hl_jurisdictions: ['140404'], hl_cert: '14040420240001' }),
    );
    expect(actor).toEqual({
      id: 'a1b2c3',
      name: '张明',
      role: 'inspector',
      org: '长治市上党区应急管理局',
      certificateNo: '14040420240001',
      mineIds: [],
      jurisdictions: ['140404'],
    });
  });

  it('honours renamed claims and space-separated lists', async () => {
    const actor = await service({ OIDC_ROLE_CLAIM: 'app_role', OIDC_MINE_IDS_CLAIM: 'mines' }).verify(
      await token({ app_role: 'enterprise_staff', mines: 'mine-demo-1 mine-demo-3' }),
    );
    expect(actor).toMatchObject({ role: 'enterprise_staff', mineIds: ['mine-demo-1', 'mine-demo-3'] });
  });

  it('rejects a wrong issuer, a wrong audience and a key the IdP never published', async () => {
    const tokens = service();
    expect(await rejection(tokens.verify(await token({ hl_role: 'inspector' }, { iss: 'https://evil.example' })))).toBe(
      'invalid',
    );
    expect(await rejection(tokens.verify(await token({ hl_role: 'inspector' }, { aud: 'other-app' })))).toBe('invalid');
    expect(await rejection(tokens.verify(await token({ hl_role: 'inspector' }, { signer: stranger })))).toBe('invalid');
  });

  it('rejects expired tokens and unknown or missing roles', async () => {
    const tokens = service();
    const past = Math.floor(Date.now() / 1000) - 60;
    expect(await rejection(tokens.verify(await token({ hl_role: 'inspector' }, { exp: past })))).toBe('expired');
    expect(await rejection(tokens.verify(await token({ hl_role: 'admin' })))).toBe('unknown_role');
    expect(await rejection(tokens.verify(await token({})))).toBe('unknown_role');
  });

  it('reports an unreachable JWKS endpoint as an outage, not as a bad token', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const tokens = new TokenService(
      authConfigFromEnv({
        OIDC_ISSUER: ISSUER,
        OIDC_JWKS_URL: `http://127.0.0.1:${port}/jwks`,
        OIDC_AUDIENCE: AUDIENCE,
      }),
    );
    expect(await rejection(tokens.verify(await token({ hl_role: 'inspector' })))).toBe('unavailable');
  });

  it('issues no tokens itself', async () => {
    await expect(service().issue({ id: 'x', name: 'x', role: 'auditor', org: 'x' })).rejects.toThrow(/OIDC/);
  });
});
