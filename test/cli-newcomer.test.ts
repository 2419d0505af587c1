import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TempProjects } from './support/cli-runner.ts';

// The CLI as a newcomer meets it: dist/cli.js as a process, lint only. Which config file `check`
// uses, and the settings it refuses.

const cliPath = resolve('dist/cli.js');
const projects = new TempProjects();
afterAll(() => projects.removeAll());

const M = 'supabase/migrations';
const files = {
  [`${M}/20240101000000_projects.sql`]:
    'create schema private;\ncreate table private.projects (id bigint primary key, owner_ref uuid not null);\n',
  [`${M}/20240201000000_index.sql`]: 'create index i on private.projects (owner_ref);\n',
};
const indexAsWarning = '{ "rules": { "create-index-non-concurrent": "warning" } }\n';
const indexOff = '{ "rules": { "create-index-non-concurrent": "off" } }\n';

function check(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [cliPath, 'check', '--no-db', ...args], {
    cwd,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Summary {
  summary: { errors: number; warnings: number };
  config: { file: string | null };
}

describe('the config file check uses', () => {
  it("the README's first command uses the example's config, and the report names it", () => {
    // As a newcomer types it (after `npm ci`): npx runs the package's own bin, dist/cli.js,
    // which must therefore be executable in a fresh clone.
    const readme = readFileSync('README.md', 'utf8');
    const first = /^npm ci && (npx migration-guard check [^\n]+)$/m.exec(readme)?.[1];
    expect(first).toBe('npx migration-guard check --dir examples/acme-saas/supabase/migrations');
    const [npx = '', ...args] = (first ?? '').split(' ');
    const r = spawnSync(npx, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(
      /· config examples\/acme-saas\/migration-guard\.config\.json$/,
    );
    const json = check(process.cwd(), [
      '--dir',
      'examples/acme-saas/supabase/migrations',
      '--format',
      'json',
    ]);
    expect((JSON.parse(json.stdout) as Summary).config).toEqual({
      file: 'examples/acme-saas/migration-guard.config.json',
    });
  });

  it('finds the config beside the project of the --dir given, from another directory', () => {
    const root = projects.create({
      ...Object.fromEntries(Object.entries(files).map(([p, sql]) => [`apps/api/${p}`, sql])),
      'apps/api/migration-guard.config.json': indexAsWarning,
    });
    const r = check(root, ['--dir', `apps/api/${M}`, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Summary;
    expect(report.summary).toMatchObject({ errors: 0, warnings: 1 });
    // Outside git the working directory is the root report paths start from.
    expect(report.config.file).toBe('apps/api/migration-guard.config.json');
  });

  it("the project's config wins over the working directory's; --config over both", () => {
    const root = projects.create({
      ...Object.fromEntries(Object.entries(files).map(([p, sql]) => [`apps/api/${p}`, sql])),
      'apps/api/migration-guard.config.json': indexAsWarning,
      'migration-guard.config.json': indexOff,
    });
    const nearest = JSON.parse(check(root, ['--dir', `apps/api/${M}`, '--format', 'json']).stdout);
    expect(nearest.config.file).toBe('apps/api/migration-guard.config.json');
    expect(nearest.summary.warnings).toBe(1);
    const given = JSON.parse(
      check(root, [
        '--dir',
        `apps/api/${M}`,
        '--config',
        'migration-guard.config.json',
        '--format',
        'json',
      ]).stdout,
    );
    expect(given.config.file).toBe('migration-guard.config.json');
    expect(given.summary).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('with no config file anywhere the report says the defaults apply', () => {
    const root = projects.create(files);
    const r = check(root, []);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(/· no config file \(defaults\)$/);
    // The text report closes with what to do next.
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^next: fix each finding as its fix shows/,
    );
  });
});

describe('settings it refuses', () => {
  it('--pg-version outside the versions the checks know: exit 2 naming the range', () => {
    const root = projects.create(files);
    for (const value of ['99', '9', '15.2', 'latest']) {
      const r = check(root, ['--pg-version', value]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(
        `--pg-version must be a Postgres major version from 10 to 18, not '${value}'`,
      );
    }
    expect(check(root, ['--pg-version', '17', '--fail-on', 'never']).code).toBe(0);
  });

  it("the config's pgVersion outside the range: exit 2 naming the file and the key", () => {
    const root = projects.create({
      ...files,
      'migration-guard.config.json': '{ "pgVersion": 99 }\n',
    });
    const r = check(root, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /migration-guard\.config\.json:1:3: 'pgVersion' must be an integer from 10 to 18/,
    );
  });
});

describe('suggestions that never overwrite what the user passed', () => {
  it('a seed file given to --stats: exit 2 at once, no suggestion to write over it, --seed named', () => {
    const seed = 'insert into private.projects values (1, gen_random_uuid());\n';
    const root = projects.create({ ...files, 'supabase/seed.sql': seed });
    // Without --no-db: the file is read before the lint and before any database starts.
    const r = spawnSync(process.execPath, [cliPath, 'check', '--stats', 'supabase/seed.sql'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('supabase/seed.sql: not JSON');
    expect(r.stderr).toContain('--output FILE');
    expect(r.stderr).toContain('--seed takes a seed file');
    expect(r.stderr).not.toMatch(/>\s*\S*seed\.sql/);
    expect(r.stderr).not.toContain('embedded');
  });
});

describe('mistyped flags, commands and config keys', () => {
  const run = (cwd: string, args: string[]) => {
    const r = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('a mistyped flag names the flag it is closest to, and the command', () => {
    const root = projects.create(files);
    const r = run(root, ['check', '--frmat', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "migration-guard: unknown option --frmat for 'check'\n  fix: did you mean --format? (run 'migration-guard check --help')\n",
    );
    expect(run(root, ['stats', '--outptu', 'x.json']).stderr).toContain('did you mean --output?');
    expect(run(root, ['check', '--format']).stderr).toContain('--format needs a value');
    expect(run(root, ['check', '--no-db=yes']).stderr).toContain('--no-db takes no value');
    const far = run(root, ['check', '--colour']);
    expect(far.stderr).toContain('unknown option --colour');
    expect(far.stderr).not.toContain('did you mean');
  });

  it('a mistyped command names the closest command', () => {
    const r = run(projects.create(files), ['chekc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'chekc'");
    expect(r.stderr).toContain("did you mean 'migration-guard check'?");
  });

  it('a config syntax error gives the line and column as written, comments included', () => {
    const config = '{\n  // reviewed\n  "pgVersion": 15\n  "rules": {}\n}\n';
    const root = projects.create({ ...files, 'migration-guard.config.jsonc': config });
    const r = check(root, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/migration-guard\.config\.jsonc:4:3: not valid JSON: /);
  });

  it('a mistyped config key or rule id: its line and column, and the closest known one', () => {
    const config =
      '{\n  "rules": {\n    "create-index-nonconcurrent": "warning"\n  },\n  "tenantColumn": ["org_id"]\n}\n';
    const root = projects.create({ ...files, 'migration-guard.config.json': config });
    const rule = check(root, []);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain(
      "migration-guard.config.json:3:5: unknown rule id 'create-index-nonconcurrent' in 'rules' (did you mean 'create-index-non-concurrent'?)",
    );
    const key = projects.create({
      ...files,
      'migration-guard.config.json': '{\n  "tenantColumn": ["org_id"]\n}\n',
    });
    expect(check(key, []).stderr).toContain(
      "migration-guard.config.json:2:3: unknown key 'tenantColumn' (did you mean 'tenantColumns'?)",
    );
  });
});

describe('errors that name what is wrong', () => {
  it('a --base git does not know: the ref and the repository, no raw git command', () => {
    const root = projects.create(files);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.email=dev@example.com', '-c', 'user.name=dev', 'commit', '-qm', 'history');
    const r = check(root, ['--base', 'no-such-branch']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^migration-guard: --base no-such-branch is not a commit, branch or tag of the repository at \//,
    );
    expect(r.stderr).not.toContain('rev-parse');
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('a --db value that is not a Postgres URL: refused before anything runs, no password echoed', () => {
    const root = projects.create(files);
    const run = (url: string) =>
      spawnSync(process.execPath, [cliPath, 'check', '--db', url], { cwd: root, encoding: 'utf8' });
    const plain = run('notaurl');
    expect(plain.status).toBe(2);
    expect(plain.stderr).toContain("--db 'notaurl' is not a Postgres URL");
    expect(plain.stderr).toContain('postgresql://USER:PASSWORD@HOST:PORT/DATABASE');
    const secret = run('mysql://app:hunter2@db.example.com/app');
    expect(secret.status).toBe(2);
    expect(secret.stderr).not.toContain('hunter2');
  });

  it('a file that is not there names the migrations directory, also when it is the working directory', () => {
    const root = projects.create(files);
    const r = check(join(root, M), ['nope.sql']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.sql does not exist (the migrations directory is .)');
  });
});

describe('output that is whole', () => {
  it('--format markdown --output FILE writes every finding, however long (no comment limit)', () => {
    const many: Record<string, string> = { ...files };
    for (let i = 0; i < 120; i++) {
      const n = String(i).padStart(4, '0');
      many[`${M}/2024030100${n}_index_${i}.sql`] =
        `create index projects_owner_${i}_idx on private.projects (owner_ref, id);\n`;
    }
    const root = projects.create(many);
    const r = check(root, ['--format', 'markdown', '--output', 'report.md', '--fail-on', 'never']);
    expect(r.code).toBe(0);
    const markdown = readFileSync(join(root, 'report.md'), 'utf8');
    // Longer than a PR comment may be, and nothing left out.
    expect(markdown.length).toBeGreaterThan(65_536);
    expect(markdown).not.toContain('shortened');
    for (let i = 0; i < 120; i++) expect(markdown).toContain(`projects_owner_${i}_idx`);
  });
});
