import { type MigrationFile, migrationFileNameProblem } from '../../migrations/migration-file.ts';
import type { Rule } from '../rule.ts';

export const migrationFilename: Rule = {
  meta: {
    id: 'migration-filename',
    defaultSeverity: 'error',
    category: 'history',
    summary:
      'A migration file the Supabase CLI would skip (name not `<digits>_<name>.sql`), or two files with the same version.',
    fix: 'Name the file <YYYYMMDDHHMMSS>_<name>.sql with a version no other file uses (supabase migration new <name> writes one).',
  },
  history(ctx) {
    for (const file of ctx.files) {
      if (file.version !== null) continue;
      const problem = namingProblem(file.fileName);
      if (problem === undefined) continue;
      ctx.report(file, {
        line: 1,
        message: `The Supabase CLI skips ${file.fileName} (it prints "Skipping migration" and moves on): ${problem} Its SQL never runs on production or on fresh databases, and migration-guard does not lint it.`,
        fix: `git mv ${file.path} ${dirOf(file)}<YYYYMMDDHHMMSS>_${suggestedName(file.fileName)}.sql`,
      });
    }
    reportLegacyInit(ctx.files, ctx.report);
    reportDuplicateVersions(ctx.files, ctx.report);
  },
};

type Report = Parameters<NonNullable<Rule['history']>>[0]['report'];

/**
 * Why a misnamed file is a migration the CLI skips, or undefined for files that are plainly
 * not migrations (README.md, .gitkeep): the CLI skips those too, which is what their authors want.
 */
function namingProblem(fileName: string): string | undefined {
  if (fileName.startsWith('.')) return undefined;
  const identity = migrationFileNameProblem(fileName);
  if (identity !== undefined) return `${identity}.`;
  const lower = fileName.toLowerCase();
  if (/^[0-9]+_.*\.sql$/.test(lower)) {
    return 'the extension must be `.sql` in lower case.';
  }
  if (/^v[0-9]+(?:[._][0-9]+)*__/.test(lower)) {
    return 'this is a Flyway-style name; the CLI wants the version digits first, then `_`.';
  }
  const backup = /\.sql(\.[a-z0-9]+|~)$/.exec(lower);
  if (backup) {
    return `it ends in \`${fileName.slice(fileName.length - (backup[1] ?? '~').length)}\`, not \`.sql\`. A backup or disabled copy does not belong in the migrations directory; move it out.`;
  }
  if (/^[0-9]/.test(lower)) {
    if (!lower.endsWith('.sql')) return 'the extension must be `.sql`.';
    return 'the version must be digits only, followed by `_` and the name (e.g. `20250301120000_add_invoices.sql`).';
  }
  if (lower.endsWith('.sql') || lower.endsWith('.pgsql') || lower.endsWith('.psql')) {
    return 'the name has no version: it must start with digits and `_`.';
  }
  return undefined;
}

/**
 * The CLI skips a first file named `<14 digits>_init.sql` older than 2021-12-09: early CLI
 * versions wrote the initial schema there and applied it another way.
 */
function reportLegacyInit(files: readonly MigrationFile[], report: Report): void {
  // The CLI reads the directory sorted by file name; "first" means first of every entry.
  const first = [...files].sort((a, b) => (a.fileName < b.fileName ? -1 : 1))[0];
  const match = first ? /([0-9]{14})_init\.sql/.exec(first.fileName) : null;
  if (!first || !match?.[1] || match[1] >= '20211209000000') return;
  report(first, {
    line: 1,
    message: `The Supabase CLI skips ${first.fileName}: a first migration named \`<timestamp>_init.sql\` older than 20211209000000 is treated as a legacy initial schema and not applied. Its SQL never runs on production or on fresh databases.`,
    fix: `git mv ${first.path} ${dirOf(first)}${match[1]}_initial_schema.sql`,
  });
}

/** Two files with one version: the history table's primary key lets only one of them in. */
function reportDuplicateVersions(files: readonly MigrationFile[], report: Report): void {
  const byVersion = new Map<string, MigrationFile[]>();
  for (const f of files) {
    if (f.version === null) continue;
    byVersion.set(f.version, [...(byVersion.get(f.version) ?? []), f]);
  }
  for (const [version, group] of byVersion) {
    if (group.length < 2) continue;
    // Blame the files this change brings; when none (or all) are new, keep the first.
    const fresh = group.filter((f) => f.status !== 'unchanged');
    const blamed = fresh.length === 0 || fresh.length === group.length ? group.slice(1) : fresh;
    for (const file of blamed) {
      const others = group.filter((f) => f !== file).map((f) => f.fileName);
      report(file, {
        line: 1,
        message: `Version ${version} is also used by ${others.join(', ')}. The Supabase CLI records each version once (it is the primary key of supabase_migrations.schema_migrations), so one of them never runs: the second fails with a duplicate key error (or earlier, on objects the first already created) and the push stops there.`,
        fix: `git mv ${file.path} ${dirOf(file)}<a new YYYYMMDDHHMMSS>_${file.name}.sql`,
      });
    }
  }
}

function dirOf(file: MigrationFile): string {
  return file.path.slice(0, file.path.length - file.fileName.length);
}

/** The descriptive part of a misnamed file, for the suggested new name. */
function suggestedName(fileName: string): string {
  const base = fileName
    .replace(/\.[a-z]*sql.*$/i, '')
    .replace(/^v[0-9]+(?:[._][0-9]+)*__/i, '')
    .replace(/^[0-9][0-9_-]*/, '')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return base === '' ? 'name' : base.toLowerCase();
}
