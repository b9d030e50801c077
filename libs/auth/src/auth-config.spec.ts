import { AuthConfigError, EMBEDDED_DEV_JWT_SECRET, authConfigFromEnv, resolveJwtSecret } from './auth-config';

const SECRET = 'a'.repeat(32);
const OIDC = { OIDC_ISSUER: 'https://idp.example', OIDC_JWKS_URL: 'https://idp.example/jwks', OIDC_AUDIENCE: 'hl' };

describe('authConfigFromEnv', () => {
  it('embedded mode (no DATABASE_URL) falls back to the public demo secret and a one-hour token', () => {
    expect(authConfigFromEnv({})).toEqual({ mode: 'local', jwtSecret: EMBEDDED_DEV_JWT_SECRET, jwtTtlSeconds: 3600 });
  });

  it('an external database needs a real secret of at least 32 characters', () => {
    const db = { DATABASE_URL: 'postgres://x@db/hl' };
    expect(() => resolveJwtSecret(db)).toThrow(/JWT_SECRET is required when DATABASE_URL is set/);
    expect(() => resolveJwtSecret({ ...db, JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
    expect(() => resolveJwtSecret({ ...db, JWT_SECRET: EMBEDDED_DEV_JWT_SECRET })).toThrow(/public demo value/);
    expect(resolveJwtSecret({ ...db, JWT_SECRET: SECRET })).toBe(SECRET);
  });

  it('reports every bad value at once, in both languages', () => {
    const error = (() => {
      try {
        authConfigFromEnv({ DATABASE_URL: 'postgres://x@db/hl', JWT_TTL_SECONDS: '5' });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(AuthConfigError);
    expect(error?.message).toMatch(/^认证配置无效 \/ Invalid authentication configuration/);
    expect(error?.message).toMatch(/JWT_TTL_SECONDS/);
    expect(error?.message).toMatch(/JWT_SECRET is required/);
  });

  it('accepts a numeric TTL as the Joi schema would pass it', () => {
    expect(authConfigFromEnv({ JWT_TTL_SECONDS: 900 }).jwtTtlSeconds).toBe(900);
    expect(() => authConfigFromEnv({ JWT_TTL_SECONDS: '1.5' })).toThrow(AuthConfigError);
  });

  it('OIDC mode needs issuer, JWKS URL and audience, and defaults the claim names', () => {
    const config = authConfigFromEnv({ ...OIDC, OIDC_ROLE_CLAIM: 'roles' });
    expect(config.mode).toBe('oidc');
    expect(config.jwtSecret).toBeUndefined();
    expect(config.oidc?.claims).toEqual({
      role: 'roles',
      mineIds: 'hl_mine_ids',
      jurisdictions: 'hl_jurisdictions',
      name: 'name',
      org: 'hl_org',
      certificateNo: 'hl_cert',
    });
    expect(() => authConfigFromEnv({ OIDC_ISSUER: OIDC.OIDC_ISSUER })).toThrow(/OIDC_JWKS_URL is required/);
  });

  it('fetches keys over https only, except from loopback', () => {
    expect(() => authConfigFromEnv({ ...OIDC, OIDC_JWKS_URL: 'http://idp.example/jwks' })).toThrow(/must use https/);
    expect(() => authConfigFromEnv({ ...OIDC, OIDC_JWKS_URL: 'nonsense' })).toThrow(/not a valid URL/);
    expect(authConfigFromEnv({ ...OIDC, OIDC_JWKS_URL: 'http://127.0.0.1:9/jwks' }).mode).toBe('oidc');
  });
});
