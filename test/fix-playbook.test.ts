import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../src/pipeline/run-check.ts';
import { TempProjects } from './support/cli-runner.ts';
import { fixWithoutDatabase } from './support/fix-proof.ts';

// `fix --no-db` on migrations written the way the data-migration playbook's templates write
// them (test/fixtures/playbook: our own tables and SQL, in the templates' risky forms). Each
// fixture runs after schema.sql, committed in a git repository, the fixture new in the working
// tree (as in a pull request); a rewrite is written and then checked again from the files on
// disk against HEAD, so "no error findings" is the check's verdict on what fix wrote, not fix's
// own word.
// The database proof of each pattern is in test/fix.test.ts, test/fix-patterns.test.ts and
// test/fix-backfill-loops.test.ts; this file starts no database.

const FIXTURES = join(import.meta.dirname, 'fixtures', 'playbook');
const M = 'supabase/migrations';

const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.sql') && f !== 'schema.sql')
  .sort();

const projects = new TempProjects();
afterAll(() => projects.removeAll());

function project(fixture: string): { cwd: string; change: string } {
  const change = `${M}/20240201000000_${fixture.replace(/\.sql$/, '').replaceAll('-', '_')}.sql`;
  const cwd = projects.create({
    [`${M}/20240101000000_schema.sql`]: readFileSync(join(FIXTURES, 'schema.sql'), 'utf8'),
  });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd,
      stdio: 'ignore',
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'schema');
  writeFileSync(join(cwd, change), readFileSync(join(FIXTURES, fixture), 'utf8'));
  return { cwd, change };
}

async function errorsIn(cwd: string, files: string[]): Promise<string[]> {
  const outcome = await runCheck({ cwd, files, base: 'HEAD' });
  return outcome.results.flatMap((r) =>
    r.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${r.file.path}:${f.line}: ${f.rule}`),
  );
}

describe('fix --no-db on the playbook templates', () => {
  it('has fixtures for the templates', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });

  it.each(fixtures)('%s: the original has findings fix acts on', async (fixture) => {
    const { cwd, change } = project(fixture);
    const outcome = await runCheck({ cwd, files: [change], base: 'HEAD' });
    const findings = outcome.results.flatMap((r) => r.findings);
    // Every fixture is one of the risky forms: the check says something about it.
    expect(findings.length).toBeGreaterThan(0);
  });

  it.each(fixtures)('%s: rewritten with no error findings', async (fixture) => {
    const { cwd, change } = project(fixture);
    const results = await fixWithoutDatabase(cwd, [change], true);
    expect(results).toHaveLength(1);
    const [fixed] = results;
    if (!fixed) throw new Error('no result');
    expect(fixed.problem).toBeUndefined();
    expect(fixed.written).toBe(true);
    expect(existsSync(join(cwd, change))).toBe(false);
    const written = (fixed.files ?? []).map((f) => `${M}/${f.fileName}`);
    expect(written.length).toBeGreaterThan(0);
    for (const path of written) expect(existsSync(join(cwd, path))).toBe(true);
    expect(await errorsIn(cwd, written)).toEqual([]);
  });
});
