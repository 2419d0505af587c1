import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type MigrationFile, mebibytes, migrationFile } from '../core/migrations/migration-file.ts';
import { InputError } from './input-error.ts';

/**
 * Largest migration file read (20 MiB; `MIGRATION_GUARD_MAX_FILE_BYTES` sets another). A bigger
 * file is not read: it becomes a `file-too-large` finding, staging stops before it and deploy
 * refuses it, while the other files are checked.
 */
const DEFAULT_MAX_MIGRATION_BYTES = 20 * 1024 * 1024;
const MAX_BYTES_VARIABLE = 'MIGRATION_GUARD_MAX_FILE_BYTES';

/** The size limit on a migration file, from the environment or the default. */
function maxMigrationBytes(): number {
  const raw = process.env[MAX_BYTES_VARIABLE];
  if (raw === undefined || raw === '') return DEFAULT_MAX_MIGRATION_BYTES;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1 || !/^[0-9]+$/.test(raw)) {
    throw new InputError(
      `${MAX_BYTES_VARIABLE}=${raw} is not a number of bytes`,
      `set it to a whole number of bytes (the default is ${DEFAULT_MAX_MIGRATION_BYTES}, ${mebibytes(DEFAULT_MAX_MIGRATION_BYTES)}), or unset it`,
    );
  }
  return value;
}

/**
 * Every file of a migrations directory (not its subdirectories, which the Supabase CLI ignores),
 * with paths relative to `root` for reports.
 */
export async function readMigrationDir(dir: string, root: string): Promise<MigrationFile[]> {
  let entries: string[];
  try {
    const listed = await readdir(dir, { withFileTypes: true });
    // A link (or a FIFO, a socket, a device) is not skipped in silence: a tool that follows the
    // link would apply SQL that no check of this directory ever read.
    const odd = listed.find((e) => !e.isFile() && !e.isDirectory());
    if (odd) {
      const kind = odd.isSymbolicLink() ? 'a symbolic link' : 'a special file';
      throw new InputError(
        `${toReportPath(join(dir, odd.name), root)} is ${kind}, not a regular file: migration-guard reads only regular files in the migrations directory, so SQL reached through it would be run by whatever follows it without being checked`,
        'replace it with a regular file holding the SQL (in git, commit the file itself rather than a link)',
      );
    }
    entries = listed.filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    if (error instanceof InputError) throw error;
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
  const limitBytes = maxMigrationBytes();
  const files: MigrationFile[] = [];
  for (const name of entries) {
    files.push(await readMigration(join(dir, name), root, limitBytes));
  }
  return files;
}

/** One migration file from disk. */
async function readMigration(
  path: string,
  root: string,
  limitBytes: number,
): Promise<MigrationFile> {
  let size: number;
  try {
    // Synchronous reads: one file after another either way, without a thread-pool round trip.
    size = statSync(path).size;
  } catch {
    throw new InputError(`cannot read ${path}: no such file`, 'check the path');
  }
  if (size > limitBytes) {
    // Not read into memory; its checksum still says whether it changed or production has it.
    const file = await migrationFile(toReportPath(path, root), '', 'checked', fileSha256(path));
    return { ...file, oversize: { bytes: size, limitBytes } };
  }
  const sql = readFileSync(path, 'utf8');
  const sha256 = createHash('sha256').update(sql, 'utf8').digest('hex');
  return migrationFile(toReportPath(path, root), sql, 'checked', sha256);
}

/** The SHA-256 of a file's bytes, read in chunks. */
function fileSha256(path: string): string {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(1024 * 1024);
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
      hash.update(chunk.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

export function toReportPath(path: string, root: string): string {
  const rel = relative(root, path);
  return (rel.startsWith('..') ? path : rel).split('\\').join('/');
}
