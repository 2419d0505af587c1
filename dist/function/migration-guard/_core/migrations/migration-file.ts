import { migrationIdentityProblems } from './migration-identity.ts';

/** How a migration file differs from the base ref it is compared against. */
export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'unchanged' | 'checked';

/** One file of the migrations directory. */
export interface MigrationFile {
  /** Path as shown in reports, relative to the repository root when known. */
  path: string;
  fileName: string;
  /** The digits before the first `_`, or null when the name does not follow the pattern. */
  version: string | null;
  /** The part after the first `_`, without `.sql`. */
  name: string;
  sql: string;
  sha256: string;
  status: ChangeStatus;
  /**
   * Set when the file is larger than the size limit: its text was not read (`sql` is empty),
   * `sha256` is still the file's. Nothing may apply such a file: staging stops before it and
   * deploy refuses it (an empty `sql` applied would record a migration that never ran).
   */
  oversize?: OversizeFile;
}

/** A file over the size limit, as read: its size and the limit, in bytes. */
export interface OversizeFile {
  bytes: number;
  limitBytes: number;
}

/** `25.3 MiB`, or `3024 bytes` under 1 MiB: a size as the size-limit messages give it. */
export function mebibytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${bytes} bytes`;
  const mib = bytes / 1024 / 1024;
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}

/** `25.3 MiB (26530000 bytes), over the 20 MiB limit`: what every size-limit message says. */
export function oversizeWords(oversize: OversizeFile): string {
  const size = mebibytes(oversize.bytes);
  const exact = size.endsWith('MiB') ? ` (${oversize.bytes} bytes)` : '';
  return `${size}${exact}, over the ${mebibytes(oversize.limitBytes)} limit on a migration file`;
}

/**
 * The Supabase CLI's pattern for migration files: `<digits>_<name>.sql`. With the `s` flag so
 * that a name holding a line terminator is matched, then refused by `migrationIdentityProblems`
 * with a reason, instead of looking like a file that is not a migration at all.
 */
const MIGRATION_FILE_PATTERN = /^([0-9]+)_(.*)\.sql$/s;

/** Version and name of a migration file, or null when the name is not a valid migration's. */
function parseMigrationFileName(fileName: string): { version: string; name: string } | null {
  const match = MIGRATION_FILE_PATTERN.exec(fileName);
  if (!match) return null;
  const version = match[1]!;
  const name = match[2]!;
  if (migrationIdentityProblems(version, name).length > 0) return null;
  return { version, name };
}

/**
 * Why a file named like a migration (`<digits>_<name>.sql`) has an invalid version or name;
 * undefined when it is valid or not named like a migration at all.
 */
export function migrationFileNameProblem(fileName: string): string | undefined {
  const match = MIGRATION_FILE_PATTERN.exec(fileName);
  if (!match) return undefined;
  return migrationIdentityProblems(match[1]!, match[2]!)[0];
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * `sha256`, when the caller has it (the CLI hashes synchronously with node:crypto: one Web
 * Crypto promise per file was a measurable share of a lint-only run), is the hex digest of
 * `sql`'s UTF-8 bytes.
 */
export async function migrationFile(
  path: string,
  sql: string,
  status: ChangeStatus = 'checked',
  sha256?: string,
): Promise<MigrationFile> {
  const fileName = path.slice(path.lastIndexOf('/') + 1);
  const parsed = parseMigrationFileName(fileName);
  return {
    path,
    fileName,
    version: parsed?.version ?? null,
    name: parsed?.name ?? fileName.replace(/\.sql$/, ''),
    sql,
    sha256: sha256 ?? (await sha256Hex(sql)),
    status,
  };
}

/**
 * Order files as the Supabase CLI applies them: by version compared as text, then by name.
 * Misnamed files (no version) sort last; they are reported, never applied.
 */
export function compareMigrations(a: MigrationFile, b: MigrationFile): number {
  if (a.version === null || b.version === null) {
    if (a.version === b.version) return a.fileName < b.fileName ? -1 : 1;
    return a.version === null ? 1 : -1;
  }
  if (a.version !== b.version) return a.version < b.version ? -1 : 1;
  return a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0;
}

/**
 * The time a version stands for, when it is a timestamp (`YYYYMMDDHHMMSS`, as the Supabase CLI
 * writes them); null for other numbering schemes.
 */
export function versionTime(version: string | null): Date | null {
  if (version === null || version.length < 8) return null;
  const y = Number(version.slice(0, 4));
  const mo = Number(version.slice(4, 6));
  const d = Number(version.slice(6, 8));
  const h = Number(version.slice(8, 10) || '0');
  const mi = Number(version.slice(10, 12) || '0');
  const s = Number(version.slice(12, 14) || '0');
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}
