import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The bundled CLI runs its main file with V8's code cache (src/runtime/code-cached-script.ts),
// kept in `.code-cache/` beside the bundle. Each load runs in a process of its own: V8 keeps
// what it compiled in a process, so a second load in the same one proves nothing.

const root = resolve('.');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};

interface Load {
  cacheUsed: boolean;
  value: unknown;
}

/** Load `file` with the loader in a fresh Node process, call its `run()`, then save the cache. */
function load(file: string, env: NodeJS.ProcessEnv = {}): Load {
  const script = `
    import { loadCodeCachedScript } from ${JSON.stringify(join(root, 'src/runtime/code-cached-script.ts'))};
    const loaded = loadCodeCachedScript(${JSON.stringify(file)}, process.env);
    const value = loaded.exports.run();
    loaded.saveCache();
    process.stdout.write(JSON.stringify({ cacheUsed: loaded.cacheUsed, value }));`;
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      cwd: root,
      env: { ...process.env, MIGRATION_GUARD_CODE_CACHE: '', ...env },
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as Load;
}

const MODULE = `"use strict";
const { basename } = require('node:path');
function strictThis() { return this === undefined; }
exports.run = () => ({ name: basename(__filename), strict: strictThis(), sum: [1, 2, 3].reduce((a, b) => a + b, 0) });
`;

function moduleDir(text = MODULE): { dir: string; file: string } {
  const dir = temp('mg-code-cache-');
  const file = join(dir, 'main.cjs');
  writeFileSync(file, text);
  return { dir, file };
}

const cacheFiles = (dir: string) =>
  existsSync(join(dir, '.code-cache')) ? readdirSync(join(dir, '.code-cache')).sort() : [];

describe('loadCodeCachedScript', () => {
  it('runs the file as Node runs a CommonJS module, writes a cache, and the next load uses it', () => {
    const { dir, file } = moduleDir();
    const first = load(file);
    expect(first).toEqual({
      cacheUsed: false,
      value: { name: 'main.cjs', strict: true, sum: 6 },
    });
    const written = cacheFiles(dir);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^main\.cjs-[0-9a-f]{8}\.bin$/);
    expect(
      readFileSync(join(dir, '.code-cache', written[0] ?? ''))
        .subarray(0, 5)
        .toString(),
    ).toBe('MGCC1');
    const second = load(file);
    expect(second).toEqual({ ...first, cacheUsed: true });
  });

  it('never uses the cache of an edited file, even of the same length', () => {
    const { dir, file } = moduleDir();
    load(file);
    expect(load(file).cacheUsed).toBe(true);
    // Same length, other code: V8 itself would accept the old cache (it checks only the length).
    writeFileSync(file, MODULE.replace('a + b', 'a - b'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(load(file)).toEqual({
      cacheUsed: false,
      value: { name: 'main.cjs', strict: true, sum: -6 },
    });
    // The old build's cache is removed when the new one is written.
    expect(cacheFiles(dir)).toHaveLength(1);
  });

  it('refuses a damaged cache file and writes a whole one', () => {
    const { dir, file } = moduleDir();
    load(file);
    const [name] = cacheFiles(dir);
    const path = join(dir, '.code-cache', name ?? '');
    const bytes = readFileSync(path);
    const damaged = Buffer.from(bytes);
    damaged[damaged.length - 100] = (damaged[damaged.length - 100] ?? 0) ^ 0xff;
    writeFileSync(path, damaged);
    expect(load(file)).toEqual({
      cacheUsed: false,
      value: { name: 'main.cjs', strict: true, sum: 6 },
    });
    // Cut short, as a full disk would leave it.
    writeFileSync(path, bytes.subarray(0, bytes.length / 2));
    expect(load(file).cacheUsed).toBe(false);
    expect(load(file).cacheUsed).toBe(true);
  });

  it('does not block on a FIFO or read a device put where the cache file goes', () => {
    const { dir, file } = moduleDir();
    load(file);
    const [name] = cacheFiles(dir);
    const path = join(dir, '.code-cache', name ?? '');
    rmSync(path);
    execFileSync('mkfifo', [path]);
    expect(load(file).value).toEqual({ name: 'main.cjs', strict: true, sum: 6 });
    rmSync(path);
    symlinkSync('/dev/zero', path);
    expect(load(file)).toMatchObject({ cacheUsed: false });
  });

  it('writes nothing with MIGRATION_GUARD_CODE_CACHE=0, or where the folder cannot be made', () => {
    const off = moduleDir();
    expect(load(off.file, { MIGRATION_GUARD_CODE_CACHE: '0' }).cacheUsed).toBe(false);
    expect(cacheFiles(off.dir)).toEqual([]);
    const blocked = moduleDir();
    writeFileSync(join(blocked.dir, '.code-cache'), 'a file where the folder goes');
    expect(load(blocked.file)).toEqual({
      cacheUsed: false,
      value: { name: 'main.cjs', strict: true, sum: 6 },
    });
  });
});

describe('the bundled CLI with its code cache', () => {
  it('holds no dynamic import(), which a script run from the cache cannot make', () => {
    // ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING, from the cache only: the first run would pass.
    const text = readFileSync(join(root, 'dist', 'cli-main.cjs'), 'latin1');
    expect(text.match(/\bimport\(\s*["'`]/g) ?? []).toEqual([]);
  });

  it('writes the cache on a first check, gives the same report from it, and survives damage', () => {
    // A copy of dist/'s CLI files, so the cache lands in a folder of the test's own.
    const dist = temp('mg-code-cache-dist-');
    for (const name of ['cli.js', 'cli-main.cjs', 'libpg-query.wasm', 'package.json']) {
      if (existsSync(join(root, 'dist', name))) cpSync(join(root, 'dist', name), join(dist, name));
    }
    const project = temp('mg-code-cache-project-');
    writeFileSync(join(project, '0001_t.sql'), 'create table t (id bigint primary key);\n');
    writeFileSync(
      join(project, '0002_index.sql'),
      'create index t_id on t (id);\nalter table t add column n int not null default 0;\n',
    );
    const check = () => {
      const run = spawnSync(
        process.execPath,
        [join(dist, 'cli.js'), 'check', '--dir', '.', '--no-db', '--no-cache', '--format', 'json'],
        {
          cwd: project,
          env: { ...process.env, MIGRATION_GUARD_CODE_CACHE: '' },
          encoding: 'utf8',
        },
      );
      return {
        code: run.status,
        report: run.stdout.replace(/"durationMs":\s*[\d.]+/g, '"durationMs":0'),
        stderr: run.stderr,
      };
    };
    const first = check();
    expect(first.stderr).toBe('');
    expect(JSON.parse(first.report).summary).toBeDefined();
    expect(cacheFiles(dist)).toHaveLength(1);
    const [name] = cacheFiles(dist);
    const path = join(dist, '.code-cache', name ?? '');
    const written = readFileSync(path);
    expect(check()).toEqual(first);
    // Used, not rewritten: the file is the same bytes.
    expect(readFileSync(path).equals(written)).toBe(true);
    const damaged = Buffer.from(written);
    damaged[damaged.length >> 1] = (damaged[damaged.length >> 1] ?? 0) ^ 0x55;
    writeFileSync(path, damaged);
    expect(check()).toEqual(first);
    expect(readFileSync(path).equals(damaged)).toBe(false);
  });
});
