import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const DIST = join(__dirname, '../../dist');
// Fixtures, specs, contract suites and the test harness are test code: tsconfig.build.json leaves them out.
const TEST_CODE = /(\.fixtures?\.js|\/fixtures\/|\.(spec|int-spec|e2e-spec)\.js|\.contract\.js|^libs\/testing\/)/;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [relative(DIST, join(dir, e.name))],
  );

describe('the production build (npm run build, which npm test runs first)', () => {
  it('holds no fixtures, specs, contract suites or test harness', () => {
    expect(existsSync(join(DIST, 'apps/api/src/main.js'))).toBe(true);
    const built = [...filesUnder(join(DIST, 'apps')), ...filesUnder(join(DIST, 'libs'))];
    expect(built.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(100);
    expect(built.filter((f) => TEST_CODE.test(f))).toEqual([]);
  });
});
