import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';

export const TIP_VAULT_MASTER_KEY = Symbol('TIP_VAULT_MASTER_KEY');

/** Public, so only ever used under NODE_ENV=test (specs, and the processes they spawn). */
export const TEST_MASTER_KEY = Buffer.alloc(32, 7).toString('base64');

const decode = (value: string, from: string): Buffer => {
  const key = Buffer.from(value.trim(), 'base64');
  if (key.length !== 32)
    throw new Error(`${from} 须为 32 字节的 base64 / must be 32 bytes, base64-encoded (got ${key.length})`);
  return key;
};

/**
 * The master key that wraps every reporter's data key: TIP_VAULT_MASTER_KEY (base64, 32 bytes). The embedded demo
 * (no DATABASE_URL) generates one on first start and keeps it in the data directory (TIP_VAULT_KEY_FILE, default
 * `.data/tip-vault-master.key`, mode 0600) like its database; a deployment with its own database must set the variable.
 */
export const masterKeyFromEnv = (env: NodeJS.ProcessEnv): Buffer => {
  if (env.TIP_VAULT_MASTER_KEY) return decode(env.TIP_VAULT_MASTER_KEY, 'TIP_VAULT_MASTER_KEY');
  if (env.NODE_ENV === 'test') return decode(TEST_MASTER_KEY, 'TEST_MASTER_KEY');
  if (env.DATABASE_URL)
    throw new Error(
      '设置了 DATABASE_URL 时必须设置 TIP_VAULT_MASTER_KEY / TIP_VAULT_MASTER_KEY is required when DATABASE_URL is set',
    );
  const file = env.TIP_VAULT_KEY_FILE ?? '.data/tip-vault-master.key';
  const path = isAbsolute(file) ? file : resolve(process.cwd(), file);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, randomKey(), { mode: 0o600, flag: 'wx' });
  }
  return decode(readFileSync(path, 'utf8'), path);
};

const randomKey = (): string => randomBytes(32).toString('base64');
