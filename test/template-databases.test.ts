import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { namesTemplateDatabase, PgliteDatabase } from '../src/staging/pglite-database.ts';
import { runCli, TempProjects } from './support/cli-runner.ts';

/**
 * The embedded database's snapshots hold the `postgres` database alone: initdb's template
 * databases were half their bytes. A run whose SQL names one gets it back, so that what the
 * migration does with it by name runs as on Supabase.
 */

const projects = new TempProjects();
const cacheDir = mkdtempSync(join(tmpdir(), 'mg-template-dbs-'));
afterAll(() => {
  projects.removeAll();
  rmSync(cacheDir, { recursive: true, force: true });
});

interface DatabaseRow {
  datname: string;
  datistemplate: boolean;
  datallowconn: boolean;
}

async function databases(templateDatabases: boolean): Promise<DatabaseRow[]> {
  const db = await PgliteDatabase.start({ cacheDir, templateDatabases });
  try {
    const { rows } = await db.query<DatabaseRow>(
      'select datname, datistemplate, datallowconn from pg_database order by datname',
    );
    // Nothing of the restore leaks into the database a migration runs in.
    const current = await db.query<{ name: string }>('select current_database() as name');
    expect(current.rows).toEqual([{ name: 'postgres' }]);
    return rows;
  } finally {
    await db.close();
  }
}

describe('template databases on the embedded database', () => {
  it('are not in the snapshot; a start asked for them has both, flagged as Postgres flags them', async () => {
    expect(await databases(false)).toEqual([
      { datname: 'postgres', datistemplate: false, datallowconn: true },
    ]);
    expect(await databases(true)).toEqual([
      { datname: 'postgres', datistemplate: false, datallowconn: true },
      { datname: 'template0', datistemplate: true, datallowconn: false },
      { datname: 'template1', datistemplate: true, datallowconn: true },
    ]);
    // The restore is not written back into the base snapshot: the next start has none again.
    expect(await databases(false)).toEqual([
      { datname: 'postgres', datistemplate: false, datallowconn: true },
    ]);
  }, 120_000);

  it('are asked for when a migration the run applies names one, whatever the case', () => {
    const file = (sql: string, version: string | null = '20240101000000') => ({ sql, version });
    expect(
      namesTemplateDatabase([file('select 1'), file('create table template1s (id int)')]),
    ).toBe(false);
    expect(namesTemplateDatabase([file('select 1'), file('COMMENT ON DATABASE "Template1"')])).toBe(
      true,
    );
    expect(namesTemplateDatabase([file('select 1'), file('-- template0')])).toBe(true);
    // A file the run does not apply (no version in its name) asks for nothing.
    expect(namesTemplateDatabase([file('select * from template0', null)])).toBe(false);
  });

  it('let a migration that looks for template1 by name apply on staging, as on Supabase', async () => {
    const cwd = projects.create({
      'supabase/migrations/20240101000000_needs_template1.sql': `do $$
begin
  if not exists (select from pg_database where datname = 'template1' and datistemplate) then
    raise exception 'template1 is missing';
  end if;
end
$$;
`,
    });
    const run = await runCli(
      ['check', '--no-cache', '--format', 'json', '--fail-on', 'never'],
      cwd,
    );
    expect(run.stderr).not.toMatch(/error/i);
    const report = JSON.parse(run.stdout) as {
      migrations: { staging?: string; statements: { status?: string; error?: string }[] }[];
    };
    expect(report.migrations.map((m) => m.staging)).toEqual(['applied']);
    expect(report.migrations[0]?.statements.map((s) => s.error)).toEqual([undefined]);
  }, 120_000);
});
