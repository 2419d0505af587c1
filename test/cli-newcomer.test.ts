import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
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
    const r = check(process.cwd(), ['--dir', 'examples/acme-saas/supabase/migrations']);
    expect(r.stderr).toBe('');
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
      /migration-guard\.config\.json: 'pgVersion' must be an integer from 10 to 18/,
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
