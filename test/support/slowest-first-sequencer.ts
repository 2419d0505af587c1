import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order vitest starts test files in: longest first, so that no long file starts last and
 * runs alone while the other workers idle. Vitest sorts by the durations it cached on the last
 * run; a fresh clone has none, and vitest would fall back to file size, which says little here
 * (a five-line file applies four large extensions). Then this list, the slowest files as
 * measured, goes first; it decides the order only, never what runs.
 */
const SLOWEST = [
  'test/supabase-replica-large-extensions.test.ts',
  'test/action.test.ts',
  'test/supabase-replica-extensions.test.ts',
  'test/action-comment.test.ts',
  'test/probes-check.test.ts',
  'test/supabase-replica-preinstalled.test.ts',
  'test/supabase-replica.test.ts',
  'test/statement-boundaries.test.ts',
  'test/staging-cli.test.ts',
  'test/deploy-action.test.ts',
  'test/pglite-timeout.test.ts',
  'test/extension-stand-ins.test.ts',
  'test/staging-db.test.ts',
  'test/post-checks.test.ts',
  'test/cli.test.ts',
];

export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const path = (spec: TestSpecification) => relative(root, spec.moduleId);
    const cached = (spec: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${spec.project.name}:${path(spec)}`) !== undefined;
    if (sorted.every(cached)) return sorted;
    const rank = (spec: TestSpecification) => {
      const at = SLOWEST.indexOf(path(spec));
      return at < 0 ? SLOWEST.length : at;
    };
    // Stable: the unit project's files, and those not listed, keep vitest's order after these.
    return sorted
      .map((spec, index) => ({ spec, index }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.index - b.index)
      .map(({ spec }) => spec);
  }
}
