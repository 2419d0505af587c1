import type { ExecFileOptions } from 'node:child_process';
import { realpath, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { type MigrationFile, migrationFile } from '../core/migrations/migration-file.ts';
import { InputError } from './input-error.ts';

/**
 * Node's child_process, loaded when git is first run: a check without --base never runs it
 * (the repository root is found by looking for `.git`), and loading it (with net, dgram and
 * their streams) is a few milliseconds of every start. Required, not imported: the bundled CLI
 * runs as a script from V8's code cache, where a dynamic import() fails
 * (src/runtime/code-cached-script.ts).
 */
const childProcess = (): typeof import('node:child_process') =>
  createRequire(import.meta.url)('node:child_process');

/** promisify(execFile), child_process loaded on the first call. */
const run = (command: string, args: string[], options: ExecFileOptions) =>
  promisify(childProcess().execFile)(command, args, { ...options, encoding: 'utf8' });

async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
    throw new InputError(
      `git ${args.join(' ')} failed: ${stderr.split('\n')[0] || (error as Error).message}`,
      'check that --base names a commit, branch or tag of this repository (fetch it first in CI: fetch-depth: 0)',
    );
  }
}

/** Variables that change where git looks for the repository: then git itself is asked. */
const DISCOVERY_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
];

/**
 * The repository root, or null outside a git repository. The nearest folder at or above `cwd`
 * (symlinks resolved, as git resolves them) holding a `.git` entry; a `git` process costs a
 * lint-only run more than the rest of its start-up, so git is asked only when the environment
 * steers its discovery.
 */
export async function gitRoot(cwd: string): Promise<string | null> {
  if (DISCOVERY_VARIABLES.some((name) => process.env[name] !== undefined)) return askGitRoot(cwd);
  let dir: string;
  try {
    dir = await realpath(cwd);
  } catch {
    return askGitRoot(cwd);
  }
  for (;;) {
    if (await exists(join(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** Whether something is at `path` (a link followed); never throws. */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function askGitRoot(cwd: string): Promise<string | null> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--show-toplevel'], { cwd });
    return stdout.trim();
  } catch {
    return null;
  }
}

/**
 * The migration files of `dirFromRoot` as they are at `ref`. Paths are relative to the
 * repository root, like the working-tree files.
 */
export async function readBaseFiles(
  ref: string,
  root: string,
  dirFromRoot: string,
): Promise<MigrationFile[]> {
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root });
  } catch {
    throw new InputError(
      `--base ${ref} is not a commit, branch or tag of the repository at ${root}`,
      'pass a ref git knows here (git log --oneline shows commits); in CI fetch it first (actions/checkout with fetch-depth: 0)',
    );
  }
  const dir = dirFromRoot.replace(/\/+$/, '');
  const listing = await git(['ls-tree', '-z', `${ref}`, '--', `${dir}/`], root);
  // `<mode> blob <object>\t<path>`: the files directly in the directory, not its subfolders.
  const entries = listing
    .split('\0')
    .map((line) => /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(([, object, path]) => ({ object: object ?? '', path: path ?? '' }))
    .filter(({ path }) => path.slice(dir.length + 1).indexOf('/') === -1);
  // One `git cat-file --batch` for every file: a `git show` per file was most of a PR check's
  // time on a 60-file history.
  const texts = await readBlobs(
    entries.map((e) => e.object),
    root,
  );
  const files: MigrationFile[] = [];
  for (const [i, { path }] of entries.entries()) {
    files.push(await migrationFile(path, texts[i] ?? '', 'unchanged'));
  }
  return files;
}

/** The contents of these blobs, as text, in order, from one `git cat-file --batch`. */
async function readBlobs(objects: readonly string[], cwd: string): Promise<string[]> {
  if (objects.length === 0) return [];
  const { spawn } = childProcess();
  const output = await new Promise<Buffer>((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(chunks))
        : reject(new Error(stderr.trim() || `git cat-file exited with ${code}`)),
    );
    child.stdin.end(`${objects.join('\n')}\n`);
  }).catch((error: unknown) => {
    throw new InputError(
      `git cat-file --batch failed: ${error instanceof Error ? error.message : String(error)}`,
      'check that the repository is readable',
    );
  });
  // Each answer: `<object> blob <size>\n`, the bytes, `\n`.
  const texts: string[] = [];
  let at = 0;
  for (const object of objects) {
    const headerEnd = output.indexOf(0x0a, at);
    const header = output.subarray(at, headerEnd).toString();
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
    if (headerEnd < 0 || size === undefined) {
      throw new InputError(
        `git cat-file --batch could not read ${object}: ${header}`,
        'check that the repository is readable',
      );
    }
    const start = headerEnd + 1;
    texts.push(output.subarray(start, start + Number(size)).toString('utf8'));
    at = start + Number(size) + 1;
  }
  return texts;
}

/** Mark each current file added, modified or unchanged against the base; list deleted ones. */
export function classifyAgainstBase(
  current: MigrationFile[],
  base: MigrationFile[],
): { files: MigrationFile[]; deleted: MigrationFile[] } {
  const baseByPath = new Map(base.map((f) => [f.path, f]));
  const files = current.map((f) => {
    const before = baseByPath.get(f.path);
    const status: MigrationFile['status'] = !before
      ? 'added'
      : before.sha256 === f.sha256
        ? 'unchanged'
        : 'modified';
    return { ...f, status };
  });
  const currentPaths = new Set(current.map((f) => f.path));
  const deleted = base
    .filter((f) => !currentPaths.has(f.path))
    .map((f) => ({ ...f, status: 'deleted' as const }));
  return { files, deleted };
}

/** True when `sha` names a commit present in the checkout (a shallow clone often lacks it). */
/** Paths (from the repository root) that differ between `base` and the checkout's HEAD. */
export async function changedPathsSince(base: string, cwd: string): Promise<string[]> {
  const out = await git(['diff', '--name-only', '--no-renames', '-z', base, 'HEAD', '--'], cwd);
  return out.split('\0').filter((path) => path !== '');
}

export async function commitExists(sha: string, cwd: string): Promise<boolean> {
  try {
    await run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd });
    return true;
  } catch {
    return false;
  }
}

/** A file's text at `ref`, or undefined when it is not there (or `ref` is unknown). */
export async function fileAtCommit(
  ref: string,
  path: string,
  cwd: string,
): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['show', `${ref}:${path}`], {
      cwd,
      maxBuffer: 256 * 1024 * 1024,
    });
    return stdout;
  } catch {
    return undefined;
  }
}
