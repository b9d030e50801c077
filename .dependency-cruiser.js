/**
 * Layer rules of docs/architecture.md, checked in CI by `npm run depcruise`, which then runs
 * scripts/dependency-rules.mjs: a planted violation of each rule must be reported by that rule.
 */
const FRAMEWORK =
  '^node_modules/(@nestjs|typeorm|pg|pg-[a-z-]+|@eventstore|@kurrent|class-validator|class-transformer|rxjs|express|@aws-sdk|@tus|busboy|sharp)/';

const SPEC = '\\.(spec|int-spec|e2e-spec)\\.ts$';
/** `*.fixture.ts`, `*.fixtures.ts` and everything under a `fixtures/` folder: test-only, not built. */
const FIXTURE = '(\\.fixtures?\\.ts$|/fixtures/)';
const TEST_CODE = [SPEC, FIXTURE];
const OTHER_LIBS = [
  'event-store',
  'projection-engine',
  'read-models',
  'access-log',
  'database',
  'platform',
  'auth',
  'testing',
  'file-store',
  'tip-vault',
];
/** What another library may import: its index, and (test code only, by fixtures-only-from-specs) its fixture entries. */
const PUBLIC_ENTRY = [
  '^libs/[^/]+/src/index\\.ts$',
  '^libs/domain/src/(hazard/hazard|mine/mine|inspection/inspection)\\.fixtures\\.ts$',
];

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/domain is plain TypeScript: no Nest, TypeORM, pg, ESDB client, class-validator or rxjs.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        path: FRAMEWORK,
      },
    },
    {
      name: 'domain-imports-no-other-layer',
      comment: 'Specs may use the given/when/then helpers of libs/testing.',
      severity: 'error',
      from: { path: '^libs/domain/', pathNot: SPEC },
      to: { path: `^(libs/(${OTHER_LIBS.join('|')})|apps)/` },
    },
    {
      name: 'apps-do-not-import-each-other',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'event-store-independent-of-read-side',
      severity: 'error',
      from: { path: '^libs/event-store/' },
      to: { path: '^libs/(projection-engine|read-models|access-log|auth|database|platform)/' },
    },
    {
      name: 'write-path-independent-of-read-side',
      comment:
        'A command loads its stream from the event store (ADR 20261207-one-fold-per-command): the gateway, the ' +
        'command slices and the event store never reach a read model, a snapshot or the projection engine.',
      severity: 'error',
      from: {
        path:
          '^(apps/api/src/(shared|hazards|mines|inspections|documents|penalties|enforcement-plans|duties|tips|' +
          'monthly-checks|hot-work-permits|production-signals|lookback/cases)|libs/event-store)/',
        pathNot: [
          '^apps/api/src/[a-z-]+/(get|export)-[a-z-]+/',
          // A read named list-… (hazards/list-for-supervision is a command, 挂牌督办, and stays covered).
          '^apps/api/src/production-signals/list-production-signals/',
          // Read helpers of the duties' registers, kept beside the command helpers in duties/shared.
          '^apps/api/src/duties/shared/duty-register(s|-read)\\.ts$',
          '\\.(spec|int-spec|e2e-spec)\\.ts$',
        ],
      },
      to: { path: '^libs/(read-models|projection-engine|access-log)/' },
    },
    {
      name: 'projection-engine-knows-no-read-model',
      comment: 'The read models register with the engine (definitions passed in), never the other way: specs included.',
      severity: 'error',
      from: { path: '^libs/projection-engine/' },
      to: { path: '^libs/(read-models|access-log)/' },
    },
    {
      name: 'projection-engine-below-the-platform',
      comment: 'The engine follows an EventFeed it defines; specs may build a real database through the platform.',
      severity: 'error',
      from: { path: '^libs/projection-engine/', pathNot: TEST_CODE },
      to: { path: '^libs/(platform|event-store|database|auth|file-store)/' },
    },
    {
      name: 'read-models-only-on-engine-and-domain',
      comment:
        'A read model depends on the engine and the envelope types in libs/domain, not on an event store adapter, ' +
        'the database wiring, auth or the access log.',
      severity: 'error',
      from: { path: '^libs/read-models/', pathNot: TEST_CODE },
      to: { path: '^libs/(event-store|database|platform|auth|access-log|file-store)/' },
    },
    {
      name: 'access-log-independent-of-read-models',
      comment: 'The access log is a store of reads, not a projection: no read model, engine, event store or wiring.',
      severity: 'error',
      from: { path: '^libs/access-log/', pathNot: TEST_CODE },
      to: { path: '^libs/(read-models|projection-engine|event-store|platform|auth|file-store)/' },
    },
    {
      name: 'file-store-below-the-read-side',
      comment: 'Evidence files need only the SM3 hasher of the event store: no read side, wiring or auth.',
      severity: 'error',
      from: { path: '^libs/file-store/', pathNot: TEST_CODE },
      to: { path: '^libs/(projection-engine|read-models|access-log|database|platform|auth)/' },
    },
    {
      name: 'database-imports-no-library',
      comment: 'Plain database helpers under the composition root (libs/platform), which does the wiring.',
      severity: 'error',
      from: { path: '^libs/database/' },
      to: { path: '^libs/', pathNot: '^libs/(database|domain)/' },
    },
    {
      name: 'only-apps-import-the-platform',
      comment:
        'libs/platform is the composition root, the one place arrows point back up; specs may use it for a database.',
      severity: 'error',
      from: { path: '^libs/', pathNot: [...TEST_CODE, '^libs/(platform|testing)/'] },
      to: { path: '^libs/platform/' },
    },
    {
      name: 'auth-independent-of-events-and-reads',
      comment: 'Users, tokens, scopes and signatures need only libs/domain (actors, roles).',
      severity: 'error',
      from: { path: '^libs/auth/', pathNot: TEST_CODE },
      to: { path: '^libs/(event-store|projection-engine|read-models|access-log|database|platform)/' },
    },
    {
      name: 'no-deep-imports-between-libs',
      comment:
        "Another library only through its index (@hazard-ledger/<lib>); a library's own files import each other.",
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/', pathNot: ['^libs/$1/', ...PUBLIC_ENTRY] },
    },
    {
      name: 'no-deep-imports-from-apps-and-tests',
      severity: 'error',
      from: { path: '^(apps|test)/' },
      to: { path: '^libs/[^/]+/', pathNot: PUBLIC_ENTRY },
    },
    {
      name: 'testing-only-from-specs',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: [...TEST_CODE, '\\.contract\\.ts$', '^libs/testing/'] },
      to: { path: '^libs/testing/' },
    },
    {
      name: 'fixtures-only-from-specs',
      comment: 'Fixtures are test code (left out of the build): only specs and other fixtures use them.',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: TEST_CODE },
      to: { path: FIXTURE },
    },
    {
      name: 'console-speaks-http-only',
      comment: 'The web console (apps/console) is a client of the API over HTTP: it imports no library of the server.',
      severity: 'error',
      from: { path: '^apps/console/' },
      to: { path: '^libs/' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
