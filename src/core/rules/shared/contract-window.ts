import { readContractHeader } from '../../migrations/contract-header.ts';
import { versionTime } from '../../migrations/migration-file.ts';
import type { Origin } from '../../schema/schema-model.ts';
import type { StatementContext } from '../rule.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A drop in a contract step (a file with a valid `-- migration-guard:contract after=DATE`
 * header) of something marked deprecated in an earlier file: deploy applies the drop no earlier
 * than the date, so the deprecation window is measured to the date rather than to the drop's
 * version. `'in-window'` when the date leaves the whole window after the deprecation's version;
 * the earliest date that would, when it does not; undefined when the file is no contract step
 * or the mark is in the same file (no time at all passes between them).
 */
export function contractWindow(
  ctx: StatementContext,
  deprecatedAt: Origin,
): 'in-window' | { earliest: string } | undefined {
  const reading = readContractHeader(ctx.file.sql);
  if (!reading?.ok || deprecatedAt.file === ctx.file.path) return undefined;
  const markedAt = versionTime(deprecatedAt.version);
  // Versions that are not timestamps carry no dates: the deprecation came first.
  if (!markedAt) return 'in-window';
  const windowEnd = markedAt.getTime() + ctx.options.deprecationDays * DAY_MS;
  if (reading.header.dueAt.getTime() >= windowEnd) return 'in-window';
  const earliest = new Date(Math.ceil(windowEnd / DAY_MS) * DAY_MS);
  return { earliest: earliest.toISOString().slice(0, 10) };
}
