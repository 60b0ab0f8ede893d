// The shape of jest.config.js that test/unit/test-tiers.test.ts reads.
declare const config: {
  projects: Array<{ displayName: string; testMatch: string[] }>;
};
export default config;
