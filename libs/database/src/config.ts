import * as Joi from 'joi';

/** Every setting the apps read, validated once at start-up (a bad value stops start-up with a clear message). */
export interface HazardLedgerConfig {
  DATABASE_URL?: string;
  PG_DATA_DIR: string;
  PG_PORT: number;
  PG_PASSWORD: string;
  PORT: number;
  EVENT_STORE: 'postgres' | 'kurrentdb';
  KURRENTDB_URL?: string;
  HASH_ALGORITHM: 'sm3' | 'sha256';
  RUN_PROJECTIONS: 'auto' | 'true' | 'false';
  IDLE_IN_TRANSACTION_TIMEOUT_MS: number;
  POLL_INTERVAL_MS: number;
  PROJECTION_BATCH_SIZE: number;
  /** Partitions (worker threads) of a rebuild from zero; unset: one per CPU, at most 4 (read where used). */
  REBUILD_WORKERS?: number;
  /** Events between two hazard snapshots (read where used). */
  HAZARD_SNAPSHOT_EVERY: number;
  LOG_LEVEL: 'debug' | 'info' | 'warn' | 'error';
  /** Seed demo users, mines and hazards at start-up: `auto` = only with the embedded database. */
  DEMO_DATA: 'auto' | 'true' | 'false';
  JWT_SECRET?: string;
  JWT_TTL_SECONDS: number;
  OIDC_ISSUER?: string;
  OIDC_JWKS_URL?: string;
  OIDC_AUDIENCE?: string;
  OIDC_ROLE_CLAIM?: string;
  OIDC_MINE_IDS_CLAIM?: string;
  OIDC_JURISDICTIONS_CLAIM?: string;
  OIDC_NAME_CLAIM?: string;
  OIDC_ORG_CLAIM?: string;
  OIDC_CERT_CLAIM?: string;
}

export const configSchema = Joi.object<HazardLedgerConfig>({
  DATABASE_URL: Joi.string().uri({ scheme: ['postgres', 'postgresql'] }),
  PG_DATA_DIR: Joi.string().default('.data/pg'),
  PG_PORT: Joi.number().port().default(54329),
  PG_PASSWORD: Joi.string().min(8).default('hazard-ledger-local'),
  PORT: Joi.number().port().default(3000),
  EVENT_STORE: Joi.string().valid('postgres', 'kurrentdb').default('postgres'),
  KURRENTDB_URL: Joi.string()
    .pattern(/^esdb(\+discover)?:\/\//)
    .when('EVENT_STORE', { is: 'kurrentdb', then: Joi.required() }),
  HASH_ALGORITHM: Joi.string().valid('sm3', 'sha256').default('sm3'),
  RUN_PROJECTIONS: Joi.string().valid('auto', 'true', 'false').default('auto'),
  IDLE_IN_TRANSACTION_TIMEOUT_MS: Joi.number().integer().min(1000).default(10000),
  POLL_INTERVAL_MS: Joi.number().integer().min(10).max(60000).default(500),
  PROJECTION_BATCH_SIZE: Joi.number().integer().min(1).max(10000).default(500),
  REBUILD_WORKERS: Joi.number().integer().min(1).max(64),
  HAZARD_SNAPSHOT_EVERY: Joi.number().integer().min(2).max(10000).default(25),
  LOG_LEVEL: Joi.string().valid('debug', 'info', 'warn', 'error').default('info'),
  DEMO_DATA: Joi.string().valid('auto', 'true', 'false').default('auto'),
  JWT_SECRET: Joi.string().min(32),
  JWT_TTL_SECONDS: Joi.number().integer().min(60).max(86400).default(3600),
  OIDC_ISSUER: Joi.string(),
  OIDC_JWKS_URL: Joi.string().uri({ scheme: ['https', 'http'] }),
  OIDC_AUDIENCE: Joi.string(),
  OIDC_ROLE_CLAIM: Joi.string(),
  OIDC_MINE_IDS_CLAIM: Joi.string(),
  OIDC_JURISDICTIONS_CLAIM: Joi.string(),
  OIDC_NAME_CLAIM: Joi.string(),
  OIDC_ORG_CLAIM: Joi.string(),
  OIDC_CERT_CLAIM: Joi.string(),
}).options({ allowUnknown: true, stripUnknown: true });

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Used by @nestjs/config (`validate`) and by the CLI, so both refuse the same bad values. */
export const validateConfig = (env: Record<string, unknown>): HazardLedgerConfig => {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const { error, value } = configSchema.validate(cleaned, { abortEarly: false });
  if (error) {
    const details = error.details.map((d) => `  - ${d.message}`).join('\n');
    throw new ConfigError(`配置无效 / Invalid configuration:\n${details}`);
  }
  return value;
};
