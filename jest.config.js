// ESM mode (see docs/tooling.md#jest-in-esm-mode): ts-jest compiles each test file as an ES module.
export default {
  testEnvironment: 'node',
  testMatch: ['**/test/**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  // Integration tests start real Prometheus servers; two workers fit the 2-core machines.
  maxWorkers: 2,
  testTimeout: 60000,
};
