import { defineConfig } from 'vitest/config';
import packageJson from './package.json' with { type: 'json' };
import { SlowestFirstSequencer } from './test/support/slowest-first-sequencer.ts';

/**
 * The pure core: tests that start no database (neither PostgreSQL nor PGlite), no Deno and no
 * other process, and do not run dist/. `npm run test:unit` runs only these, in seconds. An
 * in-process HTTP server (the fake GitHub and Supabase APIs, a forwarding proxy) is allowed.
 */
const unit = [
  'test/code-scanner.test.ts',
  'test/contract-header.test.ts',
  'test/deploy-protocol.test.ts',
  'test/deploy-report.test.ts',
  'test/deploy-retry.test.ts',
  'test/deploy-window.test.ts',
  'test/event-file.test.ts',
  'test/fix-plan.test.ts',
  'test/failure-cause.test.ts',
  'test/github.test.ts',
  'test/host-access.test.ts',
  'test/import-graph.test.ts',
  'test/lint-engine.test.ts',
  'test/same-problem.test.ts',
  'test/lock-rules-model.test.ts',
  'test/marketplace.test.ts',
  'test/parse-cache.test.ts',
  'test/parse-sql.test.ts',
  'test/preview-branch.test.ts',
  'test/proxy-clients.test.ts',
  'test/readme.test.ts',
  'test/registry.test.ts',
  'test/renderers.test.ts',
  'test/rule-advisor.test.ts',
  'test/rules.test.ts',
  'test/runbook.test.ts',
  'test/stand-in-functions.test.ts',
  'test/statement-locks.test.ts',
];

export default defineConfig({
  // TOOL_VERSION under test, as scripts/bundle.mjs defines it for dist/.
  define: { __MIGRATION_GUARD_VERSION__: JSON.stringify(packageJson.version) },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Separate processes, not threads: files running side by side have their own pids (the
    // embedded database's snapshot is written to `<file>.<pid>.partial`), process.env and signal
    // handlers. The files one worker runs come one after the other.
    pool: 'forks',
    // Most of the time goes into waiting for PostgreSQL clusters, PGlite, Deno and the bundled
    // Action, not into the test process itself: on 2 cores, 3 files at a time keep both busy.
    // Every cluster, server and temp dir a test starts takes a free port and a fresh mkdtemp.
    maxWorkers: 3,
    // As the shipped entry points do (src/runtime/wasm-baseline-only.ts): WebAssembly compiled
    // by V8's baseline compiler only. The test processes parse with libpg-query and run PGlite in
    // process; on embedded-cache, cli and staging-cli together this cut user CPU 49 s -> 35 s.
    execArgv: ['--liftoff-only'],
    sequence: { sequencer: SlowestFirstSequencer },
    projects: [
      {
        extends: true,
        // The pure core shares one module graph per worker instead of re-importing the parser,
        // the rules and the schema model for each file: 37 -> 21 CPU-s (22 files, then).
        test: { name: 'unit', include: unit, isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: unit,
          // A worker keeps its module graph from one file to the next instead of importing the
          // sources (parser, rules, schema model, CLI, staging) again for each: in one run of the
          // whole suite, imports summed 161 -> 69 s and the test processes' CPU 467 -> 393 s.
          // Files that set process.env restore it in afterAll; none mocks modules.
          isolate: false,
          // Files run side by side: on a loaded 2-core machine an embedded check or a run of the
          // bundled Action can take minutes where it takes seconds alone.
          testTimeout: 180_000,
          // dist/ is rebuilt here when it is older than its sources (test/support/fresh-bundle.ts).
          globalSetup: ['test/support/fresh-bundle.ts'],
        },
      },
    ],
  },
});
