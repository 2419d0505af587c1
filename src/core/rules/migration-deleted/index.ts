import type { Rule } from '../rule.ts';

export const migrationDeleted: Rule = {
  meta: {
    id: 'migration-deleted',
    defaultSeverity: 'error',
    category: 'history',
    summary:
      'A migration that is on the base ref was deleted or renamed to a new version; production still records it.',
    fix: 'Restore the file as it is on the base ref; to undo what it did, write a new migration that reverses it.',
  },
  history(ctx) {
    const versionsNow = new Set(ctx.files.map((f) => f.version));
    for (const gone of ctx.deleted) {
      // A misnamed file never ran; a file renamed without a new version is still the same
      // migration to the Supabase CLI (migration-modified reports it if its SQL changed).
      if (gone.version === null || versionsNow.has(gone.version)) continue;
      const copies = ctx.files.filter((f) => f.sha256 === gone.sha256 && f.version !== null);
      const consequence = `Production's history table (supabase_migrations.schema_migrations) still lists version ${gone.version}, so \`supabase db push\` stops with "Remote migration versions not found in local migrations directory" and applies nothing until the history is repaired, and fresh databases (supabase db reset, preview branches) no longer get what it created.`;
      const copy = copies[0];
      if (copy) {
        ctx.report(gone, {
          line: 1,
          message: `Migration ${gone.fileName} was renamed to ${copy.fileName}: the same SQL under a new version is a deletion plus a new migration. ${consequence} Once that is repaired, production would see version ${copy.version} as new and run the same SQL a second time.`,
          fix: `git mv ${copy.path} ${gone.path}  -- keep the version production has recorded`,
        });
        continue;
      }
      ctx.report(gone, {
        line: 1,
        message: `Migration ${gone.fileName} is on the base ref but deleted here. ${consequence}`,
        fix: `git restore --source=<base-ref> -- ${gone.path}\n-- to undo what it did, add a new migration that reverses it: supabase migration new revert_${gone.name}`,
      });
    }
  },
};
