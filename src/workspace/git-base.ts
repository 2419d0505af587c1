import { execFile } from 'node:child_process';
import { realpath, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { type MigrationFile, migrationFile } from '../core/migrations/migration-file.ts';
import { InputError } from './input-error.ts';

const run = promisify(execFile);

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

async function exists(path: string): Promise<boolean> {
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
  await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
  const dir = dirFromRoot.replace(/\/+$/, '');
  const listing = await git(['ls-tree', '-z', '--name-only', `${ref}`, '--', `${dir}/`], root);
  const paths = listing
    .split('\0')
    .filter((p) => p !== '' && p.slice(dir.length + 1).indexOf('/') === -1);
  const files: MigrationFile[] = [];
  for (const path of paths) {
    const sql = await git(['show', `${ref}:${path}`], root);
    files.push(await migrationFile(path, sql, 'unchanged'));
  }
  return files;
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
