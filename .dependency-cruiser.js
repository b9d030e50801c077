/** Layer rules of docs/architecture.md, checked in CI (`npm run depcruise`). */
const FRAMEWORK =
  '^node_modules/(@nestjs|typeorm|pg|pg-[a-z-]+|@eventstore|@kurrent|class-validator|class-transformer|rxjs|express)/';

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
      from: { path: '^libs/domain/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^(libs/(event-store|read-models|database|testing)|apps)/' },
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
      to: { path: '^libs/(read-models|database)/' },
    },
    {
      name: 'write-path-independent-of-read-side',
      comment:
        'A command loads its stream from the event store (ADR 20261207-one-fold-per-command): the gateway, the ' +
        'command slices and the event store never reach a read model, a snapshot or the projection engine.',
      severity: 'error',
      from: {
        path: '^(apps/api/src/(shared|hazards|mines)|libs/event-store)/',
        pathNot: ['^apps/api/src/(hazards/get-hazard|mines/get-mine)/', '\\.(spec|int-spec|e2e-spec)\\.ts$'],
      },
      to: { path: '^libs/(read-models|projection-engine|access-log)/' },
    },
    {
      name: 'read-models-independent-of-event-store',
      comment:
        'The read side depends on the envelope types in libs/domain and an EventFeed it defines, not on an adapter.',
      severity: 'error',
      from: { path: '^libs/read-models/', pathNot: '\\.(int-spec|spec|fixture)\\.ts$' },
      to: { path: '^libs/(event-store|database)/' },
    },
    {
      name: 'testing-only-from-specs',
      severity: 'error',
      from: {
        path: '^(apps|libs)/',
        pathNot: ['\\.(spec|int-spec|e2e-spec|fixture)\\.ts$', '\\.contract\\.ts$', '^libs/testing/'],
      },
      to: { path: '^libs/testing/' },
    },
    {
      name: 'fixtures-only-from-specs',
      comment: 'Fixtures are test code (left out of the build): only specs and other fixtures use them.',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: '\\.(spec|int-spec|e2e-spec|fixture)\\.ts$' },
      to: { path: '\\.fixture\\.ts$' },
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
