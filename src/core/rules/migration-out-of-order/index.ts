import { type MigrationFile, versionTime } from '../../migrations/migration-file.ts';
import type { Rule } from '../rule.ts';

export const migrationOutOfOrder: Rule = {
  meta: {
    id: 'migration-out-of-order',
    defaultSeverity: 'error',
    category: 'history',
    summary:
      'A new migration whose version sorts before the newest migration on the base ref; production will refuse it or run it out of order.',
    fix: 'Rename the file to a version after the newest migration on the base ref (supabase migration new <name> writes one).',
  },
  history(ctx) {
    if (!ctx.baseFiles) return;
    let newest: MigrationFile | undefined;
    const baseVersions = new Set<string>();
    for (const f of ctx.baseFiles) {
      if (f.version === null) continue;
      baseVersions.add(f.version);
      // Versions compare as text, as the Supabase CLI and its history table compare them.
      if (newest?.version == null || f.version > newest.version) newest = f;
    }
    if (newest?.version == null) return;
    const latest = newest.version;
    // Files come in apply order; each late file gets its own new version, keeping their order.
    let late = 0;
    for (const file of ctx.files) {
      if (file.status !== 'added' || file.version === null) continue;
      // A version production already has is a rename or a duplicate, reported by
      // migration-modified, migration-deleted and migration-filename.
      if (baseVersions.has(file.version) || file.version >= latest) continue;
      late += 1;
      const dir = file.path.slice(0, file.path.length - file.fileName.length);
      ctx.report(file, {
        line: 1,
        message: `Version ${file.version} sorts before ${latest} (${newest.fileName}), the newest migration on the base ref; versions compare as text. Production has already run ${latest}, so \`supabase db push\` refuses the whole push ("Found local migration files to be inserted before the last migration on remote database") and applies nothing; with \`--include-all\` it runs this file after ${latest}, in a different order than \`supabase db reset\` and preview branches ran it.`,
        fix: `git mv ${file.path} ${dir}${versionAfter(latest, late)}_${file.name}.sql`,
      });
    }
  },
};

/** A version that sorts after `version`: `seconds` later for CLI timestamps. */
function versionAfter(version: string, seconds: number): string {
  const time = versionTime(version);
  if (version.length !== 14 || time === null) return `<version after ${version}>`;
  const next = new Date(time.getTime() + seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(next.getUTCFullYear(), 4)}${pad(next.getUTCMonth() + 1)}${pad(next.getUTCDate())}${pad(next.getUTCHours())}${pad(next.getUTCMinutes())}${pad(next.getUTCSeconds())}`;
}
