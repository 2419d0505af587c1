import { defineConfig } from 'vitest/config';
import packageJson from './package.json' with { type: 'json' };

export default defineConfig({
  // TOOL_VERSION under test, as scripts/bundle.mjs defines it for dist/.
  define: { __MIGRATION_GUARD_VERSION__: JSON.stringify(packageJson.version) },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
