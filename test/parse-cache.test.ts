import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historiesDir } from '../bench/public-histories.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import { fromRecord, toRecord } from '../src/core/sql/parsed-sql-record.ts';
import { standIns } from '../src/core/extensions/stand-ins/index.ts';
import { parseFragment, withFragmentStore } from '../src/core/sql/fragment-parses.ts';
import { parseNewStatements } from '../src/core/sql/function-body.ts';
import { openParseCache } from '../src/pipeline/parse-cache.ts';
import { runCheck } from '../src/pipeline/run-check.ts';
import { runCli, TempProjects } from './support/cli-runner.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const projects = new TempProjects();
const scratch: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-parse-cache-'));
  scratch.push(dir);
  return dir;
}

const savedCacheDir = process.env['MIGRATION_GUARD_CACHE_DIR'];
beforeAll(() => loadParser());
afterAll(() => {
  projects.removeAll();
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
  if (savedCacheDir === undefined) delete process.env['MIGRATION_GUARD_CACHE_DIR'];
  else process.env['MIGRATION_GUARD_CACHE_DIR'] = savedCacheDir;
});

/** JSON.stringify's replacer that leaves out timings, which differ between runs. */
const dropDurations = (key: string, value: unknown) => (key === 'durationMs' ? undefined : value);

/** The cache's entry files: `parse-<build>/<sha256>.json` under `cacheDir`. */
function entries(cacheDir: string): string[] {
  if (!existsSync(cacheDir)) return [];
  return readdirSync(cacheDir)
    .filter((name) => name.startsWith('parse-'))
    .flatMap((build) =>
      readdirSync(join(cacheDir, build))
        .filter((name) => name.endsWith('.json'))
        .map((name) => join(cacheDir, build, name)),
    );
}

/** The one entry a cache in a fresh directory writes for `sql`. */
async function entryFor(sql: string): Promise<string> {
  const dir = tempDir();
  const cache = openParseCache(dir);
  cache.parse(sql);
  expect(await cache.save()).toEqual({ ok: true });
  const [file] = entries(dir);
  if (file === undefined) throw new Error('no entry written');
  return file;
}

// A DO block with nested loops (each loop points at its statements and back), a COMMIT in a
// loop, suppressions, a statement the parser rejects, a byte-order mark and multi-byte text.
const TRICKY = `\uFEFF-- migration-guard-ignore-file require-timeout-settings: set by the runner
create table public.caf\u00e9 (id bigint primary key, note text default '\u00e9t\u00e9 \u{1F600}');
-- migration-guard-ignore mixed-schema-and-data: tiny table
do $$
declare r record;
begin
  for r in select id from public.caf\u00e9 loop
    while r.id > 0 loop
      update public.caf\u00e9 set note = 'x' where id = r.id;
      commit;
    end loop;
    perform 1;
  end loop;
  if exists (select 1) then execute 'select 1'; end if;
end $$;
create table broken (;
-- migration-guard-ignore add-column-volatile-default
select 1;
-- migration-guard-ignore drop-table: stray, nothing follows
`;

describe('a stored parse is the parse', () => {
  it('reads back equal to parseSql, loops and all, for tricky SQL', () => {
    const parsed = parseSql(TRICKY);
    expect(parsed.statements.some((s) => (s.plpgsql?.loops.length ?? 0) > 1)).toBe(true);
    expect(parsed.errors.length).toBe(1);
    const back = fromRecord(TRICKY, JSON.parse(JSON.stringify(toRecord(parsed))));
    expect(isDeepStrictEqual(back, parsed)).toBe(true);
    // The loops point at the very statements the body lists, as the rules expect.
    const body = back?.statements.find((s) => s.plpgsql?.context === 'do')?.plpgsql;
    const inner = body?.loops[1]?.statements[0];
    expect(inner !== undefined && body?.sql.includes(inner)).toBe(true);
    expect(inner?.loops[0]).toBe(body?.loops[0]);
  });

  it('refuses a record whose fields do not fit the text', () => {
    const record = JSON.parse(JSON.stringify(toRecord(parseSql(TRICKY))));
    const broken = [
      (r: typeof record) => {
        r.statements[0].end = TRICKY.length + 10;
      },
      (r: typeof record) => {
        r.statements[0].node = 'DropStmt';
      },
      (r: typeof record) => {
        r.statements[1].plpgsql.loops[0].statements = [99];
      },
      (r: typeof record) => {
        r.errors = [{ line: 'one' }];
      },
      (r: typeof record) => {
        r.statements[1].suppressions[0].used = true;
      },
    ];
    for (const breakIt of broken) {
      const copy = structuredClone(record);
      breakIt(copy);
      expect(fromRecord(TRICKY, copy)).toBeUndefined();
    }
  });
});

describe('the parse cache', () => {
  const sql = 'create table t (id bigint primary key);\nalter table t add column c int;\n';

  it('misses, stores the parse, then serves it to the next run', async () => {
    const dir = tempDir();
    const cold = openParseCache(dir);
    const first = cold.parse(sql);
    expect(cold.stats).toEqual({ hits: 0, misses: 1 });
    expect(await cold.save()).toEqual({ ok: true });
    expect(entries(dir)).toHaveLength(1);

    const warm = openParseCache(dir);
    const second = warm.parse(sql);
    expect(warm.stats).toEqual({ hits: 1, misses: 0 });
    expect(isDeepStrictEqual(second, first)).toBe(true);
    // Every call hands out its own objects: the lint marks suppressions on them.
    expect(warm.parse(sql)).not.toBe(second);
  });

  it('reads an entry again for a second parse of its text, and parses anew if it is gone', async () => {
    const file = await entryFor(sql);
    const dir = dirname(dirname(file));
    const whole = readFileSync(file, 'utf8');
    const cache = openParseCache(dir);
    const first = cache.parse(sql);
    const second = cache.parse(sql);
    expect(cache.stats).toEqual({ hits: 2, misses: 0 });
    expect(isDeepStrictEqual(second, first)).toBe(true);
    expect(isDeepStrictEqual(second, parseSql(sql))).toBe(true);
    // Gone (a concurrent run pruned it) or damaged since: parsed again and written again.
    rmSync(file);
    expect(isDeepStrictEqual(cache.parse(sql), first)).toBe(true);
    expect(cache.stats).toEqual({ hits: 2, misses: 1 });
    expect(await cache.save()).toEqual({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe(whole);
  });

  it('parses again and rewrites an entry that is damaged', async () => {
    const file = await entryFor(sql);
    const dir = dirname(dirname(file));
    const whole = readFileSync(file, 'utf8');
    for (const damaged of [whole.slice(0, whole.length / 2), '', 'null', '[]', '{"format":1}']) {
      writeFileSync(file, damaged);
      const cache = openParseCache(dir);
      expect(isDeepStrictEqual(cache.parse(sql), parseSql(sql))).toBe(true);
      expect(cache.stats).toEqual({ hits: 0, misses: 1 });
      expect(await cache.save()).toEqual({ ok: true });
      expect(readFileSync(file, 'utf8')).toBe(whole);
    }
  });

  it('refuses an entry of another build or another format', async () => {
    const file = await entryFor(sql);
    const entry = JSON.parse(readFileSync(file, 'utf8'));
    for (const change of [{ build: '0000000000000000' }, { format: entry.format + 1 }]) {
      writeFileSync(file, JSON.stringify({ ...entry, ...change }));
      const cache = openParseCache(dirname(dirname(file)));
      cache.parse(sql);
      expect(cache.stats.misses).toBe(1);
    }
  });

  it('refuses an entry that is not a regular file, and writes through no link', async () => {
    const file = await entryFor(sql);
    const dir = dirname(dirname(file));
    // A link to an endless device where the entry should be: refused, not read.
    rmSync(file);
    symlinkSync('/dev/zero', file);
    const cache = openParseCache(dir);
    expect(isDeepStrictEqual(cache.parse(sql), parseSql(sql))).toBe(true);
    expect(cache.stats.misses).toBe(1);
    // A link left at the name of this process's partial file is replaced, not written through.
    const victim = join(tempDir(), 'victim');
    writeFileSync(victim, 'untouched');
    symlinkSync(victim, `${file}.${process.pid}.partial`);
    expect(await cache.save()).toEqual({ ok: true });
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect(lstatSync(file).isFile()).toBe(true);
    expect(openParseCache(dir).parse(sql)).toBeDefined();
  });

  it('removes other builds and entries unused for a month, at most once a day', async () => {
    const file = await entryFor(sql);
    const buildDir = dirname(file);
    const dir = dirname(buildDir);
    const oldBuild = join(dir, 'parse-0123456789abcdef');
    mkdirSync(oldBuild);
    writeFileSync(join(oldBuild, 'x.json'), '{}');
    const unused = join(buildDir, `${'0'.repeat(64)}.json`);
    writeFileSync(unused, '{}');
    const monthsAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    utimesSync(unused, monthsAgo, monthsAgo);
    utimesSync(file, monthsAgo, monthsAgo);
    // Pruned a day ago or more: the next save prunes.
    utimesSync(join(buildDir, '.pruned'), monthsAgo, monthsAgo);

    const cache = openParseCache(dir);
    cache.parse(sql);
    expect(await cache.save()).toEqual({ ok: true });
    expect(existsSync(oldBuild)).toBe(false);
    expect(existsSync(unused)).toBe(false);
    // The entry this run used stays, and its time is refreshed so it is not pruned next month.
    expect(existsSync(file)).toBe(true);
    expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(3600 * 1000);
  });
});

// The same migration history, linted through the CLI, with the cache in a directory of the test.
async function lintJson(cwd: string, cacheDir: string, extra: string[] = []) {
  process.env['MIGRATION_GUARD_CACHE_DIR'] = cacheDir;
  const run = await runCli(
    [
      'check',
      '--dir',
      'supabase/migrations',
      '--no-db',
      '--format',
      'json',
      '--fail-on',
      'never',
      ...extra,
    ],
    cwd,
  );
  expect(run.code).toBe(0);
  return run;
}

describe('a poisoned entry', () => {
  // A's file has a finding; B's file has another. An entry holding B's parse, put where A's
  // belongs (a restored CI cache written by someone else), must not change A's report.
  const history = 'create table t (id bigint primary key, note text);\n';
  const A = 'alter table t add column c int not null;\n';
  const B = 'drop table t;\n';
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

  it("cannot make a lint of one file report another file's findings", async () => {
    const cwd = projects.create({
      'supabase/migrations/20240101000000_t.sql': history,
      'supabase/migrations/20240102000000_a.sql': A,
    });
    const cacheDir = tempDir();
    const honest = await lintJson(cwd, cacheDir);
    const entryOfB = await entryFor(B);
    const entryOfA = join(cacheDir, basename(dirname(entryOfB)), `${sha256(A)}.json`);
    expect(existsSync(entryOfA)).toBe(true);
    const findingsOfB = await lintJson(
      projects.create({
        'supabase/migrations/20240101000000_t.sql': history,
        'supabase/migrations/20240102000000_a.sql': B,
      }),
      tempDir(),
    );
    expect(findingsOfB.stdout.replaceAll(sha256(B), '')).not.toBe(
      honest.stdout.replaceAll(sha256(A), ''),
    );

    writeFileSync(entryOfA, readFileSync(entryOfB));
    const poisoned = await lintJson(cwd, cacheDir);
    expect(poisoned.stdout).toBe(honest.stdout);
    // The poisoned entry was replaced by the parse of A.
    expect(JSON.parse(readFileSync(entryOfA, 'utf8')).sha256).toBe(sha256(A));

    // Nor an entry of B relabelled with A's sha256 whose offsets do not fit A.
    const relabelled = JSON.parse(readFileSync(entryOfB, 'utf8'));
    relabelled.sha256 = sha256(A);
    relabelled.parsed.statements[0].end = A.length + 100;
    writeFileSync(entryOfA, JSON.stringify(relabelled));
    expect((await lintJson(cwd, cacheDir)).stdout).toBe(honest.stdout);
  });
});

describe('the pieces of SQL the lint parses apart', () => {
  // A SQL function's body, a PL/pgSQL body read again by rules, a trigger's WHEN clause, a
  // policy's clause, an extension's stand-in script: each parsed apart from the file's parse.
  const files = {
    'supabase/migrations/20240101000000_t.sql': [
      'create extension if not exists pg_trgm with schema extensions;',
      'create table public.t (id bigint primary key, org_id uuid, note text);',
      'create function public.f() returns int language sql as $$ select count(*)::int from public.t $$;',
      'create function public.g() returns trigger language plpgsql as $$ begin',
      "  perform set_config('search_path', '', true);",
      '  return new;',
      'end $$;',
      'create trigger t_g before update on public.t for each row',
      '  when (old.note = new.note) execute function public.g();',
      'alter table public.t enable row level security;',
      'create policy t_read on public.t for select using (note is not null);',
      'create extension if not exists pgjwt with schema extensions;',
      "do $$ begin execute 'do $i$ begin set local lock_timeout = 0; end $i$'; end $$;",
      "create function public.h() returns void language plpgsql as $$ begin set local search_path = ''; end $$;",
      '',
    ].join('\n'),
  };

  it('are cached: a second check parses nothing, file or piece, and reports the same', async () => {
    const cwd = projects.create(files);
    const cacheDir = tempDir();
    const check = () => runCheck({ cwd, files: [], cacheDir });
    const cold = await check();
    expect(cold.parseCache.files).toEqual({ hits: 0, misses: 1 });
    expect(cold.parseCache.fragments.hits).toBe(0);
    const pieces = entries(cacheDir).filter((f) => basename(f).startsWith('f-'));
    const kinds = pieces.map((f) => JSON.parse(readFileSync(f, 'utf8')).fragment).sort();
    // The SQL function's body, the WHEN clause, pgjwt's stand-in script, the string EXECUTEd (a
    // parse each); the DO block in that string (PL/pgSQL); the policy's clause for its fix (scan).
    expect(kinds).toEqual(['parse', 'parse', 'parse', 'parse', 'plpgsql', 'scan']);
    expect(cold.parseCache.fragments).toEqual({ hits: 0, misses: 6 });
    const warm = await check();
    expect(warm.parseCache.files).toEqual({ hits: 1, misses: 0 });
    // Hits for those this process has not kept from the first run (stand-in scripts and the
    // last few bodies are kept in memory); none parsed.
    expect(warm.parseCache.fragments.misses).toBe(0);
    expect(warm.parseCache.fragments.hits).toBeGreaterThan(0);
    const report = (outcome: typeof cold) => JSON.stringify(outcome.report, dropDurations);
    expect(report(warm)).toBe(report(cold));
    const uncached = await runCheck({ cwd, files: [] });
    expect(report(uncached)).toBe(report(cold));
  });

  it('are stored once with the file inside its own parse, not again apart', async () => {
    const dir = tempDir();
    const cache = openParseCache(dir);
    withFragmentStore(cache.fragments, () =>
      cache.parse(files['supabase/migrations/20240101000000_t.sql']),
    );
    expect(cache.fragmentStats).toEqual({ hits: 0, misses: 0 });
    expect(await cache.save()).toEqual({ ok: true });
    expect(entries(dir)).toHaveLength(1);
  });

  it('keep a failure as a failure, and give each caller objects of its own', async () => {
    const dir = tempDir();
    const first = openParseCache(dir);
    const good = withFragmentStore(first.fragments, () => parseFragment('select 1'));
    expect(() =>
      withFragmentStore(first.fragments, () => parseFragment('select from where')),
    ).toThrow(/syntax error/);
    expect(first.fragmentStats).toEqual({ hits: 0, misses: 2 });
    expect(await first.save()).toEqual({ ok: true });
    const second = openParseCache(dir);
    const again = withFragmentStore(second.fragments, () => parseFragment('select 1'));
    expect(again).toEqual(good);
    expect(again).not.toBe(withFragmentStore(second.fragments, () => parseFragment('select 1')));
    expect(() =>
      withFragmentStore(second.fragments, () => parseFragment('select from where')),
    ).toThrow(/syntax error/);
    expect(second.fragmentStats).toEqual({ hits: 2, misses: 0 });
  });

  it('refuse an entry of another kind, text, build or shape, and parse again', async () => {
    const dir = tempDir();
    const writer = openParseCache(dir);
    withFragmentStore(writer.fragments, () => parseFragment('select 1'));
    await writer.save();
    const [file] = entries(dir).filter((f) => basename(f).startsWith('f-'));
    if (file === undefined) throw new Error('no entry written');
    const entry = JSON.parse(readFileSync(file, 'utf8'));
    const otherTree = withFragmentStore(undefined, () => parseFragment('select 2'));
    for (const forged of [
      { ...entry, fragment: 'scan' },
      { ...entry, sha256: '0'.repeat(64) },
      { ...entry, build: '0000000000000000' },
      { ...entry, result: { value: 'select 2' } },
      { ...entry, result: { value: otherTree, error: 'both' } },
      { ...entry, result: null },
    ]) {
      writeFileSync(file, JSON.stringify(forged));
      const cache = openParseCache(dir);
      expect(withFragmentStore(cache.fragments, () => parseFragment('select 1'))).toEqual(
        withFragmentStore(undefined, () => parseFragment('select 1')),
      );
      expect(cache.fragmentStats).toEqual({ hits: 0, misses: 1 });
    }
  });

  it('every extension stand-in script parses whole, to what a file parse of it gives', () => {
    for (const standIn of standIns) {
      const sql = standIn.sql.replaceAll('@extschema@', 'extensions');
      const file = parseSql(sql);
      expect(file.errors, standIn.name).toEqual([]);
      expect(parseNewStatements(sql), standIn.name).toEqual(file.statements.map((s) => s.node));
    }
  });
});

describe('an unusable cache directory', () => {
  it('a file where the directory should be: the run goes on, with a one-line notice', async () => {
    const cwd = projects.create({
      'supabase/migrations/20240101000000_a.sql': 'create table t (id bigint primary key);\n',
    });
    const file = join(tempDir(), 'cache');
    writeFileSync(file, 'not a directory');
    const run = await lintJson(cwd, file);
    const uncached = await lintJson(cwd, tempDir(), ['--no-cache']);
    expect(run.stdout).toBe(uncached.stdout);
    const notices = run.stderr.split('\n').filter((line) => line !== '');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(
      /^migration-guard: notice: the parse cache's directory .* is a file/,
    );
    expect(notices[0]).toContain(file);
    expect(notices[0]).toContain('MIGRATION_GUARD_CACHE_DIR');
  });
});

/** The repository's example, and public histories when they are fetched (`npm run bench:fetch-histories`). */
const EXAMPLE = join(repo, 'examples', 'acme-saas');
const PUBLIC = ['atomic-crm', 'chatbot-ui', 'onlook'].map((name) => join(historiesDir(), name));
const fetched = PUBLIC.every((dir) => existsSync(join(dir, 'supabase', 'migrations')));

describe('reports with a warm cache are byte-identical to cold ones', () => {
  for (const dir of [EXAMPLE, ...(fetched ? PUBLIC : [])]) {
    it(basename(dir), async () => {
      const cacheDir = tempDir();
      const cold = await lintJson(dir, cacheDir);
      const written = entries(cacheDir);
      expect(written.length).toBeGreaterThan(0);
      const inodes = written.map((f) => statSync(f).ino);
      const warm = await lintJson(dir, cacheDir);
      // All hits: nothing written again (an entry rewritten is renamed into place, a new inode).
      expect(entries(cacheDir)).toEqual(written);
      expect(written.map((f) => statSync(f).ino)).toEqual(inodes);
      const uncached = await lintJson(dir, tempDir(), ['--no-cache']);
      expect(warm.stdout).toBe(cold.stdout);
      expect(cold.stdout).toBe(uncached.stdout);
    });
  }
  it.skipIf(fetched)(
    'public histories are not fetched: run npm run bench:fetch-histories',
    () => {},
  );
});

describe('the build id covers what makes a parse', () => {
  // parse-cache.ts hashes src/core/sql/*.ts into the build id: the parse must not depend on code
  // elsewhere, or an edit there would leave stale parses in use.
  it('parse-sql.ts and the record format import only from src/core/sql and libpg-query', () => {
    const sqlDir = join(repo, 'src', 'core', 'sql');
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(/from '([^']+)'/g)) {
        if (spec === undefined) continue;
        if (!spec.startsWith('.')) {
          expect(spec).toBe('libpg-query');
          continue;
        }
        const target = resolve(dirname(file), spec);
        expect(dirname(target)).toBe(sqlDir);
        visit(target);
      }
    };
    visit(join(sqlDir, 'parse-sql.ts'));
    visit(join(sqlDir, 'parsed-sql-record.ts'));
    expect(seen.size).toBeGreaterThan(3);
  });
});
