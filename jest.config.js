/** Unit, integration (real PostgreSQL) and e2e specs in one run; swc transpiles, `tsc --noEmit` type-checks. */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.{spec,int-spec,e2e-spec}.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@hazard-ledger/(domain|event-store|projection-engine|read-models|access-log|database|platform|testing|auth|file-store|tip-vault)$':
      '<rootDir>/libs/$1/src',
    '^@hazard-ledger/domain/fixtures/(hazard|mine|inspection)$': '<rootDir>/libs/domain/src/$1/$1.fixtures.ts',
  },
  globalSetup: '<rootDir>/libs/testing/src/postgres/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/postgres/global-teardown.ts',
  testSequencer: '<rootDir>/tools/jest/slow-first-sequencer.js',
  testTimeout: 60000,
  maxWorkers: 2,
};
