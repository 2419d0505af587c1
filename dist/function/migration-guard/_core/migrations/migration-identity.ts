/**
 * The one definition of a valid migration version and name, shared by request validation (the
 * edge function), the CLI's file reader (through `migration-filename`) and the apply engine, so
 * what one accepts the others accept too.
 *
 * The Supabase CLI finds migrations with `^([0-9]+)_(.*)\.sql$` (Go regexp) and records the two
 * groups in `supabase_migrations.schema_migrations`. What it accepts in practice, and so what we
 * accept:
 * - version: 1 to 32 ASCII digits. `[0-9]` is ASCII only (`١٢٣` is not a version). Versions
 *   compare as text, so an unbounded one (100,000 digits) would sort after every real timestamp
 *   and become production's "newest" for ever; 32 leaves room for any timestamp scheme.
 * - name: any text (empty too: `20240101000000_.sql` is a migration to the CLI) of at most 200
 *   UTF-8 bytes, so `<32 digits>_<name>.sql` fits the 255-byte file-name limit of ext4, APFS and
 *   NTFS, without:
 *   - `/` and `\`: path separators (the CLI also runs on Windows), never part of a file name;
 *   - control characters (U+0000-U+001F, U+007F-U+009F): NUL cannot be in a file name or in
 *     Postgres text, and Go's `.` does not match `\n`, so the CLI skips such a file;
 *   - U+2028 and U+2029 (line and paragraph separators): they break line-based logs, GitHub
 *     workflow commands and reports, and JavaScript's `.` does not match them;
 *   - unpaired UTF-16 surrogates: not encodable in UTF-8, so no file can have such a name.
 */

const MAX_VERSION_DIGITS = 32;
const MAX_NAME_BYTES = 200;

/** What a valid version looks like, for error messages. */
export const VERSION_EXPECTED = `1 to ${MAX_VERSION_DIGITS} ASCII digits (the part of the file name before the first _)`;
/** What a valid name looks like, for error messages. */
export const NAME_EXPECTED = `at most ${MAX_NAME_BYTES} bytes of UTF-8, without / \\, control characters or line separators (U+2028, U+2029)`;

const VERSION_PATTERN = new RegExp(`^[0-9]{1,${MAX_VERSION_DIGITS}}$`);
const NAME_FORBIDDEN = /[/\\\p{Cc}\u2028\u2029\p{Cs}]/u;

/** Why `version` is not a valid migration version, or undefined when it is. */
export function versionProblem(version: string): string | undefined {
  if (VERSION_PATTERN.test(version)) return undefined;
  if (version === '') return 'the version is empty';
  if (/^[0-9]+$/.test(version))
    return `the version has ${version.length} digits; at most ${MAX_VERSION_DIGITS} are allowed`;
  return 'the version must be ASCII digits (0-9) only';
}

/** Why `name` is not a valid migration name, or undefined when it is. */
export function nameProblem(name: string): string | undefined {
  const forbidden = NAME_FORBIDDEN.exec(name);
  if (forbidden) {
    const code = forbidden[0].codePointAt(0) ?? 0;
    const shown =
      forbidden[0] === '/' || forbidden[0] === '\\'
        ? `\`${forbidden[0]}\``
        : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return `the name contains ${shown}, which a migration name cannot hold (no / \\, control characters or line separators)`;
  }
  const bytes = new TextEncoder().encode(name).length;
  if (bytes > MAX_NAME_BYTES)
    return `the name is ${bytes} bytes of UTF-8; at most ${MAX_NAME_BYTES} are allowed`;
  return undefined;
}

/** Every problem with a version and name pair; empty when both are valid. */
export function migrationIdentityProblems(version: string, name: string): string[] {
  return [versionProblem(version), nameProblem(name)].filter((p) => p !== undefined);
}
