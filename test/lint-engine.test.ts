import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Config,
  DEFAULT_CONFIG,
  parseConfig,
  type RuleSetting,
} from '../src/core/config/config.ts';
import { type FileLint, lintMigrations } from '../src/core/lint/lint-migrations.ts';
import { type MigrationFile, migrationFile } from '../src/core/migrations/migration-file.ts';
import { createIndexNonConcurrent } from '../src/core/rules/create-index-non-concurrent/index.ts';
import { migrationOutOfOrder } from '../src/core/rules/migration-out-of-order/index.ts';
import { RULE_IDS, RULES } from '../src/core/rules/registry.ts';
import { tenantColumnNullable } from '../src/core/rules/tenant-column-nullable/index.ts';
import { loadParser } from '../src/core/sql/parse-sql.ts';

const DIR = 'supabase/migrations';
const PROBE = 'create-index-non-concurrent';

const projectsTable = `create table public.projects (
  id bigint generated always as identity primary key,
  workspace_id uuid not null,
  title text not null
);`;

beforeAll(async () => {
  await loadParser();
});

interface Run {
  /** Earlier files that only build the schema, by file name. */
  history?: Record<string, string>;
  /** Files under check, by file name. */
  checked: Record<string, string>;
  /** File names the change adds (with `--base`). */
  added?: string[];
  rules?: Record<string, RuleSetting>;
}

async function lint(run: Run): Promise<FileLint[]> {
  const files: MigrationFile[] = [];
  for (const [name, sql] of Object.entries({ ...run.history, ...run.checked })) {
    files.push(await migrationFile(`${DIR}/${name}`, sql));
  }
  const config: Config = { ...DEFAULT_CONFIG, rules: run.rules ?? {} };
  return lintMigrations({
    files,
    checked: new Set(Object.keys(run.checked).map((n) => `${DIR}/${n}`)),
    ...(run.added ? { added: new Set(run.added.map((n) => `${DIR}/${n}`)) } : {}),
    config,
    rules: [createIndexNonConcurrent],
  });
}

/** Findings of one file as `rule@line:severity`, sorted as the engine returns them. */
async function findingsOf(run: Run, fileName?: string): Promise<string[]> {
  const results = await lint(run);
  const name = fileName ?? Object.keys(run.checked)[0];
  const result = results.find((r) => r.file.fileName === name);
  if (!result) throw new Error(`no result for ${name}`);
  return result.findings.map((f) => `${f.rule}@${f.line}:${f.severity}`);
}

const history = { '20250101000000_projects.sql': projectsTable };
const plainIndex = 'create index projects_workspace_idx on public.projects (workspace_id);';

describe('lintMigrations severities', () => {
  it('reports the probe rule at its default severity', async () => {
    expect(
      await findingsOf({ history, checked: { '20250201000000_idx.sql': plainIndex } }),
    ).toEqual([`${PROBE}@1:error`]);
  });

  it('applies a severity override from config.rules', async () => {
    const run = { history, checked: { '20250201000000_idx.sql': plainIndex } };
    expect(await findingsOf({ ...run, rules: { [PROBE]: 'warning' } })).toEqual([
      `${PROBE}@1:warning`,
    ]);
  });

  it("turns a rule off with 'off'", async () => {
    const run = { history, checked: { '20250201000000_idx.sql': plainIndex } };
    expect(await findingsOf({ ...run, rules: { [PROBE]: 'off' } })).toEqual([]);
  });
});

describe('lintMigrations suppressions', () => {
  it('silences exactly the statement after a statement suppression', async () => {
    const sql = `-- migration-guard-ignore ${PROBE}: projects is still empty in production
create index projects_workspace_idx on public.projects (workspace_id);
create index projects_title_idx on public.projects (title);`;
    expect(await findingsOf({ history, checked: { '20250201000000_idx.sql': sql } })).toEqual([
      `${PROBE}@3:error`,
    ]);
  });

  it('silences every finding of the rule with a file suppression', async () => {
    const sql = `create index projects_workspace_idx on public.projects (workspace_id);
-- migration-guard-ignore-file ${PROBE}: maintenance window, writes are paused
create index projects_title_idx on public.projects (title);`;
    expect(await findingsOf({ history, checked: { '20250201000000_idx.sql': sql } })).toEqual([]);
  });

  it('reports a suppression that silenced nothing as unused-suppression', async () => {
    const sql = `-- migration-guard-ignore ${PROBE}: table is small
create index concurrently projects_workspace_idx on public.projects (workspace_id);`;
    expect(await findingsOf({ history, checked: { '20250201000000_idx.sql': sql } })).toEqual([
      'unused-suppression@1:notice',
    ]);
  });

  it('does not judge a suppression of a rule that is turned off', async () => {
    const sql = `-- migration-guard-ignore ${PROBE}: table is small
create index projects_workspace_idx on public.projects (workspace_id);`;
    const run = { history, checked: { '20250201000000_idx.sql': sql } };
    expect(await findingsOf({ ...run, rules: { [PROBE]: 'off' } })).toEqual([]);
  });

  it('reports an unknown rule id as invalid-suppression and does not silence anything', async () => {
    const sql = `-- migration-guard-ignore create-index-concurrent: typo in the rule id
create index projects_workspace_idx on public.projects (workspace_id);`;
    expect(await findingsOf({ history, checked: { '20250201000000_idx.sql': sql } })).toEqual([
      'invalid-suppression@1:error',
      `${PROBE}@2:error`,
    ]);
  });

  it('reports a suppression without a reason as invalid-suppression', async () => {
    const sql = `-- migration-guard-ignore ${PROBE}
create index projects_workspace_idx on public.projects (workspace_id);`;
    expect(await findingsOf({ history, checked: { '20250201000000_idx.sql': sql } })).toEqual([
      'invalid-suppression@1:error',
      `${PROBE}@2:error`,
    ]);
  });

  it('knows engine rule ids even when the run has only other rules', async () => {
    const sql = `-- migration-guard-ignore-file syntax-error: psql variables are substituted before it runs
create index concurrently projects_workspace_idx on public.projects (workspace_id);
select :'tenant';`;
    // The suppression is known (no invalid-suppression) and silences syntax-error, but the apply
    // engine still refuses the file, which apply-refused says.
    expect(await findingsOf({ history, checked: { '20250201000000_idx.sql': sql } })).toEqual([
      'apply-refused@3:error',
    ]);
  });
});

describe('lintMigrations syntax errors', () => {
  it('still treats the table of a CREATE TABLE that does not parse as new', async () => {
    const sql = `create table public.documents (
  id text primary key as identity,
  body text
);
create index documents_body_idx on public.documents (body);
create index projects_title_idx on public.projects (title);`;
    expect(await findingsOf({ history, checked: { '20250201000000_docs.sql': sql } })).toEqual([
      'syntax-error@2:error',
      `${PROBE}@6:error`,
    ]);
  });

  it('reports syntax-error and still lints the rest of the file', async () => {
    const sql = `create index projects_title_idx on public.projects (title);
alter table public.projects add column archived_at timestamptz,;
create index projects_workspace_idx on public.projects (workspace_id);`;
    const results = await lint({ history, checked: { '20250201000000_idx.sql': sql } });
    const findings = results.find((r) => r.file.fileName === '20250201000000_idx.sql')?.findings;
    expect(findings?.map((f) => `${f.rule}@${f.line}`)).toEqual([
      `${PROBE}@1`,
      'syntax-error@2',
      `${PROBE}@3`,
    ]);
    expect(findings?.[1]?.message).toContain('syntax error at or near ";"');
    const broken = 'alter table public.projects add column archived_at timestamptz,;';
    expect(findings?.[1]?.column).toBe(broken.indexOf(';') + 1);
  });

  it('applies the config to engine findings: another severity, or off', async () => {
    const sql = `-- migration-guard-ignore ${PROBE}: unused on purpose
select 1;
select from from;`;
    const checked = { '20250201000000_bad.sql': sql };
    expect(await findingsOf({ checked })).toEqual([
      'unused-suppression@1:notice',
      'syntax-error@3:error',
    ]);
    expect(
      await findingsOf({
        checked,
        rules: { 'syntax-error': 'warning', 'unused-suppression': 'error' },
      }),
    ).toEqual(['unused-suppression@1:error', 'apply-refused@3:error', 'syntax-error@3:warning']);
    // Off or lowered, the file still fails: the apply engine refuses it whatever the config says.
    expect(
      await findingsOf({ checked, rules: { 'syntax-error': 'off', 'unused-suppression': 'off' } }),
    ).toEqual(['apply-refused@3:error']);
    const invalid = { '20250201000000_bad.sql': `-- migration-guard-ignore ${PROBE}\nselect 1;` };
    expect(await findingsOf({ checked: invalid, rules: { 'invalid-suppression': 'off' } })).toEqual(
      [],
    );
  });
});

describe('lintMigrations history replay', () => {
  it('builds the schema from unchecked files without reporting on them', async () => {
    const results = await lint({
      history: {
        '20250101000000_projects.sql': `${projectsTable}\n${plainIndex}`,
      },
      checked: {
        '20250201000000_title_idx.sql':
          'create index projects_title_idx on public.projects (title);',
      },
    });
    expect(results.map((r) => r.file.fileName)).toEqual(['20250201000000_title_idx.sql']);
    expect(results[0]?.findings.map((f) => `${f.rule}@${f.line}`)).toEqual([`${PROBE}@1`]);
  });

  it('treats a table created earlier in the same file as new', async () => {
    const sql = `${projectsTable}\n${plainIndex}`;
    expect(await findingsOf({ checked: { '20250201000000_projects.sql': sql } })).toEqual([]);
  });

  it('treats a table created by an earlier file the change adds as new', async () => {
    const run: Run = {
      history: { '20250201000000_projects.sql': projectsTable },
      checked: { '20250202000000_idx.sql': plainIndex },
      added: ['20250201000000_projects.sql', '20250202000000_idx.sql'],
    };
    expect(await findingsOf(run, '20250202000000_idx.sql')).toEqual([]);
  });

  it('treats a table from an earlier file the change does not add as existing', async () => {
    const run: Run = {
      history: { '20250201000000_projects.sql': projectsTable },
      checked: { '20250202000000_idx.sql': plainIndex },
      added: ['20250202000000_idx.sql'],
    };
    expect(await findingsOf(run, '20250202000000_idx.sql')).toEqual([`${PROBE}@1:error`]);
  });

  it('replays files in version order, not in the order given', async () => {
    const results = await lint({
      checked: {
        '20250202000000_idx.sql': plainIndex,
        '20250201000000_projects.sql': projectsTable,
      },
      added: ['20250201000000_projects.sql', '20250202000000_idx.sql'],
    });
    expect(results.map((r) => [r.file.fileName, r.findings.length])).toEqual([
      ['20250201000000_projects.sql', 0],
      ['20250202000000_idx.sql', 0],
    ]);
  });

  it('reports inside DO blocks at the embedded statement line', async () => {
    const sql = `do $$
begin
  if not exists (select 1 from pg_indexes where indexname = 'projects_workspace_idx') then
    create index projects_workspace_idx on public.projects (workspace_id);
  end if;
end
$$;`;
    expect(await findingsOf({ history, checked: { '20250201000000_idx.sql': sql } })).toEqual([
      `${PROBE}@4:error`,
    ]);
  });

  it('lets a suppression before a DO block silence the statements it runs', async () => {
    const sql = `-- migration-guard-ignore ${PROBE}: guarded, runs once on an empty table
do $$
begin
  create index projects_workspace_idx on public.projects (workspace_id);
end
$$;`;
    expect(await findingsOf({ history, checked: { '20250201000000_idx.sql': sql } })).toEqual([]);
  });
});

describe('lintMigrations history rules', () => {
  it('lets a file suppression in a checked file silence a history finding', async () => {
    const base = await migrationFile(
      `${DIR}/20250301000000_projects.sql`,
      projectsTable,
      'unchanged',
    );
    const run = async (sql: string) => {
      const late = await migrationFile(`${DIR}/20250201000000_idx.sql`, sql, 'added');
      return lintMigrations({
        files: [base, late],
        checked: new Set([late.path]),
        added: new Set([late.path]),
        baseFiles: [base],
        deleted: [],
        config: DEFAULT_CONFIG,
        rules: [migrationOutOfOrder],
      })
        .find((r) => r.file.path === late.path)
        ?.findings.map((f) => `${f.rule}@${f.line}`);
    };
    const sql = 'create table public.invoices (id bigint);';
    expect(await run(sql)).toEqual(['migration-out-of-order@1']);
    const suppressed = `-- migration-guard-ignore-file migration-out-of-order: new table, pushed with --include-all\n${sql}`;
    expect(await run(suppressed)).toEqual([]);
  });
});

describe('a problem a later file of the same change settles (RuleMeta.settledBy)', () => {
  const documents = {
    '20250101000000_documents.sql':
      'create table public.documents (id bigint primary key, title text);',
  };
  const addNullable = 'alter table public.documents add column workspace_id uuid;';
  async function nullableFindings(checked: Record<string, string>, historyFiles = documents) {
    const files: MigrationFile[] = [];
    for (const [name, sql] of Object.entries({ ...historyFiles, ...checked })) {
      files.push(await migrationFile(`${DIR}/${name}`, sql));
    }
    const results = lintMigrations({
      files,
      checked: new Set(Object.keys(checked).map((n) => `${DIR}/${n}`)),
      config: DEFAULT_CONFIG,
      rules: [tenantColumnNullable],
    });
    return results.flatMap((r) => r.findings.map((f) => `${r.file.fileName}:${f.rule}@${f.line}`));
  }

  it('a tenant column added nullable and made NOT NULL by the next file under check: no finding', async () => {
    expect(
      await nullableFindings({
        '20250201000001_add.sql': addNullable,
        '20250201000002_backfill.sql':
          'update public.documents set workspace_id = gen_random_uuid();',
        '20250201000003_not_null.sql':
          'alter table public.documents alter column workspace_id set not null;',
      }),
    ).toEqual([]);
    // A NOT NULL CHECK settles it as the rule asks for an existing table.
    expect(
      await nullableFindings({
        '20250201000001_add.sql': addNullable,
        '20250201000002_check.sql':
          'alter table public.documents add constraint d_ws_nn check (workspace_id is not null) not valid;',
      }),
    ).toEqual([]);
  });

  it('still reported when nothing under check settles it, or only a file outside the change does', async () => {
    expect(await nullableFindings({ '20250201000001_add.sql': addNullable })).toEqual([
      '20250201000001_add.sql:tenant-column-nullable@1',
    ]);
    // Another column made NOT NULL, or the column renamed before it is: not this problem settled.
    expect(
      await nullableFindings({
        '20250201000001_add.sql': addNullable,
        '20250201000002_rename.sql':
          'alter table public.documents rename column workspace_id to team_id;\nalter table public.documents alter column team_id set not null;',
      }),
    ).toEqual(['20250201000001_add.sql:tenant-column-nullable@1']);
    // A later file that is history, not under check (already merged, out of order): the change
    // under check still leaves the column nullable until it runs.
    const files: MigrationFile[] = [
      await migrationFile(
        `${DIR}/20250101000000_documents.sql`,
        documents['20250101000000_documents.sql'],
      ),
      await migrationFile(`${DIR}/20250201000001_add.sql`, addNullable),
      await migrationFile(
        `${DIR}/20250301000000_not_null.sql`,
        'alter table public.documents alter column workspace_id set not null;',
      ),
    ];
    const results = lintMigrations({
      files,
      checked: new Set([`${DIR}/20250201000001_add.sql`]),
      config: DEFAULT_CONFIG,
      rules: [tenantColumnNullable],
    });
    expect(results.flatMap((r) => r.findings.map((f) => f.rule))).toEqual([
      'tenant-column-nullable',
    ]);
  });
});

describe('a file the apply engine refuses never passes the check (apply-refused)', () => {
  const table = `create table public.notes (id bigint generated always as identity primary key);
alter table public.notes enable row level security;`;
  /** With every rule of the registry, as a check runs them. */
  async function allRules(sql: string, rules: Record<string, RuleSetting> = {}) {
    const file = await migrationFile(`${DIR}/20250301000000_notes.sql`, sql);
    const [result] = lintMigrations({
      files: [file],
      checked: new Set([file.path]),
      config: { ...DEFAULT_CONFIG, rules: { 'rls-no-policy': 'off', ...rules } },
      rules: RULES,
    });
    return (result?.findings ?? []).map((f) => `${f.rule}@${f.line}:${f.severity}`);
  }

  it.each([
    ['ROLLBACK at the end', `begin;\n${table}\nrollback;`, 4],
    ['a BEGIN never committed', `begin;\n${table}`, 1],
    ['a COMMIT without BEGIN', `${table}\ncommit;`, 3],
    ['a BEGIN inside a BEGIN', `begin;\nbegin;\n${table}\ncommit;`, 2],
    ['COMMIT AND CHAIN', `begin;\n${table}\ncommit and chain;\ncommit;`, 4],
    ['PREPARE TRANSACTION', `begin;\n${table}\nprepare transaction 'x';`, 4],
  ])('%s: an error no rule reported before', async (_what, sql, line) => {
    const findings = await allRules(sql);
    expect(findings).toContain(`apply-refused@${line}:error`);
  });

  it('names what the engine refuses, as the engine says it', async () => {
    const file = await migrationFile(
      `${DIR}/20250301000000_notes.sql`,
      `begin;\n${table}\nrollback;`,
    );
    const [result] = lintMigrations({
      files: [file],
      checked: new Set([file.path]),
      config: DEFAULT_CONFIG,
      rules: [],
    });
    expect(result?.findings.find((f) => f.line === 4)?.message).toBe(
      'The apply engine refuses this file, on staging and in production, so nothing of it runs: ' +
        'ROLLBACK in a migration undoes its own work; a migration must commit what it does. Remove it.',
    );
  });

  const historyWrite = `${table}\ninsert into supabase_migrations.schema_migrations (version) values ('29990101000000');`;
  const stringSyntax = `${table}\nset standard_conforming_strings = off;`;
  const doTimeout = `${table}\ndo $$ begin perform set_config('lock_timeout', '0', true); end $$;`;
  const cicInBegin = `${table}\nbegin;\ncreate index concurrently notes_id_idx on public.notes (id);\ncommit;`;

  it.each([
    ['writes-migration-history', historyWrite, 3],
    ['string-syntax-setting', stringSyntax, 3],
    ['overrides-timeouts', doTimeout, 3],
    ['concurrently-in-transaction', cicInBegin, 4],
    ['syntax-error', `${table}\nselect from from;`, 3],
  ])(
    '%s: one finding while its rule reports it; apply-refused when a suppression, off or a lower severity silences it',
    async (rule, sql, line) => {
      const plain = await allRules(sql);
      expect(plain).toContain(`${rule}@${line}:error`);
      expect(plain.filter((f) => f.startsWith('apply-refused'))).toEqual([]);

      const suppressed = await allRules(`-- migration-guard-ignore-file ${rule}: trust me\n${sql}`);
      expect(suppressed).toEqual([`apply-refused@${line + 1}:error`]);
      expect(await allRules(sql, { [rule]: 'off' })).toEqual([`apply-refused@${line}:error`]);
      expect(await allRules(sql, { [rule]: 'warning' })).toEqual([
        `apply-refused@${line}:error`,
        `${rule}@${line}:warning`,
      ]);
    },
  );

  it('cannot itself be suppressed: the suppression is invalid and the finding stays', async () => {
    const sql = `-- migration-guard-ignore-file apply-refused: trust me\nbegin;\n${table}\nrollback;`;
    expect(await allRules(sql)).toEqual([
      'invalid-suppression@1:error',
      'apply-refused@2:error',
      'apply-refused@5:error',
    ]);
  });

  it('cannot be configured: the config is refused, naming the key', () => {
    expect(() => parseConfig({ rules: { 'apply-refused': 'off' } }, RULE_IDS)).toThrow(
      /'rules\.apply-refused' cannot be set/,
    );
  });

  it('a file the engine runs gets none', async () => {
    expect(await allRules(`begin;\n${table}\ncommit;`)).toEqual([]);
  });
});
