/**
 * Proves the layer rules of .dependency-cruiser.js bite (run by `npm run depcruise`, after the tree itself passed).
 * In a temporary copy of the tree it plants one violating file per rule, runs dependency-cruiser with the real
 * config, and requires each planted file to be reported under exactly its rule — and nothing else anywhere.
 * The copy is removed afterwards, failure or not; the working tree is never written.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const COPIED = ['apps', 'libs', 'test', 'tsconfig.json', 'package.json', '.dependency-cruiser.js'];

/** One file per rule: where it is planted, what it imports, and the rule that must report it. */
const PLANTS = [
  ['projection-engine-knows-no-read-model', 'libs/projection-engine/src/planted.ts', '@hazard-ledger/read-models'],
  ['projection-engine-knows-no-read-model', 'libs/projection-engine/src/planted.spec.ts', '@hazard-ledger/read-models'],
  ['projection-engine-knows-no-read-model', 'libs/projection-engine/src/planted-log.ts', '@hazard-ledger/access-log'],
  ['projection-engine-below-the-platform', 'libs/projection-engine/src/planted-store.ts', '@hazard-ledger/event-store'],
  [
    'read-models-only-on-engine-and-domain',
    'libs/read-models/src/hazard-ledger/planted.ts',
    '@hazard-ledger/event-store',
  ],
  ['read-models-only-on-engine-and-domain', 'libs/read-models/src/audit-trail/planted.ts', '@hazard-ledger/access-log'],
  ['access-log-independent-of-read-models', 'libs/access-log/src/planted.ts', '@hazard-ledger/read-models'],
  [
    'access-log-independent-of-read-models',
    'libs/access-log/src/planted-engine.ts',
    '@hazard-ledger/projection-engine',
  ],
  ['database-imports-no-library', 'libs/database/src/planted.ts', '@hazard-ledger/event-store'],
  ['domain-imports-no-other-layer', 'libs/domain/src/hazard/planted-files.ts', '@hazard-ledger/file-store'],
  ['file-store-below-the-read-side', 'libs/file-store/src/planted.ts', '@hazard-ledger/read-models'],
  ['only-apps-import-the-platform', 'libs/planted-lib/src/index.ts', '@hazard-ledger/platform'],
  ['auth-independent-of-events-and-reads', 'libs/auth/src/planted.ts', '@hazard-ledger/read-models'],
  ['auth-independent-of-events-and-reads', 'libs/auth/src/planted-store.ts', '@hazard-ledger/event-store'],
  [
    'no-deep-imports-between-libs',
    'libs/read-models/src/hazard-ledger/planted-deep.ts',
    '../../../projection-engine/src/projection',
  ],
  ['no-deep-imports-from-apps-and-tests', 'apps/api/src/planted-deep.ts', '../../../libs/read-models/src/registry'],
  ['no-deep-imports-from-apps-and-tests', 'test/planted-deep.e2e-spec.ts', '../libs/projection-engine/src/projection'],
  ['fixtures-only-from-specs', 'apps/api/src/planted-fixture.ts', '@hazard-ledger/domain/fixtures/hazard'],
  ['fixtures-only-from-specs', 'libs/domain/src/hazard/planted.ts', './fixtures/builders'],
  ['fixtures-only-from-specs', 'libs/read-models/src/hazard-ledger/planted-fixture.ts', './hazard-log.fixture'],
  ['console-speaks-http-only', 'apps/console/src/planted.ts', '@hazard-ledger/domain'],
  ...[
    'inspections/record-inspection',
    'duties/register-contractor',
    'duties/shared',
    'tips/accept-tip',
    'tips/shared',
    'monthly-checks/record-monthly-check',
    'hot-work-permits/request-hot-work-permit',
    'production-signals/record-production-signal',
    'hazards/list-for-supervision',
    'lookback/cases/open-lookback-case',
    'lookback/cases/freeze-lookback-answer',
    'lookback/cases/shared',
  ].map((folder) => [
    'write-path-independent-of-read-side',
    `apps/api/src/${folder}/planted.ts`,
    '@hazard-ledger/read-models',
  ]),
].map(([rule, file, imported]) => ({ rule, file, imported }));

const depcruise = (cwd, files) =>
  new Promise((resolve, reject) => {
    const bin = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
    const args = [bin, ...files, '--config', '.dependency-cruiser.js', '--output-type', 'json'];
    // Exit status is the number of violations: read the JSON report whatever it is.
    execFile(process.execPath, args, { cwd, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      try {
        resolve(JSON.parse(stdout).summary.violations);
      } catch {
        reject(new Error(`dependency-cruiser gave no report: ${error?.message ?? ''}\n${stderr}`));
      }
    });
  });

const plantAll = async (copy) => {
  for (const { file, imported } of PLANTS) {
    await mkdir(dirname(join(copy, file)), { recursive: true });
    await writeFile(join(copy, file), `import * as planted from '${imported}';\nexport const used = planted;\n`);
  }
};

/** Rule names reported per file; a planted file must have exactly its rule, every other file none. */
const check = (violations) => {
  const byFile = new Map();
  for (const v of violations) byFile.set(v.from, [...(byFile.get(v.from) ?? []), v.rule.name]);
  const failures = PLANTS.filter(({ rule, file }) => (byFile.get(file) ?? []).join() !== rule).map(
    ({ rule, file }) => `${file}: expected [${rule}], reported [${byFile.get(file) ?? []}]`,
  );
  const planted = new Set(PLANTS.map((p) => p.file));
  for (const [file, rules] of byFile) if (!planted.has(file)) failures.push(`${file}: unexpected [${rules}]`);
  return failures;
};

const main = async () => {
  const started = Date.now();
  const copy = await mkdtemp(join(tmpdir(), 'hazard-ledger-depcruise-'));
  try {
    for (const entry of COPIED) await cp(join(ROOT, entry), join(copy, entry), { recursive: true });
    await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    await plantAll(copy);
    const failures = check(
      await depcruise(
        copy,
        PLANTS.map((p) => p.file),
      ),
    );
    if (failures.length) throw new Error(`layer rules that did not bite:\n  ${failures.join('\n  ')}`);
    const rules = new Set(PLANTS.map((p) => p.rule)).size;
    console.log(
      `✔ ${PLANTS.length} planted violations, each reported by its rule (${rules} rules, ${Date.now() - started} ms)`,
    );
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
};

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
