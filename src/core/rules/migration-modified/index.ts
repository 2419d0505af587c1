import type { MigrationFile } from '../../migrations/migration-file.ts';
import { parseSql } from '../../sql/parse-sql.ts';
import type { Rule } from '../rule.ts';

export const migrationModified: Rule = {
  meta: {
    id: 'migration-modified',
    defaultSeverity: 'error',
    category: 'history',
    summary:
      'A migration that is already on the base ref was edited; production never runs the edit.',
    fix: 'Restore the file as it is on the base ref and put the change in a new migration (supabase migration new <name>).',
  },
  history(ctx) {
    if (!ctx.baseFiles) return;
    const baseByName = new Map(ctx.baseFiles.map((f) => [f.fileName, f]));
    const currentNames = new Set(ctx.files.map((f) => f.fileName));
    // A file renamed without a new version (`<v>_old.sql` -> `<v>_new.sql`) is the same
    // migration to the Supabase CLI, which matches versions only.
    const goneByVersion = new Map(
      ctx.baseFiles
        .filter((f) => f.version !== null && !currentNames.has(f.fileName))
        .map((f) => [f.version, f]),
    );
    for (const file of ctx.files) {
      if (file.version === null) continue;
      let before: MigrationFile | undefined;
      if (file.status === 'modified') before = baseByName.get(file.fileName);
      else if (file.status === 'added') before = goneByVersion.get(file.version);
      if (!before || before.sha256 === file.sha256) continue;
      // A file over the size limit was not read: its checksum is all there is to compare.
      const unread = file.oversize !== undefined || before.oversize !== undefined;
      const line = unread ? 1 : firstChangedLine(before.sql, file.sql);
      const renamed = before.fileName !== file.fileName;
      const name = renamed ? `${file.fileName} (renamed from ${before.fileName})` : file.fileName;
      ctx.report(file, {
        line,
        message: `Migration ${name} was edited after it reached the base ref (${unread ? 'its checksum changed; it is over the size limit, so the edit is not shown' : `first change at line ${line}`}). ${unread ? '' : `${changeKind(before.sql, file.sql)} `}Production has already run version ${file.version} and matches migrations by version only, so it will never run this edit: fresh databases (supabase db reset, preview branches) get the new SQL while production keeps the old, and the two drift apart.`,
        fix: `${renamed ? `git rm ${file.path}\n` : ''}git restore --source=<base-ref> -- ${before.path}\n-- then write the change as a new migration: supabase migration new <name>`,
      });
    }
  },
};

/** 1-based line of the first difference in `after`; line endings are ignored. */
function firstChangedLine(before: string, after: string): number {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) {
    if (a[i] !== b[i]) return i + 1;
  }
  // One is a prefix of the other: lines were added at the end (report the first one) or
  // removed from the end (report the last line left).
  if (b.length > a.length) return common + 1;
  return Math.max(1, b.length);
}

/** Say whether the edit changes what the migration does, so the reader can judge the risk. */
function changeKind(before: string, after: string): string {
  if (before.replace(/\r\n/g, '\n') === after.replace(/\r\n/g, '\n')) {
    return 'Only line endings changed, but the file no longer matches what was reviewed and applied.';
  }
  const a = statementsWithoutPositions(before);
  const b = statementsWithoutPositions(after);
  if (a !== undefined && a === b) {
    return 'Only comments or layout changed: the SQL does the same, but the file no longer matches what was reviewed and applied.';
  }
  return 'The SQL itself changed.';
}

/** The file's statements as comparable text, or undefined when it does not parse. */
function statementsWithoutPositions(sql: string): string | undefined {
  const parsed = parseSql(sql);
  if (parsed.errors.length > 0) return undefined;
  return JSON.stringify(
    parsed.statements.map((s) => s.node),
    (key, value: unknown) => (key === 'location' ? undefined : value),
  );
}
