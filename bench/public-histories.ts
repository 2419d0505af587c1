/**
 * The public Supabase migration histories the staging-fidelity bench measures
 * (`bench/histories.json`), and where their files are put on this machine.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PublicHistory {
  /** Folder name under `bench/histories/`. */
  name: string;
  /** `owner/repo` on GitHub. */
  repository: string;
  /** The full commit the files are taken from. */
  commit: string;
  /** The migrations directory in that repository (its direct `*.sql` children are the history). */
  directory: string;
}

export const benchDir = fileURLToPath(new URL('.', import.meta.url));

/** `$MIGRATION_GUARD_HISTORIES`, else `bench/histories`. */
export function historiesDir(): string {
  const explicit = process.env['MIGRATION_GUARD_HISTORIES'];
  return explicit ? resolve(explicit) : join(benchDir, 'histories');
}

/** Where a history's files go: the layout the Supabase CLI reads. */
export function migrationsDirOf(root: string, name: string): string {
  return join(root, name, 'supabase', 'migrations');
}

const field = (entry: Record<string, unknown>, key: string, index: number): string => {
  const value = entry[key];
  if (typeof value !== 'string' || value.length === 0) {
    throw new Error(`bench/histories.json: entry ${index} has no string '${key}'`);
  }
  return value;
};

/** Parse `bench/histories.json`, saying which entry and key is wrong. */
export function readPublicHistories(path = join(benchDir, 'histories.json')): PublicHistory[] {
  const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(value)) throw new Error(`${path}: expected an array of histories`);
  return value.map((raw: unknown, index) => {
    if (typeof raw !== 'object' || raw === null) {
      throw new Error(`${path}: entry ${index} is not an object`);
    }
    const entry = raw as Record<string, unknown>;
    const history: PublicHistory = {
      name: field(entry, 'name', index),
      repository: field(entry, 'repository', index),
      commit: field(entry, 'commit', index),
      directory: field(entry, 'directory', index).replace(/\/+$/, ''),
    };
    if (!/^[\w.-]+$/.test(history.name)) {
      throw new Error(`${path}: entry ${index}: name '${history.name}' is not a plain folder name`);
    }
    if (!/^[\w.-]+\/[\w.-]+$/.test(history.repository)) {
      throw new Error(`${path}: entry ${index}: repository must be owner/name`);
    }
    if (history.directory.split('/').some((part) => part === '..' || part === '')) {
      throw new Error(
        `${path}: entry ${index}: directory must be a plain path inside the repository`,
      );
    }
    if (!/^[0-9a-f]{40}$/.test(history.commit)) {
      throw new Error(`${path}: entry ${index}: commit must be 40 hex digits`);
    }
    return history;
  });
}
