import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The console's build (`npm run build:console` → dist/console) found from the repo root, in src and dist alike. */
export const consoleDir = (): string => {
  if (process.env.CONSOLE_DIR) return resolve(process.env.CONSOLE_DIR);
  let dir = __dirname;
  while (dirname(dir) !== dir) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'hazard-ledger'
    )
      return join(dir, 'dist', 'console');
    dir = dirname(dir);
  }
  return resolve('dist', 'console');
};

/**
 * The console runs with no inline script; antd writes its styles at run time (CSS-in-JS), hence 'unsafe-inline' for
 * styles only. Nothing is fetched from another origin: the console works offline.
 */
export const CONSOLE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};
