import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TempProjects } from './support/cli-runner.ts';

// A lint-only check (`--no-db`) whose files and pieces of SQL are all in the parse cache does
// not load the parser (src/core/sql/pg-query.ts); one that finds a piece missing runs its lint
// again with the parser. Run on the built CLI in fresh processes: whether WebAssembly was
// compiled is a fact of the process, counted by a preloaded script that wraps WebAssembly's
// entry points (the parser's is the only WebAssembly a lint-only check has).

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const projects = new TempProjects();
const scratch: string[] = [];
afterAll(() => {
  projects.removeAll();
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

const counterDir = temp('mg-wasm-counter-');
const counter = join(counterDir, 'count-wasm.cjs');
writeFileSync(
  counter,
  `'use strict';
const fs = require('node:fs');
let count = 0;
for (const name of ['compile', 'instantiate']) {
  const original = WebAssembly[name];
  WebAssembly[name] = function (...args) { count++; return original.apply(this, args); };
}
const OriginalModule = WebAssembly.Module;
WebAssembly.Module = new Proxy(OriginalModule, { construct(target, args) { count++; return new target(...args); } });
process.on('exit', () => fs.writeFileSync(process.env.MG_TEST_WASM_COUNT, String(count)));
`,
);

// Every kind of piece the lint parses apart: a SQL function's body, a trigger's WHEN clause, a
// policy's clause, a PL/pgSQL body, and a file with a contract header (scanned for it).
const FILES = {
  'supabase/migrations/20260101000000_tables.sql': `create table public.accounts (id bigint primary key, owner uuid not null, balance int);
alter table public.accounts enable row level security;
create policy accounts_owner on public.accounts for select using (owner = (select auth.uid()));
create function public.balance_of(a bigint) returns int language sql stable as $$ select balance from public.accounts where id = a $$;
`,
  'supabase/migrations/20260102000000_trigger.sql': `create function public.touch() returns trigger language plpgsql as $$
begin
  execute 'update public.accounts set balance = balance where id = ' || new.id;
  return new;
end $$;
create trigger accounts_touch before update on public.accounts for each row when (old.balance is distinct from new.balance) execute function public.touch();
`,
  'supabase/migrations/20260103000000_drop.sql': `-- migration-guard:contract after=2020-01-01
alter table public.accounts drop column balance;
`,
  'supabase/migrations/20260104000000_index.sql': `create index accounts_owner_idx on public.accounts (owner);
`,
  // Found only by reading the function's body (a piece): a wrong answer for it loses the finding.
  'supabase/migrations/20260105000000_mark.sql': `create function public.mark_applied() returns void language sql as $$ insert into supabase_migrations.schema_migrations (version) values ('20260105000000') $$;
`,
};

interface Run {
  code: number | null;
  report: string;
  stderr: string;
  wasm: number;
}

function check(project: string, cacheDir: string | null, format = 'json'): Run {
  const count = join(counterDir, `count-${Math.random().toString(36).slice(2)}`);
  const run = spawnSync(
    process.execPath,
    [
      '--require',
      counter,
      cli,
      'check',
      '--dir',
      'supabase/migrations',
      '--no-db',
      '--format',
      format,
      '--fail-on',
      'never',
      ...(cacheDir === null ? ['--no-cache'] : []),
    ],
    {
      cwd: project,
      encoding: 'utf8',
      env: {
        ...process.env,
        MG_TEST_WASM_COUNT: count,
        ...(cacheDir === null ? {} : { MIGRATION_GUARD_CACHE_DIR: cacheDir }),
      },
    },
  );
  const wasm = Number(readFileSync(count, 'utf8'));
  rmSync(count, { force: true });
  return {
    code: run.status,
    report: run.stdout.replace(/"durationMs":\s*[\d.]+/g, '"durationMs":0'),
    stderr: run.stderr,
    wasm,
  };
}

/** The cache's entries for pieces of SQL (`f-<sha256>.json`), by path. */
function pieceEntries(cacheDir: string): string[] {
  return readdirSync(cacheDir)
    .filter((name) => name.startsWith('parse-'))
    .flatMap((build) =>
      readdirSync(join(cacheDir, build))
        .filter((name) => name.startsWith('f-') && name.endsWith('.json'))
        .map((name) => join(cacheDir, build, name)),
    );
}

describe('a lint-only check loads the parser only when it parses', () => {
  const project = projects.create(FILES);
  const uncached = check(project, null);

  it('compiles the parser without a cache and on a first run, and not on a warm one', () => {
    expect(uncached.stderr).toBe('');
    expect(uncached.code).toBe(0);
    const findings = JSON.parse(uncached.report).migrations.flatMap(
      (m: { findings: { rule: string }[] }) => m.findings.map((f) => f.rule),
    );
    // The report is about something: the drop, the index and the body's write are found.
    expect(findings).toEqual(
      expect.arrayContaining([
        'drop-column',
        'create-index-non-concurrent',
        'writes-migration-history',
      ]),
    );
    expect(uncached.wasm).toBeGreaterThan(0);

    const cacheDir = temp('mg-on-demand-cache-');
    const cold = check(project, cacheDir);
    expect(cold.wasm).toBeGreaterThan(0);
    expect(cold.report).toBe(uncached.report);
    // The pieces: the functions' bodies, the trigger's clause, the contract header's scan.
    expect(pieceEntries(cacheDir).length).toBeGreaterThanOrEqual(3);

    const warm = check(project, cacheDir);
    expect(warm.wasm).toBe(0);
    expect(warm.report).toBe(uncached.report);
    expect(warm.stderr).toBe('');
  });

  it('runs the lint again with the parser when a piece is missing, and answers the same', () => {
    const cacheDir = temp('mg-on-demand-cache-');
    check(project, cacheDir);
    // Each piece removed alone: whichever the lint asks for first, the answer is the same.
    for (const piece of pieceEntries(cacheDir)) {
      const saved = readFileSync(piece);
      rmSync(piece);
      const rerun = check(project, cacheDir);
      expect(rerun.wasm).toBeGreaterThan(0);
      expect({ report: rerun.report, stderr: rerun.stderr }).toEqual({
        report: uncached.report,
        stderr: '',
      });
      // The rerun stored the piece again: the next run needs no parser.
      expect(readFileSync(piece).equals(saved)).toBe(true);
      expect(check(project, cacheDir).wasm).toBe(0);
    }
  });

  it('answers the same when every piece is missing, the contract header scanned first', () => {
    const cacheDir = temp('mg-on-demand-cache-');
    check(project, cacheDir);
    for (const piece of pieceEntries(cacheDir)) rmSync(piece);
    const rerun = check(project, cacheDir);
    expect(rerun.wasm).toBeGreaterThan(0);
    expect(rerun.report).toBe(uncached.report);
  });

  it('loads the parser for a Markdown report, whose runbooks parse', () => {
    const cacheDir = temp('mg-on-demand-cache-');
    const plain = check(project, null, 'markdown');
    expect(plain.report).toContain('accounts_owner_idx');
    check(project, cacheDir, 'markdown');
    const warm = check(project, cacheDir, 'markdown');
    expect(warm.wasm).toBeGreaterThan(0);
    expect(warm.report).toBe(plain.report);
  });
});
