import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../src/core/apply/apply-migrations.ts';
import { runCli, TempProjects } from './support/cli-runner.ts';
import { stagingTargets, type StagingTarget } from './support/staging-targets.ts';
import { migrationFiles } from './support/trace-target.ts';

/**
 * Every file starts from the session state the run began with, however the files are split
 * across calls: what one file sets for its session (search path, role) does not decide where,
 * or as whom, the next file creates its objects.
 */

const first = `create schema if not exists elsewhere;
create role session_reset_owner nologin;
grant create, usage on schema public, elsewhere to session_reset_owner;
set search_path to elsewhere;
set role session_reset_owner;
select set_config('search_path', 'elsewhere', false);`;
const second = 'create table notes (id bigint primary key);';

describe.each(stagingTargets())('on %s', (_label, open) => {
  let target: StagingTarget;
  beforeAll(async () => {
    target = await open();
  }, 120_000);
  afterAll(async () => {
    await target?.close();
  });

  async function whereNotesLanded(): Promise<{ schema: string; owner: string }[]> {
    const { rows } = await target.db.query<{ schema: string; owner: string }>(
      `select n.nspname as schema, pg_get_userbyid(c.relowner) as owner
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relname = 'notes' and c.relkind = 'r'`,
    );
    return rows;
  }

  it('in one call and in two, the second file lands in the same schema with the same owner', async () => {
    const files = await migrationFiles(first, second);
    const { rows } = await target.db.query<{ me: string }>('select session_user as me');
    const me = rows[0]?.me;

    // One call, in one transaction rolled back at the end (as a PR check runs): look before.
    let landed: { schema: string; owner: string }[] = [];
    const together = await applyMigrations(
      target.db,
      files.map((file) => ({ file })),
      {
        mode: 'rollback',
        beforeEnd: async () => {
          landed = await whereNotesLanded();
        },
      },
    );
    expect(together.map((r) => r.status)).toEqual(['validated', 'validated']);
    expect(landed).toEqual([{ schema: 'public', owner: me }]);

    // Split across two calls on the same session, as a deployment resumed later would be.
    const [one, two] = files;
    if (!one || !two) throw new Error('two files expected');
    const firstCall = await applyMigrations(target.db, [{ file: one }]);
    const secondCall = await applyMigrations(target.db, [{ file: two }]);
    expect([...firstCall, ...secondCall].map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(await whereNotesLanded()).toEqual([{ schema: 'public', owner: me }]);
    await target.db.exec(
      'reset all; drop table public.notes; drop schema elsewhere; drop owned by session_reset_owner; drop role session_reset_owner',
    );
  });
});

describe('staging says the same', () => {
  const projects = new TempProjects();
  afterAll(() => projects.removeAll());

  it('the embedded run puts the second file in public, as production would', async () => {
    const cwd = projects.create({
      'supabase/migrations/20240101000000_first.sql': first,
      'supabase/migrations/20240102000000_second.sql': second,
      // Only where production puts the table does this find it.
      'supabase/migrations/20240103000000_third.sql':
        'alter table public.notes add column body text;',
    });
    const run = await runCli(['check', '--format', 'json', '--fail-on', 'never'], cwd);
    const report = JSON.parse(run.stdout) as {
      migrations: { staging?: string; statements: { sql: string; status?: string }[] }[];
    };
    expect(report.migrations.map((m) => m.staging)).toEqual(['applied', 'applied', 'applied']);
  });
});
