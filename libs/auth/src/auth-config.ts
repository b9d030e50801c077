/**
 * Settings of libs/auth, validated without Joi so the library stays free of the apps' config schema (which must
 * list the same variables, otherwise `stripUnknown` drops them before they reach the ConfigService).
 */
export const AUTH_CONFIG = Symbol('AUTH_CONFIG');

export interface OidcClaimNames {
  role: string;
  mineIds: string;
  jurisdictions: string;
  name: string;
  org: string;
  certificateNo: string;
}

export interface OidcConfig {
  issuer: string;
  jwksUrl: string;
  audience: string;
  claims: OidcClaimNames;
}

export interface AuthConfig {
  mode: 'local' | 'oidc';
  /** HS256 key of locally issued tokens; absent in OIDC mode. */
  jwtSecret?: string;
  jwtTtlSeconds: number;
  oidc?: OidcConfig;
}

/** Publicly known, so only ever used by the embedded single-machine demo (no DATABASE_URL). */
export const EMBEDDED_DEV_JWT_SECRET = 'hazard-ledger-embedded-demo-only-not-a-secret';

export const AUTH_ENV_KEYS = [
  'DATABASE_URL',
  'JWT_SECRET',
  'JWT_TTL_SECONDS',
  'OIDC_ISSUER',
  'OIDC_JWKS_URL',
  'OIDC_AUDIENCE',
  'OIDC_ROLE_CLAIM',
  'OIDC_MINE_IDS_CLAIM',
  'OIDC_JURISDICTIONS_CLAIM',
  'OIDC_NAME_CLAIM',
  'OIDC_ORG_CLAIM',
  'OIDC_CERT_CLAIM',
] as const;

export type AuthEnv = Partial<Record<(typeof AUTH_ENV_KEYS)[number], unknown>>;

export class AuthConfigError extends Error {
  override readonly name = 'AuthConfigError';
}

const text = (v: unknown): string | undefined => (v === undefined || v === null || v === '' ? undefined : String(v));

const fail = (problems: string[]): never => {
  throw new AuthConfigError(
    `认证配置无效 / Invalid authentication configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
};

/** Plain HTTP is accepted only on loopback (tests, a local IdP); anywhere else keys could be swapped in transit. */
const secureUrl = (name: string, value: string, problems: string[]): void => {
  try {
    const u = new URL(value);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
    if (u.protocol !== 'https:' && !(u.protocol === 'http:' && loopback))
      problems.push(`${name} 必须使用 https / must use https: ${value}`);
  } catch {
    problems.push(`${name} 不是有效 URL / is not a valid URL: ${value}`);
  }
};

const checkJwtSecret = (env: AuthEnv): { secret: string } | { problem: string } => {
  const secret = text(env.JWT_SECRET);
  const external = text(env.DATABASE_URL) !== undefined;
  if (secret === undefined && !external) return { secret: EMBEDDED_DEV_JWT_SECRET };
  if (secret === undefined)
    return { problem: '设置了 DATABASE_URL 时必须设置 JWT_SECRET / JWT_SECRET is required when DATABASE_URL is set' };
  if (secret.length < 32) return { problem: 'JWT_SECRET 至少 32 个字符 / JWT_SECRET must be at least 32 characters' };
  if (secret === EMBEDDED_DEV_JWT_SECRET && external)
    return { problem: 'JWT_SECRET 不得使用公开的演示值 / JWT_SECRET must not be the public demo value' };
  return { secret };
};

/** The embedded demo gets a fixed key; a deployment with its own database must bring a real one. */
export const resolveJwtSecret = (env: AuthEnv): string => {
  const checked = checkJwtSecret(env);
  return 'secret' in checked ? checked.secret : fail([checked.problem]);
};

export const authConfigFromEnv = (env: AuthEnv): AuthConfig => {
  const problems: string[] = [];
  const ttlText = text(env.JWT_TTL_SECONDS) ?? '3600';
  const jwtTtlSeconds = Number(ttlText);
  if (!/^\d+$/.test(ttlText) || jwtTtlSeconds < 60 || jwtTtlSeconds > 86400)
    problems.push(`JWT_TTL_SECONDS 须为 60–86400 的整数 / must be an integer from 60 to 86400: ${ttlText}`);

  const issuer = text(env.OIDC_ISSUER);
  const jwksUrl = text(env.OIDC_JWKS_URL);
  const audience = text(env.OIDC_AUDIENCE);
  if (issuer === undefined && jwksUrl === undefined && audience === undefined) {
    const checked = checkJwtSecret(env);
    if ('problem' in checked) problems.push(checked.problem);
    if (problems.length) fail(problems);
    return { mode: 'local', jwtSecret: 'secret' in checked ? checked.secret : undefined, jwtTtlSeconds };
  }
  for (const [name, value] of Object.entries({ OIDC_ISSUER: issuer, OIDC_JWKS_URL: jwksUrl, OIDC_AUDIENCE: audience }))
    if (value === undefined) problems.push(`启用 OIDC 时必须设置 ${name} / ${name} is required when OIDC is enabled`);
  if (jwksUrl !== undefined) secureUrl('OIDC_JWKS_URL', jwksUrl, problems);
  if (problems.length) fail(problems);
  return {
    mode: 'oidc',
    jwtTtlSeconds,
    oidc: {
      issuer: issuer as string,
      jwksUrl: jwksUrl as string,
      audience: audience as string,
      claims: {
        role: text(env.OIDC_ROLE_CLAIM) ?? 'hl_role',
        mineIds: text(env.OIDC_MINE_IDS_CLAIM) ?? 'hl_mine_ids',
        jurisdictions: text(env.OIDC_JURISDICTIONS_CLAIM) ?? 'hl_jurisdictions',
        name: text(env.OIDC_NAME_CLAIM) ?? 'name',
        org: text(env.OIDC_ORG_CLAIM) ?? 'hl_org',
        certificateNo: text(env.OIDC_CERT_CLAIM) ?? 'hl_cert',
      },
    },
  };
};
