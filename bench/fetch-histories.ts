/**
 * `npm run bench:fetch-histories [NAME...]`: put the public migration histories of
 * `bench/histories.json` into `bench/histories/<name>/supabase/migrations/` (gitignored: their
 * SQL is never committed), each at its pinned commit, as the Supabase CLI reads them (the
 * direct `*.sql` children of the directory).
 *
 * Sources, in order: a bare git dir `$MIGRATION_GUARD_MIRRORS/<owner>+<repo>/repo` holding
 * the commit; else a blobless clone of `https://github.com/<owner>/<repo>.git`, checked out at
 * the commit in a temporary folder. `MIGRATION_GUARD_HISTORIES` puts them elsewhere.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killCommandsOnSignal, runCommand } from './bounded-command.ts';
import {
  historiesDir,
  migrationsDirOf,
  type PublicHistory,
  readPublicHistories,
} from './public-histories.ts';

const CLONE_TIMEOUT_MS = Number(process.env['BENCH_CLONE_TIMEOUT_MS'] ?? 600_000);
const GIT_TIMEOUT_MS = 60_000;

/** A git directory holding a history's commit, and how it was found. */
interface GitSource {
  gitDir: string;
  label: string;
}

const gitEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0' };

async function git(gitDir: string, args: string[], timeoutMs = GIT_TIMEOUT_MS): Promise<string> {
  const result = await runCommand('git', [`--git-dir=${gitDir}`, ...args], {
    env: gitEnv,
    timeoutMs,
  });
  if (result.code === 0) return result.stdout;
  const why = result.timedOut
    ? `timed out after ${timeoutMs / 1000} s`
    : (result.spawnError ?? result.stderr.trim().split('\n')[0] ?? `exit ${result.code}`);
  throw new Error(`git ${args.join(' ')} (in ${gitDir}): ${why}`);
}

async function hasCommit(gitDir: string, commit: string): Promise<boolean> {
  const result = await runCommand(
    'git',
    [`--git-dir=${gitDir}`, 'cat-file', '-e', `${commit}^{commit}`],
    { env: gitEnv, timeoutMs: GIT_TIMEOUT_MS },
  );
  return result.code === 0;
}

/** The mirror's git dir for the history, or why it cannot serve it. */
async function fromMirror(history: PublicHistory): Promise<GitSource | string> {
  const mirrors = process.env['MIGRATION_GUARD_MIRRORS'];
  if (!mirrors) return 'MIGRATION_GUARD_MIRRORS is not set';
  const gitDir = join(mirrors, history.repository.replace('/', '+'), 'repo');
  if (!existsSync(gitDir)) return `no mirror at ${gitDir}`;
  if (!(await hasCommit(gitDir, history.commit))) {
    return `the mirror ${gitDir} lacks commit ${history.commit}`;
  }
  return { gitDir, label: `mirror ${gitDir}` };
}

/** A blobless clone with the commit's migrations directory checked out (its blobs fetched). */
async function fromClone(history: PublicHistory, scratch: string): Promise<GitSource> {
  const url = `https://github.com/${history.repository}.git`;
  const work = mkdtempSync(join(scratch, `${history.name}-`));
  const clone = await runCommand(
    'git',
    ['clone', '--quiet', '--filter=blob:none', '--no-checkout', url, work],
    { env: gitEnv, timeoutMs: CLONE_TIMEOUT_MS },
  );
  if (clone.code !== 0) {
    const why = clone.timedOut
      ? `timed out after ${CLONE_TIMEOUT_MS / 1000} s`
      : (clone.spawnError ?? clone.stderr.trim().split('\n').at(-1) ?? `exit ${clone.code}`);
    throw new Error(
      `cannot clone ${url}: ${why}. Without network access, point MIGRATION_GUARD_MIRRORS at a folder of <owner>+<repo>/repo git dirs that hold the commit.`,
    );
  }
  const gitDir = join(work, '.git');
  if (!(await hasCommit(gitDir, history.commit))) {
    // Not on a branch the clone fetched: GitHub serves a reachable commit by its id.
    await git(
      gitDir,
      ['fetch', '--quiet', '--filter=blob:none', 'origin', history.commit],
      CLONE_TIMEOUT_MS,
    );
  }
  if (!(await hasCommit(gitDir, history.commit))) {
    throw new Error(`${url} has no commit ${history.commit}`);
  }
  await runCheckout(work, history);
  return { gitDir, label: `clone of ${url}` };
}

async function runCheckout(work: string, history: PublicHistory): Promise<void> {
  const result = await runCommand(
    'git',
    ['-C', work, 'checkout', '--quiet', history.commit, '--', `${history.directory}/`],
    { env: gitEnv, timeoutMs: CLONE_TIMEOUT_MS },
  );
  if (result.code !== 0) {
    throw new Error(
      `checking out ${history.directory} at ${history.commit} of ${history.repository}: ${result.stderr.trim() || (result.timedOut ? 'timed out' : `exit ${result.code}`)}`,
    );
  }
}

/** The direct `*.sql` children of the directory at the commit (no subfolders, no symlinks). */
async function sqlFiles(source: GitSource, history: PublicHistory): Promise<string[]> {
  const listing = await git(source.gitDir, [
    'ls-tree',
    '-z',
    history.commit,
    '--',
    `${history.directory}/`,
  ]);
  const files: string[] = [];
  for (const entry of listing.split('\0')) {
    const match = /^(\d+) (\w+) [0-9a-f]+\t(.*)$/s.exec(entry);
    if (!match) continue;
    const [, mode, type, path] = match;
    if (type === 'blob' && mode !== '120000' && path?.endsWith('.sql')) files.push(path);
  }
  return files.sort();
}

async function fetchHistory(
  history: PublicHistory,
  root: string,
  scratch: string,
  clones: Map<string, Promise<GitSource>>,
): Promise<number> {
  const mirror = await fromMirror(history);
  let source: GitSource;
  if (typeof mirror === 'string') {
    // One clone per repository serves every history in it.
    let clone = clones.get(history.repository);
    if (!clone) {
      console.log(`${history.name}: ${mirror}; cloning ${history.repository}`);
      clone = fromClone(history, scratch);
      clones.set(history.repository, clone);
    } else {
      await runCheckout(join((await clone).gitDir, '..'), history);
    }
    source = await clone;
  } else {
    source = mirror;
  }
  const files = await sqlFiles(source, history);
  if (files.length === 0) {
    throw new Error(
      `${history.repository}@${history.commit} has no *.sql in ${history.directory}/`,
    );
  }
  const out = migrationsDirOf(root, history.name);
  rmSync(join(root, history.name), { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const path of files) {
    const text = await git(source.gitDir, ['show', `${history.commit}:${path}`]);
    writeFileSync(join(out, path.slice(history.directory.length + 1)), text);
  }
  writeFileSync(
    join(root, history.name, 'source.json'),
    `${JSON.stringify({ repository: history.repository, commit: history.commit, directory: history.directory, files: files.length }, null, 2)}\n`,
  );
  console.log(
    `${history.name}: ${files.length} files from ${history.repository}@${history.commit.slice(0, 12)} ${history.directory} (${source.label})`,
  );
  return files.length;
}

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const all = readPublicHistories();
  const unknown = wanted.filter((n) => !all.some((h) => h.name === n));
  if (unknown.length > 0) {
    console.error(
      `unknown history ${unknown.join(', ')}; bench/histories.json has ${all.map((h) => h.name).join(', ')}`,
    );
    return 2;
  }
  const histories = wanted.length > 0 ? all.filter((h) => wanted.includes(h.name)) : all;
  const root = historiesDir();
  mkdirSync(root, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'mg-fetch-histories-'));
  killCommandsOnSignal(() => rmSync(scratch, { recursive: true, force: true }));
  const clones = new Map<string, Promise<GitSource>>();
  let failed = 0;
  let total = 0;
  try {
    for (const history of histories) {
      try {
        total += await fetchHistory(history, root, scratch, clones);
      } catch (error) {
        failed++;
        console.error(`${history.name}: FAILED: ${(error as Error).message}`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(
    `${histories.length - failed} of ${histories.length} histories, ${total} files, in ${root}`,
  );
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
