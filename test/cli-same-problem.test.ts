import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TempProjects } from './support/cli-runner.ts';
import { history, projectsMigration } from './support/probe-schema.ts';

// One problem, one finding (issue 18): dist/cli.js as a process, its exit code and its text.

const cliPath = resolve('dist/cli.js');
const projects = new TempProjects();
afterAll(() => projects.removeAll());

const M = 'supabase/migrations';

function check(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [cliPath, 'check', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, MIGRATION_GUARD_CACHE_DIR: resolve(cwd, '.cache') },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The finding lines of a text report (`file:line:column  severity  rule  message`). */
function findingLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^ {2}\S+\.sql:\d+:\d+ /.test(l));
}

describe('check reports one finding per problem', () => {
  it('USING (true) on a tenant table: one error, the other rules as also, confirmed by the probe on the embedded database', () => {
    const file = `${M}/20250301120000_projects.sql`;
    const sql = projectsMigration({ select: 'using (true)' });
    const cwd = projects.create({ [`${M}/20250101000000_tenants.sql`]: history, [file]: sql });
    const policyLine =
      sql.split('\n').findIndex((l) => l.startsWith('create policy projects_select')) + 1;
    const r = check(cwd, [file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const atPolicy = findingLines(r.stdout).filter((l) => l.includes(`.sql:${policyLine}:`));
    expect(atPolicy).toHaveLength(1);
    expect(atPolicy[0]).toMatch(/ error +policy-always-true +Policy "projects_select"/);
    expect(r.stdout).toContain(
      'confirmed on staging by probe-cross-tenant-read: public.projects: a member of another tenant read a row',
    );
    expect(r.stdout).toContain(
      'also: probe-cross-tenant-read, tenant-policy-missing (the same problem)',
    );
    expect(r.stdout).toMatch(/✖ 1 error, \d+ warnings?, \d+ notices? in 1 file/);
  }, 180_000);

  it('DROP INDEX then DROP TABLE of its table in one file: only drop-table is reported', () => {
    const cwd = projects.create({
      [`${M}/20250101000000_notes.sql`]:
        'create table public.notes (id bigint primary key, body text);\ncreate index notes_body_idx on public.notes (body);\n',
      [`${M}/20250201000000_drop_notes.sql`]:
        'drop index public.notes_body_idx;\ndrop table public.notes;\n',
    });
    const r = check(cwd, ['--no-db', `${M}/20250201000000_drop_notes.sql`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = findingLines(r.stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/_drop_notes\.sql:2:1 +error +drop-table /);
    expect(r.stdout).not.toContain('drop-index-non-concurrent');

    // Without the table drop the index drop is reported as before.
    const alone = projects.create({
      [`${M}/20250101000000_notes.sql`]:
        'create table public.notes (id bigint primary key, body text);\ncreate index notes_body_idx on public.notes (body);\n',
      [`${M}/20250201000000_drop_index.sql`]: 'drop index public.notes_body_idx;\n',
    });
    const warned = check(alone, [
      '--no-db',
      '--fail-on',
      'warning',
      `${M}/20250201000000_drop_index.sql`,
    ]);
    expect(warned.code).toBe(1);
    expect(findingLines(warned.stdout)).toEqual([
      expect.stringMatching(/:1:1 +warning +drop-index-non-concurrent /),
    ]);
  });
});
