import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
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
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { writeCache } from '../src/staging/embedded-cache.ts';
import { runCli, TempProjects } from './support/cli-runner.ts';
import { waitFor } from './support/wait-for.ts';

const cacheModule = fileURLToPath(new URL('../src/staging/embedded-cache.ts', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));

const scratch: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-cache-'));
  scratch.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratch.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

const snapshot = (bytes = 1024) => new Blob([new Uint8Array(bytes).fill(7)]);
const SNAPSHOT_NAME = 'pglite-0.0.0-0123456789abcdef.tar';

describe('an unusable cache directory falls back to no cache, with a notice', () => {
  it('a file where the directory should be', async () => {
    const file = join(tempDir(), 'cache');
    writeFileSync(file, 'not a directory');
    const result = await writeCache(join(file, SNAPSHOT_NAME), snapshot());
    expect(result).toEqual({ ok: false, notice: expect.stringContaining(file) });
    if (result.ok) return;
    expect(result.notice).toContain('is a file, not a directory');
    expect(result.notice).toContain('MIGRATION_GUARD_CACHE_DIR');
    expect(result.notice).not.toContain('\n');
  });

  it('a directory under a file', async () => {
    const file = join(tempDir(), 'cache');
    writeFileSync(file, 'not a directory');
    const result = await writeCache(join(file, 'nested', SNAPSHOT_NAME), snapshot());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.notice).toContain('is under a file');
  });

  it('a directory without write permission, for a user who is not root', () => {
    const dir = tempDir();
    chmodSync(dir, 0o555);
    // Root writes anyway: the write runs as the unprivileged `nobody` (uid 65534) when needed.
    const asNobody = process.getuid?.() === 0;
    const script = `
      import { writeCache } from ${JSON.stringify(cacheModule)};
      const result = await writeCache(${JSON.stringify(join(dir, SNAPSHOT_NAME))}, new Blob([new Uint8Array(64)]));
      process.stdout.write(JSON.stringify(result));`;
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      {
        cwd: repo,
        encoding: 'utf8',
        ...(asNobody ? { uid: 65534, gid: 65534 } : {}),
      },
    );
    expect(child.stderr).toBe('');
    const result = JSON.parse(child.stdout) as { ok: boolean; notice?: string };
    expect(result.ok).toBe(false);
    expect(result.notice).toContain('is not writable (permission denied)');
    expect(readdirSync(dir)).toEqual([]);
  });

  const projects = new TempProjects();
  afterAll(() => projects.removeAll());

  it('the check still runs, lints and stages, and exits as usual (no internal error)', async () => {
    const cwd = projects.create({
      'supabase/migrations/20250101000000_notes.sql': 'create table public.notes (id bigint);\n',
    });
    const file = join(tempDir(), 'cache-file');
    writeFileSync(file, 'not a directory');
    const saved = process.env['MIGRATION_GUARD_CACHE_DIR'];
    process.env['MIGRATION_GUARD_CACHE_DIR'] = file;
    try {
      const run = await runCli(['check', '--format', 'json'], cwd);
      expect(run.stderr).not.toContain('internal error');
      // The notice reaches the user without a terminal, one line naming the directory: the
      // lint's parse cache. The embedded database starts from the snapshot shipped in dist/ and
      // has nothing to write.
      const dir = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(run.stderr).toMatch(
        new RegExp(
          `^migration-guard: notice: the parse cache's directory ${dir} .*MIGRATION_GUARD_CACHE_DIR[^\n]*\n$`,
        ),
      );
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as {
        target: { kind: string };
        migrations: { staging?: string; findings: { rule: string }[] }[];
      };
      expect(report.target.kind).toBe('pglite');
      expect(report.migrations[0]?.staging).toBe('applied');
      expect(report.migrations[0]?.findings.map((f) => f.rule)).toContain('rls-disabled');
    } finally {
      if (saved === undefined) delete process.env['MIGRATION_GUARD_CACHE_DIR'];
      else process.env['MIGRATION_GUARD_CACHE_DIR'] = saved;
    }
  }, 120_000);
});

describe('an interrupted snapshot write leaves no partial file', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child?.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    child = undefined;
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} during the write removes the partial file and still ends the process`, async () => {
      const dir = tempDir();
      // A snapshot whose stream delivers 1 MiB, then stalls: the write stays in flight.
      const script = `
        import { writeCache } from ${JSON.stringify(cacheModule)};
        class StallingSnapshot extends Blob {
          stream() {
            let sent = false;
            return new ReadableStream({
              pull(controller) {
                if (sent) return new Promise(() => {});
                sent = true;
                controller.enqueue(new Uint8Array(1 << 20));
              },
            });
          }
        }
        setInterval(() => {}, 1000);
        await writeCache(${JSON.stringify(join(dir, SNAPSHOT_NAME))}, new StallingSnapshot([]));
        process.stdout.write('finished');`;
      child = spawn(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '--eval', script],
        {
          cwd: repo,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      child.stdout?.on('data', (d: Buffer) => {
        output += d.toString();
      });
      child.stderr?.on('data', (d: Buffer) => {
        output += d.toString();
      });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
        child?.once('exit', (code, sig) => done({ code, signal: sig })),
      );
      await waitFor('the partial file', () => partialsIn(dir).length > 0, { timeoutMs: 30_000 });
      child.kill(signal);
      const { signal: endedBy } = await exited;
      expect(output).not.toContain('finished');
      expect(endedBy).toBe(signal);
      expect(readdirSync(dir)).toEqual([]);
    }, 60_000);
  }

  it('the next write removes partial files older than 10 minutes, and keeps younger ones', async () => {
    const dir = tempDir();
    const stale = join(dir, `${SNAPSHOT_NAME}.4242.partial`);
    const fresh = join(dir, `${SNAPSHOT_NAME}.4343.partial`);
    const unrelated = join(dir, 'notes.partial');
    for (const path of [stale, fresh, unrelated]) writeFileSync(path, 'half');
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    utimesSync(stale, minutesAgo(11), minutesAgo(11));
    utimesSync(fresh, minutesAgo(2), minutesAgo(2));
    utimesSync(unrelated, minutesAgo(60), minutesAgo(60));
    // A snapshot of an older version: pruned once the new one is in place.
    const older = join(dir, 'pglite-0.0.0-ffffffffffffffff.tar');
    writeFileSync(older, 'old');

    const result = await writeCache(join(dir, SNAPSHOT_NAME), snapshot(4096));
    expect(result).toEqual({ ok: true });
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true); // possibly a concurrent run still writing it
    expect(existsSync(unrelated)).toBe(true); // not ours
    expect(existsSync(older)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(
      [SNAPSHOT_NAME, `${SNAPSHOT_NAME}.4343.partial`, 'notes.partial'].sort(),
    );
  });

  it('a finished write leaves only the snapshot and no listeners behind', async () => {
    const dir = join(tempDir(), 'created', 'on', 'demand');
    mkdirSync(join(dir, '..'), { recursive: true });
    const listeners = () =>
      ['exit', 'SIGINT', 'SIGTERM'].map((event) => process.listenerCount(event));
    const before = listeners();
    expect(await writeCache(join(dir, SNAPSHOT_NAME), snapshot(256 * 1024))).toEqual({ ok: true });
    expect(readdirSync(dir)).toEqual([SNAPSHOT_NAME]);
    expect(listeners()).toEqual(before);
  });

  it('never writes through a link left at the partial file name', async () => {
    const dir = tempDir();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, join(dir, `${SNAPSHOT_NAME}.${process.pid}.partial`));
    expect(await writeCache(join(dir, SNAPSHOT_NAME), snapshot(1024))).toEqual({ ok: true });
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(statSync(join(dir, SNAPSHOT_NAME)).size).toBe(1024);
  });
});

function partialsIn(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.partial'));
}
