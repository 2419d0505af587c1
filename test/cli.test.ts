import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/cli.ts';
import { type CliRun, runCli, TempProjects } from './support/cli-runner.ts';

/** The static checks only: these tests are about linting, not the staging run. */
function cli(args: string[], cwd: string): Promise<CliRun> {
  return runCli(args[0] === 'check' ? [...args, '--no-db'] : args, cwd);
}

const projects = new TempProjects();
const project = (files: Record<string, string>) => projects.create(files);
afterAll(() => projects.removeAll());

const M = 'supabase/migrations';
const history = {
  [`${M}/20240101000000_projects.sql`]:
    'create schema private;\ncreate table private.projects (id bigint primary key, owner_ref uuid not null);\n',
};

describe('migration-guard check', () => {
  it('exits 0 on a clean history and says so', async () => {
    const cwd = project(history);
    const r = await cli(['check'], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 errors/);
  });

  it('exits 1 with the finding, its line and its fix', async () => {
    const cwd = project({
      ...history,
      [`${M}/20240201000000_index.sql`]:
        '-- tenant lookups\ncreate index projects_ws_idx on private.projects (owner_ref);\n',
    });
    const r = await cli(['check'], cwd);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${M}/20240201000000_index.sql:2:1`);
    expect(r.stdout).toContain('create-index-non-concurrent');
    expect(r.stdout).toMatch(/CONCURRENTLY/);
  });

  it('--fail-on never exits 0 even with errors; --fail-on warning counts warnings', async () => {
    const cwd = project({
      ...history,
      [`${M}/20240201000000_index.sql`]: 'create index i on private.projects (owner_ref);\n',
    });
    expect((await cli(['check', '--fail-on', 'never'], cwd)).code).toBe(0);
    expect((await cli(['check', '--fail-on', 'warning'], cwd)).code).toBe(1);
  });

  it('prints JSON with schemaVersion 1', async () => {
    const cwd = project({
      ...history,
      [`${M}/20240201000000_index.sql`]: 'create index i on private.projects (owner_ref);\n',
    });
    const r = await cli(['check', '--format', 'json'], cwd);
    const report = JSON.parse(r.stdout) as {
      schemaVersion: number;
      summary: { errors: number };
      migrations: { file: string; findings: { rule: string; line: number }[] }[];
    };
    expect(report.schemaVersion).toBe(1);
    expect(report.summary.errors).toBe(1);
    const file = report.migrations.find((m) => m.file.endsWith('_index.sql'));
    expect(file?.findings.map((f) => [f.rule, f.line])).toEqual([
      ['create-index-non-concurrent', 1],
    ]);
  });

  it('checks only the files given; the rest is history', async () => {
    const cwd = project({
      ...history,
      [`${M}/20240201000000_index.sql`]: 'create index i on private.projects (owner_ref);\n',
      [`${M}/20240301000000_ok.sql`]: 'create table private.notes (id bigint primary key);\n',
    });
    const r = await cli(['check', `${M}/20240301000000_ok.sql`, '--format', 'json'], cwd);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { migrations: { file: string }[] };
    expect(report.migrations.map((m) => m.file)).toEqual([`${M}/20240301000000_ok.sql`]);
  });

  it('exits 2 naming the flag for a bad --format', async () => {
    const r = await cli(['check', '--format', 'yaml'], project(history));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be one of text, json, markdown, sarif');
  });

  it('exits 2 naming the key for a bad config', async () => {
    const cwd = project({
      ...history,
      'migration-guard.config.json': '{ "rules": { "create-index-non-concurent": "off" } }',
    });
    const r = await cli(['check'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown rule id 'create-index-non-concurent'");
    expect(r.stderr).toContain('rules.create-index-non-concurent');
  });

  it('honours config severities and comments in .jsonc', async () => {
    const cwd = project({
      ...history,
      [`${M}/20240201000000_index.sql`]: 'create index i on private.projects (owner_ref);\n',
      'migration-guard.config.jsonc':
        '{\n  // reviewed: small tables only\n  "rules": { "create-index-non-concurrent": "warning", },\n}',
    });
    const r = await cli(['check', '--format', 'json'], cwd);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toEqual({ errors: 0, warnings: 1, notices: 0 });
  });

  it('exits 2 with the fix when the migrations directory is missing', async () => {
    const r = await cli(['check'], project({ 'README.md': 'x' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no migrations directory');
    expect(r.stderr).toContain('--dir');
  });

  it('exits 2 naming a symbolic link in the migrations directory, which it would not read', async () => {
    // Before: the link was skipped without a word ("No migrations to check", exit 0), so SQL
    // reached through it could be applied by a tool that follows links, never checked.
    const cwd = project({ ...history, 'sql/grant.sql': 'grant postgres to authenticated;\n' });
    symlinkSync('../../sql/grant.sql', join(cwd, M, '20240201000000_grant.sql'));
    const r = await cli(['check'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${M}/20240201000000_grant.sql is a symbolic link, not a regular file`,
    );
    expect(r.stdout).toBe('');
  });

  it('reports malformed SQL with file and line, and still checks the rest', async () => {
    const cwd = project({
      ...history,
      [`${M}/20240201000000_broken.sql`]:
        'create index i on private.projects (owner_ref);\nalter table private.projects add colum x int;\n',
    });
    const r = await cli(['check', '--format', 'json'], cwd);
    expect(r.code).toBe(1);
    const m = JSON.parse(r.stdout).migrations.find((x: { file: string }) =>
      x.file.endsWith('_broken.sql'),
    ) as { findings: { rule: string; line: number }[] };
    expect(m.findings.map((f) => [f.rule, f.line])).toEqual([
      ['create-index-non-concurrent', 1],
      ['syntax-error', 2],
    ]);
  });

  it('--base checks only what changed since the ref', async () => {
    const cwd = project(history);
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@t',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@t',
        },
      });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(
      join(cwd, M, '20240201000000_index.sql'),
      'create index i on private.projects (owner_ref);\n',
    );
    const r = await cli(['check', '--base', 'main', '--format', 'json'], cwd);
    const report = JSON.parse(r.stdout) as { migrations: { file: string; status: string }[] };
    expect(report.migrations.map((m) => [m.file, m.status])).toEqual([
      [`${M}/20240201000000_index.sql`, 'added'],
    ]);
    const bad = await cli(['check', '--base', 'no-such-ref'], cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no-such-ref');
  });
});

describe('check with no migrations to run', () => {
  /** The CLI as a person at a terminal runs it: progress lines on stderr. */
  async function watched(args: string[], cwd: string): Promise<CliRun> {
    let stdout = '';
    let stderr = '';
    const code = await main(args, {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      isTty: false,
      stderrIsTty: true,
      env: {},
      cwd,
    });
    return { code, stdout, stderr };
  }

  it('an empty migrations directory: says there is nothing to check, exits 0, starts no database', async () => {
    const cwd = project({});
    mkdirSync(join(cwd, M), { recursive: true });
    const r = await watched(['check', '--dir', M], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No migrations to check.');
    expect(r.stderr).toContain('no migrations to check, so no staging database is started');
    expect(r.stderr).not.toContain('starting the embedded database');
    const json = await watched(['check', '--dir', M, '--format', 'json'], cwd);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { target: { kind: string }; migrations: unknown[] };
    expect(report.target.kind).toBe('none');
    expect(report.migrations).toEqual([]);
  });

  it('no migration files (a README, SQL only in a subdirectory): no database either', async () => {
    const cwd = project({
      [`${M}/README.md`]: 'migrations go here\n',
      [`${M}/drafts/20250101000000_x.sql`]: 'select 1;\n',
    });
    const r = await watched(['check', '--dir', M, '--format', 'json'], cwd);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('no migrations to check, so no staging database is started');
    expect(r.stderr).not.toContain('starting the embedded database');
    expect((JSON.parse(r.stdout) as { target: { kind: string } }).target.kind).toBe('none');
  });

  it('a directory with migrations still starts the embedded database', async () => {
    const cwd = project({
      [`${M}/20250101000000_notes.sql`]: 'create table private_notes (id int);\n',
    });
    const r = await watched(['check', '--dir', M, '--format', 'json'], cwd);
    expect(r.stderr).toContain('starting the embedded database');
    expect((JSON.parse(r.stdout) as { target: { kind: string } }).target.kind).toBe('pglite');
  }, 120_000);
});

describe('the bundled CLI', () => {
  // Reports every WebAssembly compile or instantiate on stderr: what loading the parser or the
  // embedded database does.
  const watchWasm = `data:text/javascript,for (const k of ['compile', 'instantiate', 'compileStreaming', 'instantiateStreaming']) { const f = WebAssembly[k]; if (f) WebAssembly[k] = (...a) => { process.stderr.write('wasm:' + k + '\\n'); return f(...a); }; }`;
  const bundled = (args: string[]) =>
    spawnSync(process.execPath, ['--import', watchWasm, 'dist/cli.js', ...args], {
      encoding: 'utf8',
    });

  it('answers --help, -h, no command and --version before loading the parser or the database', async () => {
    const { USAGE } = await import('../src/cli/usage.ts');
    for (const [args, code] of [
      [['--help'], 0],
      [['-h'], 0],
      [['help'], 0],
      [[], 2],
    ] as const) {
      const r = bundled([...args]);
      expect([r.status, r.stderr]).toEqual([code, '']);
      expect(r.stdout).toBe(`${USAGE}\n`);
    }
    const version = bundled(['--version']);
    expect([version.status, version.stderr]).toEqual([0, '']);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    // The same watch sees the parser load for a real command, so the silence above means something
    // (without the parse cache: a lint-only check it holds whole needs no parser).
    const lint = bundled([
      'check',
      '--no-db',
      '--no-cache',
      '--dir',
      'examples/acme-saas/supabase/migrations',
    ]);
    expect(lint.stderr).toContain('wasm:');
  });

  it('checks only what a commit added with --base, with and without its code cache', () => {
    // git runs only with --base, and is loaded only then: the bundled CLI runs from V8's code
    // cache, where a dynamic import() of child_process once failed.
    const cwd = projects.create({
      [`${M}/20250101000000_t.sql`]: 'create table t (id bigint primary key);\n',
    });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd,
      });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'history');
    writeFileSync(join(cwd, M, '20250102000000_index.sql'), 'create index t_id on t (id);\n');
    const dist = join(process.cwd(), 'dist', 'cli.js');
    // The first run writes the code cache (unless a test before did), the second runs from it.
    const runs = ['', '', '0'].map((cache) =>
      spawnSync(
        process.execPath,
        [dist, 'check', '--base', 'HEAD', '--no-db', '--no-cache', '--format', 'json'],
        { cwd, encoding: 'utf8', env: { ...process.env, MIGRATION_GUARD_CODE_CACHE: cache } },
      ),
    );
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      const report = JSON.parse(r.stdout) as { migrations: { file: string }[] };
      expect(report.migrations.map((m) => m.file)).toEqual([`${M}/20250102000000_index.sql`]);
    }
  });

  it('runs from dist/ on the example project', () => {
    const r = spawnSync(
      process.execPath,
      [
        'dist/cli.js',
        'check',
        '--dir',
        'examples/acme-saas/supabase/migrations',
        '--format',
        'json',
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { migrations: unknown[]; summary: { errors: number } };
    expect(report.migrations.length).toBe(11);
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it('stops the embedded database it started during the lint when the run ends before staging', () => {
    // The database starts once the files are read; an unreadable --seed ends the run after the
    // lint. A database left running would keep the process alive until the timeout.
    const r = spawnSync(
      process.execPath,
      [
        'dist/cli.js',
        'check',
        '--dir',
        'examples/acme-saas/supabase/migrations',
        '--seed',
        'no-such-seed.sql',
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.signal).toBeNull();
    expect(r.stderr).toContain('cannot read --seed file no-such-seed.sql');
    expect(r.status).toBe(2);
  });
});
