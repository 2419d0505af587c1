import { contractHeaderLine } from '../migrations/contract-header.ts';
import { type MigrationFile, versionTime } from '../migrations/migration-file.ts';
import type { FixStep } from './fix-step.ts';

/** A migration file a rewrite writes. */
export interface StepFile {
  fileName: string;
  version: string;
  sql: string;
  step: FixStep;
}

/**
 * The files that replace `file`: versions between it and the next migration (`next`), made by
 * appending a step number to its version, so they sort after everything before it and before
 * the next one, as the Supabase CLI compares versions (as text). Names say what each step does.
 */
export function stepFiles(
  file: MigrationFile,
  steps: readonly FixStep[],
  next: string | undefined,
  /** The date contract steps are due from (`contractDueDate`). */
  contractDue: Date,
): { ok: true; files: StepFile[] } | { ok: false; reason: string } {
  const version = file.version;
  if (version === null)
    return { ok: false, reason: `${file.fileName} is not named as a migration` };
  const width = Math.max(2, String(steps.length).length);
  const files: StepFile[] = [];
  const used = new Set<string>();
  for (const [i, step] of steps.entries()) {
    const v = `${version}${String(i + 1).padStart(width, '0')}`;
    if (next !== undefined && v >= next) {
      return {
        ok: false,
        reason: `no room for ${steps.length} versions between ${version} and the next migration ${next}`,
      };
    }
    let name = step.label || file.name;
    for (let n = 2; used.has(name); n++) name = `${step.label}_${n}`;
    used.add(name);
    const header = [
      ...(step.contract ? [contractHeaderLine(contractDue)] : []),
      `-- ${step.why}.`,
      `-- migration-guard fix: step ${i + 1} of ${steps.length} replacing ${file.fileName}.`,
    ].join('\n');
    files.push({
      fileName: `${v}_${name}.sql`,
      version: v,
      sql: `${header}\n\n${step.statements.join('\n\n')}\n`,
      step,
    });
  }
  return { ok: true, files };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the contract steps of `file`'s rewrite are due: `days` after today (UTC), and never
 * before the deprecation window (`deprecationDays`) after the file's version has passed, which
 * is what `drop-column` and `drop-table` ask of a contract step.
 */
export function contractDueDate(
  file: MigrationFile,
  now: Date,
  days: number,
  deprecationDays: number,
): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const written = versionTime(file.version);
  const windowEnd = written ? written.getTime() + deprecationDays * DAY_MS : 0;
  return new Date(Math.max(today + days * DAY_MS, Math.ceil(windowEnd / DAY_MS) * DAY_MS));
}
