import { readRecordedVersions } from '../core/apply/migration-history.ts';
import { planChecks } from '../core/checks/plan-checks.ts';
import type { DatabasePort } from '../core/db/database-port.ts';
import { compareMigrations, type MigrationFile } from '../core/migrations/migration-file.ts';
import { type ProbeTarget, planProbeTargets } from '../core/probes/probe-targets.ts';
import type { ParsedSql } from '../core/sql/parse-sql.ts';
import type { CheckOutcome, FilesRead } from './run-check.ts';

/** What a staging run applies, traces and checks, decided before anything runs. */
export interface StagingPlan {
  /** Versions the target's history table already holds (none on the embedded database). */
  recorded: ReadonlySet<string>;
  /** Files needed to judge the change that the target already recorded: not applied again. */
  alreadyApplied: MigrationFile[];
  /** Files to apply, in version order: the history, then the files under check. */
  toApply: MigrationFile[];
  /** The parse of every file to apply, by path. */
  parsed: ParsedFiles;
  /** The files under check among `toApply`: applied traced. */
  checkedFiles: MigrationFile[];
  /** The earlier files among `toApply`: replayed untraced. */
  history: MigrationFile[];
  /**
   * The files of `toApply` before the first file under check: what a post-history snapshot
   * holds (later history files run after a file under check, so after the tracing began).
   */
  prefix: MigrationFile[];
  /** The post-migration checks. */
  checks: ReturnType<typeof planChecks>;
  /** The tables whose tenant isolation is probed. */
  probeTargets: ProbeTarget[];
  /**
   * The first file needed that is over the size limit: staging stops before it, and `notRun`
   * are the files under check from it on, which are not staged at all.
   */
  stopsBefore?: { file: MigrationFile; notRun: MigrationFile[] };
}

/**
 * The files' parses, each made when first asked for: a check that starts from a post-history
 * snapshot never applies the history, and parses only what the report reads.
 */
class ParsedFiles {
  readonly #files: Map<string, MigrationFile>;
  readonly #parsed = new Map<string, ParsedSql>();
  readonly #parse: (sql: string) => ParsedSql;

  /** `parse`: the lint's own (from the run's parse cache when it has one). */
  constructor(files: readonly MigrationFile[], parse: (sql: string) => ParsedSql) {
    this.#files = new Map(files.map((f) => [f.path, f]));
    this.#parse = parse;
  }

  get(path: string): ParsedSql | undefined {
    let parsed = this.#parsed.get(path);
    if (parsed) return parsed;
    const file = this.#files.get(path);
    if (!file) return undefined;
    parsed = this.#parse(file.sql);
    this.#parsed.set(path, parsed);
    return parsed;
  }
}

/**
 * The files an embedded database replays before the first file under check (it records no
 * history, so `planStaging` gives it this `prefix`), known before the database starts.
 */
export function embeddedPrefix(read: FilesRead): MigrationFile[] {
  const ordered = untilOversize(
    read.files.filter((f) => f.version !== null).sort(compareMigrations),
  );
  const firstChecked = ordered.findIndex((f) => read.checked.has(f.path));
  return ordered.slice(0, firstChecked === -1 ? ordered.length : firstChecked);
}

/**
 * The files before the first one over the size limit. Its text was not read, and the files
 * after it cannot be staged faithfully without what it would have done, so staging stops there.
 */
function untilOversize(ordered: MigrationFile[]): MigrationFile[] {
  const first = ordered.findIndex((f) => f.oversize !== undefined);
  return first === -1 ? ordered : ordered.slice(0, first);
}

/** `onServer`: the target is a server at --db, whose recorded history is read. */
export async function planStaging(
  outcome: CheckOutcome,
  db: DatabasePort,
  onServer: boolean,
): Promise<StagingPlan> {
  // A server's recorded history is not applied again, kept target or rolled back. (Replaying
  // history inside the rollback transaction would hide the locks later files take on the
  // tables it touched: Postgres lists a lock once per transaction.)
  const recorded = onServer ? await readRecordedVersions(db) : new Set<string>();
  const ordered = outcome.files.filter((f) => f.version !== null).sort(compareMigrations);
  // Files after the last one under check are not needed to judge it.
  const lastChecked = ordered.findLastIndex((f) => outcome.checked.has(f.path));
  const needed = ordered.slice(0, lastChecked + 1);
  const oversize = needed.find((f) => f.oversize !== undefined && !recorded.has(f.version ?? ''));
  const toApply = untilOversize(needed.filter((f) => !recorded.has(f.version ?? '')));
  const firstChecked = toApply.findIndex((f) => outcome.checked.has(f.path));
  const notRun = new Set(
    oversize
      ? needed
          .slice(needed.indexOf(oversize))
          .filter((f) => outcome.checked.has(f.path) && !recorded.has(f.version ?? ''))
      : [],
  );
  // The checks and probes judge only what staging ran. They read the parse trees, which the
  // lint's results no longer hold: the parse staging applies (a file already applied on the
  // server: parsed for this alone).
  const parsed = new ParsedFiles(toApply, outcome.parse);
  const checkedStatements = outcome.results
    .filter((r) => outcome.checked.has(r.file.path) && !notRun.has(r.file))
    .map((r) => ({
      path: r.file.path,
      statements:
        r.statements.length === 0
          ? []
          : (parsed.get(r.file.path) ?? outcome.parse(r.file.sql)).statements,
    }));
  return {
    recorded,
    alreadyApplied: needed.filter((f) => recorded.has(f.version ?? '')),
    toApply,
    parsed,
    checkedFiles: toApply.filter((f) => outcome.checked.has(f.path)),
    history: toApply.filter((f) => !outcome.checked.has(f.path)),
    prefix: toApply.slice(0, firstChecked === -1 ? toApply.length : firstChecked),
    checks: planChecks(checkedStatements, outcome.schema),
    probeTargets: planProbeTargets(checkedStatements, outcome.schema, outcome.config.tenantColumns),
    ...(oversize ? { stopsBefore: { file: oversize, notRun: [...notRun] } } : {}),
  };
}
