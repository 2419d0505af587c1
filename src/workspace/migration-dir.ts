import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type MigrationFile, migrationFile } from '../core/migrations/migration-file.ts';
import { InputError } from './input-error.ts';

/** Largest migration file read; bigger ones are refused rather than parsed for minutes. */
const MAX_MIGRATION_BYTES = 20 * 1024 * 1024;

/**
 * Every file of a migrations directory (not its subdirectories, which the Supabase CLI ignores),
 * with paths relative to `root` for reports.
 */
export async function readMigrationDir(dir: string, root: string): Promise<MigrationFile[]> {
  let entries: string[];
  try {
    entries = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new InputError(
        `no migrations directory at ${dir}`,
        'run inside a Supabase project, or pass --dir <path to the migrations>',
      );
    }
    if (code === 'ENOTDIR') {
      throw new InputError(`${dir} is not a directory`, 'pass --dir <directory of .sql files>');
    }
    throw error;
  }
  entries.sort();
  const files: MigrationFile[] = [];
  for (const name of entries) {
    files.push(await readMigration(join(dir, name), root));
  }
  return files;
}

/** One migration file from disk. */
async function readMigration(path: string, root: string): Promise<MigrationFile> {
  let size: number;
  try {
    // Synchronous reads: one file after another either way, without a thread-pool round trip.
    size = statSync(path).size;
  } catch {
    throw new InputError(`cannot read ${path}: no such file`, 'check the path');
  }
  if (size > MAX_MIGRATION_BYTES) {
    throw new InputError(
      `${path} is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_MIGRATION_BYTES / 1024 / 1024} MiB limit`,
      'split the file, or move bulk data into a seed or a COPY outside migrations',
    );
  }
  const sql = readFileSync(path, 'utf8');
  const sha256 = createHash('sha256').update(sql, 'utf8').digest('hex');
  return migrationFile(toReportPath(path, root), sql, 'checked', sha256);
}

export function toReportPath(path: string, root: string): string {
  const rel = relative(root, path);
  return (rel.startsWith('..') ? path : rel).split('\\').join('/');
}
