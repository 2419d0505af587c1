/**
 * One history's JSON report (`check --format json`, README "JSON report") read into what the
 * staging-fidelity bench counts: per file, whether it applied on the staging target, and if
 * not, the first trace finding that says why and its normalised cause.
 */
import { createsMissingObject, failureCause, postgresMessageOf } from './failure-cause.ts';

/** The part of the report this bench reads. */
export interface ReportView {
  toolVersion: string;
  target: { kind: string; serverVersion: string | null };
  migrations: MigrationView[];
}

interface MigrationView {
  file: string;
  staging?: string;
  findings: { rule: string; source: string; line: number; message: string }[];
  statements: { line: number; error?: string }[];
}

export type FileOutcome = 'applied' | 'failed' | 'not-validated' | 'not-staged';

export interface FileResult {
  /** Path relative to the history's root (`supabase/migrations/...`). */
  file: string;
  /** `migrations[].staging` as the report has it; null when absent (a misnamed file). */
  staging: string | null;
  outcome: FileOutcome;
  /** The first `trace-statement-failed` / `trace-not-validated` finding. */
  rule?: string;
  line?: number;
  message?: string;
  /** Postgres's message and SQLSTATE for the failed statement. */
  postgresError?: string;
  /** Normalised cause, e.g. `missing extension pg_net`, and its kind (`missing extension`). */
  cause?: string;
  causeKind?: string;
  /** An earlier file of the history that did not apply and creates the missing object. */
  knockOnOf?: string;
  /** Some earlier file of the history did not apply (misnamed files aside). */
  afterEarlierFailure: boolean;
}

const failureRules = new Set(['trace-statement-failed', 'trace-not-validated']);

function expect(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`the JSON report does not match the contract: ${what}`);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Parse the report, checking the fields this bench relies on. */
export function parseReport(text: string): ReportView {
  const value: unknown = JSON.parse(text);
  expect(isRecord(value) && value['schemaVersion'] === 1, 'schemaVersion is not 1');
  const tool = value['tool'];
  const target = value['target'];
  const migrations = value['migrations'];
  expect(isRecord(tool) && typeof tool['version'] === 'string', 'tool.version');
  expect(isRecord(target) && typeof target['kind'] === 'string', 'target.kind');
  expect(Array.isArray(migrations), 'migrations is not an array');
  return {
    toolVersion: tool['version'] as string,
    target: {
      kind: target['kind'] as string,
      serverVersion: typeof target['serverVersion'] === 'string' ? target['serverVersion'] : null,
    },
    migrations: migrations.map((m: unknown, i) => {
      expect(isRecord(m) && typeof m['file'] === 'string', `migrations[${i}].file`);
      expect(Array.isArray(m['findings']), `migrations[${i}].findings`);
      expect(Array.isArray(m['statements']), `migrations[${i}].statements`);
      const findings = (m['findings'] as unknown[]).map((f, j) => {
        expect(
          isRecord(f) && typeof f['rule'] === 'string' && typeof f['message'] === 'string',
          `migrations[${i}].findings[${j}]`,
        );
        return {
          rule: f['rule'] as string,
          source: String(f['source']),
          line: Number(f['line']),
          message: f['message'] as string,
        };
      });
      const statements = (m['statements'] as unknown[]).map((s) => {
        const line = isRecord(s) ? Number(s['line']) : 0;
        const error = isRecord(s) && typeof s['error'] === 'string' ? s['error'] : undefined;
        return error === undefined ? { line } : { line, error };
      });
      return {
        file: m['file'] as string,
        ...(typeof m['staging'] === 'string' ? { staging: m['staging'] } : {}),
        findings,
        statements,
      };
    }),
  };
}

/**
 * Per file, in the report's order (version order): what happened on staging and why.
 * `sqlOf` reads a file of the history, for the knock-on heuristic.
 */
export function fileResults(report: ReportView, sqlOf: (file: string) => string): FileResult[] {
  const notApplied: string[] = [];
  return report.migrations.map((migration) => {
    const staging = migration.staging ?? null;
    const afterEarlierFailure = notApplied.length > 0;
    if (staging === 'applied' || staging === 'validated' || staging === 'already-applied') {
      return { file: migration.file, staging, outcome: 'applied', afterEarlierFailure };
    }
    // A misnamed file is not staged, as the Supabase CLI skips it: not a failure.
    if (staging === null) {
      return { file: migration.file, staging, outcome: 'not-staged', afterEarlierFailure };
    }
    notApplied.push(migration.file);
    const finding =
      migration.findings.find((f) => f.source === 'trace' && failureRules.has(f.rule)) ??
      migration.findings.find((f) => f.source === 'trace');
    const result: FileResult = {
      file: migration.file,
      staging,
      outcome: finding?.rule === 'trace-not-validated' ? 'not-validated' : 'failed',
      afterEarlierFailure,
    };
    if (!finding) return result;
    result.rule = finding.rule;
    result.line = finding.line;
    result.message = finding.message;
    const postgres =
      migration.statements.find((s) => s.error !== undefined)?.error ??
      postgresMessageOf(finding.message);
    if (postgres === undefined) {
      result.cause = finding.message;
      result.causeKind = finding.rule;
      return result;
    }
    result.postgresError = postgres;
    const cause = failureCause(postgres);
    result.cause = cause.key;
    result.causeKind = cause.kind;
    const origin = notApplied
      .slice(0, -1)
      .find((earlier) => createsMissingObject(sqlOf(earlier), cause));
    if (origin !== undefined) result.knockOnOf = origin;
    return result;
  });
}
