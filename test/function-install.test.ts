import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import ts from 'typescript-api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../src/core/deploy/sign-request.ts';
import { runCli } from './support/cli-runner.ts';
import { type PgCluster, startPgCluster } from './support/pg-cluster.ts';

// `migration-guard function install`: the shipped CLI (dist/cli.js) writes the edge function into
// an empty project; the folder type-checks on its own under the repository's pinned Deno (the
// version Supabase's edge runtime reports), imports nothing from outside itself, and serves an
// apply against a real PostgreSQL 15.

const run = promisify(execFile);
const cli = resolve('dist/cli.js');
const deno = resolve('node_modules/.bin/deno');
const SECRET = 'function-install-test-secret';

const dirs: string[] = [];
function emptyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-function-install-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(root, join(dir, entry.name))
      : [relative(root, join(dir, entry.name)).split(sep).join('/')],
  );
}

/** Run the shipped CLI as a user would, in `cwd`. */
async function shippedCli(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** The pinned Deno, in its own process group (`deno` from node_modules is a launcher). */
function startDeno(args: string[], cwd: string, env: Record<string, string> = {}): ChildProcess {
  return spawn(deno, args, {
    cwd,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '/tmp',
      DENO_TLS_CA_STORE: 'system',
      NO_COLOR: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function collect(child: ChildProcess): { text: () => string } {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { text: () => output };
}

async function denoCheck(folder: string): Promise<{ code: number | null; output: string }> {
  const child = startDeno(['check', '--config', 'deno.json', 'index.ts'], folder);
  const output = collect(child);
  try {
    const code = await new Promise<number | null>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`deno check hung:\n${output.text()}`)), 90_000);
      child.on('exit', (exitCode) => {
        clearTimeout(timer);
        done(exitCode);
      });
    });
    return { code, output: output.text() };
  } finally {
    stopGroup(child);
  }
}

/** Every module specifier of every TypeScript file in `folder`, with the file it is in. */
function importsIn(folder: string): { file: string; specifier: string }[] {
  return filesUnder(folder)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) =>
      ts
        .preProcessFile(readFileSync(join(folder, file), 'utf8'), true, true)
        .importedFiles.map(({ fileName }) => ({ file, specifier: fileName })),
    );
}

describe('migration-guard function install', () => {
  it('writes the shipped function into an empty project, and refuses to overwrite it', async () => {
    expect(existsSync(cli), 'dist/cli.js is missing: run `npm run bundle`').toBe(true);
    const project = emptyProject();
    const first = await shippedCli(['function', 'install'], project);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('wrote supabase/functions/migration-guard/');
    expect(first.stdout).toContain('verify_jwt = false');

    const folder = join(project, 'supabase/functions/migration-guard');
    const shipped = resolve('dist/function/migration-guard');
    expect(filesUnder(folder).sort()).toEqual(filesUnder(shipped).sort());
    expect(filesUnder(folder)).toEqual(
      expect.arrayContaining(['index.ts', 'deno.json', 'README.md', '_core/apply/unit-runner.ts']),
    );
    expect(filesUnder(folder).some((file) => /(^|\/)test\/|_test\.ts$/.test(file))).toBe(false);
    expect(filesUnder(project).every((file) => file.startsWith('supabase/functions/'))).toBe(true);

    writeFileSync(join(folder, 'index.ts'), '// edited by the user\n');
    const again = await shippedCli(['function', 'install'], project);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('supabase/functions/migration-guard already exists');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(folder, 'index.ts'), 'utf8')).toBe('// edited by the user\n');
  });

  it('replaces the folder with --force, and writes under --dir', async () => {
    const project = emptyProject();
    const folder = join(project, 'functions/migration-guard');
    expect((await runCli(['function', 'install', '--dir', 'functions'], project)).code).toBe(0);
    writeFileSync(join(folder, 'stale.ts'), 'export {};\n');
    writeFileSync(join(folder, 'index.ts'), '// edited\n');
    const forced = await runCli(['function', 'install', '--dir', 'functions', '--force'], project);
    expect(forced.code, forced.stderr).toBe(0);
    expect(existsSync(join(folder, 'stale.ts'))).toBe(false);
    expect(readFileSync(join(folder, 'index.ts'), 'utf8')).toBe(
      readFileSync(resolve('dist/function/migration-guard/index.ts'), 'utf8'),
    );
    expect(readdirSync(join(project, 'functions'))).toEqual(['migration-guard']);
  });

  it('exits 2 with the cause and the fix on bad input', async () => {
    const project = emptyProject();
    const cases: [string[], string][] = [
      [['function'], "'function' needs a subcommand"],
      [['function', 'uninstall'], "unknown subcommand 'function uninstall'"],
      [['function', 'install', '--overwrite'], "unknown option --overwrite for 'function install'"],
      [['function', 'install', '--dir'], '--dir needs a value'],
      [['function', 'install', '--dir', ''], '--dir is empty'],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args, project);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(message);
      expect(result.stderr, args.join(' ')).toContain('fix: ');
    }
    // A file where the folder would go is not overwritten either.
    writeFileSync(join(project, 'migration-guard'), 'not a folder\n');
    const blocked = await runCli(['function', 'install', '--dir', '.'], project);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain('migration-guard already exists');
    expect(readdirSync(project)).toEqual(['migration-guard']);
  });

  it('imports nothing from outside the folder', async () => {
    const project = emptyProject();
    expect((await runCli(['function', 'install'], project)).code).toBe(0);
    const folder = join(project, 'supabase/functions/migration-guard');
    const denoJson = JSON.parse(readFileSync(join(folder, 'deno.json'), 'utf8')) as {
      imports: Record<string, string>;
    };
    const inside = (path: string) => !relative(folder, path).startsWith('..');
    for (const [name, target] of Object.entries(denoJson.imports)) {
      if (target.startsWith('./')) expect(inside(resolve(folder, target)), name).toBe(true);
      else expect(target, name).toMatch(/^npm:[^/]+|^npm:@[^/]+\/[^/]+/);
    }
    const imports = importsIn(folder);
    expect(imports.length).toBeGreaterThan(50);
    for (const { file, specifier } of imports) {
      const where = `${file}: ${specifier}`;
      if (specifier.startsWith('./') || specifier.startsWith('../')) {
        const target = resolve(folder, dirname(file), specifier);
        expect(inside(target), where).toBe(true);
        expect(existsSync(target), where).toBe(true);
      } else if (specifier.startsWith('@core/')) {
        const target = resolve(folder, denoJson.imports['@core/'] ?? '', specifier.slice(6));
        expect(inside(target), where).toBe(true);
        expect(existsSync(target), where).toBe(true);
      } else {
        const mapped = denoJson.imports[specifier] ?? specifier;
        expect(mapped, where).toMatch(/^(npm|node):/);
      }
    }
  });

  it('type-checks on its own with the pinned Deno', async () => {
    const project = emptyProject();
    expect((await runCli(['function', 'install'], project)).code).toBe(0);
    const folder = join(project, 'supabase/functions/migration-guard');
    const { code, output } = await denoCheck(folder);
    expect(code, output).toBe(0);
  }, 120_000);
});

describe('the installed function serves an apply', () => {
  let cluster: PgCluster;

  beforeAll(async () => {
    cluster = await startPgCluster();
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it('applies a signed migration on PostgreSQL 15 and records it as the Supabase CLI does', async () => {
    const project = emptyProject();
    expect((await runCli(['function', 'install'], project)).code).toBe(0);
    const folder = join(project, 'supabase/functions/migration-guard');
    const fn = startDeno(['run', '-A', '--config', 'deno.json', 'index.ts'], folder, {
      SUPABASE_DB_URL: cluster.url,
      MIGRATION_GUARD_SECRET: SECRET,
      MIGRATION_GUARD_PORT: '0',
    });
    const output = collect(fn);
    try {
      const url = await new Promise<string>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no start:\n${output.text()}`)), 90_000);
        const look = () => {
          const match = /listening on (http:\/\/\S+)/.exec(output.text());
          if (match?.[1]) {
            clearTimeout(timer);
            done(match[1]);
          }
        };
        fn.stdout?.on('data', look);
        fn.stderr?.on('data', look);
        fn.on('exit', (code) => fail(new Error(`function exited (${code}):\n${output.text()}`)));
      });

      const sql = 'create table public.gadgets (id bigint primary key, name text not null);\n';
      const body = JSON.stringify({
        deploymentId: 'install-smoke-1',
        repository: 'acme/app',
        commit: 'a'.repeat(40),
        allowOutOfOrder: false,
        migrations: [
          {
            version: '20240101000000',
            name: 'gadgets',
            sha256: createHash('sha256').update(sql).digest('hex'),
            sql,
          },
        ],
      });
      const response = await fetch(`${url}/migration-guard/apply`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(await signRequest({ secret: SECRET, body })),
        },
        body,
      });
      const status = (await response.json()) as {
        status: string;
        migrations: { version: string; status: string }[];
      };
      expect(response.status, `${JSON.stringify(status)}\n${output.text()}`).toBe(200);
      expect(status.status).toBe('succeeded');
      expect(status.migrations.map((m) => [m.version, m.status])).toEqual([
        ['20240101000000', 'applied'],
      ]);
    } finally {
      stopGroup(fn);
    }

    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      const table = await client.query<{ present: boolean }>(
        "select to_regclass('public.gadgets') is not null as present",
      );
      expect(table.rows[0]?.present).toBe(true);
      const history = await client.query<{ version: string; name: string; statements: string[] }>(
        'select version, name, statements from supabase_migrations.schema_migrations',
      );
      expect(history.rows).toEqual([
        {
          version: '20240101000000',
          name: 'gadgets',
          statements: ['create table public.gadgets (id bigint primary key, name text not null)'],
        },
      ]);
    } finally {
      await client.end();
    }
  }, 120_000);
});
