import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { type FileFix, planFileFix } from '../core/fix/plan-file-fix.ts';
import { contractDueDate, type StepFile, stepFiles } from '../core/fix/step-files.ts';
import { addedFileDiff, removedFileDiff } from '../core/fix/unified-diff.ts';
import { lintMigrations } from '../core/lint/lint-migrations.ts';
import {
  compareMigrations,
  type MigrationFile,
  migrationFile,
} from '../core/migrations/migration-file.ts';
import { RULES } from '../core/rules/registry.ts';
import { applyStatement } from '../core/schema/apply-statement.ts';
import { SchemaModel } from '../core/schema/schema-model.ts';
import { gitRoot } from '../workspace/git-base.ts';
import { InputError } from '../workspace/input-error.ts';
import type { ProofSide } from './fix-proof.ts';
import { type CheckOutcome, runCheck } from './run-check.ts';

/** Days until a rewrite's contract steps are due, unless `--contract-after` says otherwise. */
export const DEFAULT_CONTRACT_AFTER_DAYS = 7;

export interface FixRequest {
  cwd: string;
  files: string[];
  dir?: string;
  /** Files present on this git ref are never rewritten (default HEAD inside git). */
  base?: string;
  configPath?: string;
  cacheDir?: string;
  /** Replace the files instead of printing the diff. */
  write: boolean;
  /** Skip the proof on staging. */
  noDb: boolean;
  /** Days from today until contract steps are due (`--contract-after`, default 7). */
  contractAfterDays?: number;
  /** The clock contract dates count from (now by default). */
  now?: Date;
  dbUrl?: string;
  progress: (line: string) => void;
  notice: (line: string) => void;
}

/** What `fix` did with one file under check. */
export interface FixedFile {
  file: MigrationFile;
  /** The rewrite's files; absent when nothing is rewritten. */
  files?: StepFile[];
  /** Why the rewrite is not written (or not offered); absent when it is good. */
  problem?: string;
  proof?: { original: ProofSide; rewrite: ProofSide };
  /**
   * Statements the rewrite adds on purpose (row level security and its policy, NOT NULL on a
   * tenant column the rewrite backfills). The proof's
   * original side runs them after the original, so the comparison is the rewrite against the
   * original plus these, never a claim that the two alone are equivalent.
   */
  declared?: string[];
  /** The unified diff from the file to its rewrite. */
  diff?: string;
  written: boolean;
}

/** Plan, lint and prove the rewrite of every file under check; write it with `write`. */
export async function runFix(request: FixRequest): Promise<FixedFile[]> {
  const root = (await gitRoot(request.cwd)) ?? undefined;
  const base = request.base ?? (root !== undefined ? 'HEAD' : undefined);
  if (base === undefined && request.files.length === 0) {
    // Without git nothing tells new files from history, and history is never rewritten.
    throw new InputError(
      'outside a git repository fix needs the files to rewrite',
      'name the new migration files: migration-guard fix supabase/migrations/<file>.sql',
    );
  }
  const outcome = await runCheck({
    cwd: request.cwd,
    files: request.files,
    ...(request.dir !== undefined ? { dir: request.dir } : {}),
    ...(base !== undefined ? { base } : {}),
    ...(request.configPath !== undefined ? { configPath: request.configPath } : {}),
    ...(request.cacheDir !== undefined ? { cacheDir: request.cacheDir } : {}),
    notice: request.notice,
  });
  const ordered = outcome.files.filter((f) => f.version !== null).sort(compareMigrations);
  const fixed: FixedFile[] = [];
  for (const [i, file] of ordered.entries()) {
    if (!outcome.checked.has(file.path)) continue;
    const broken = outcome.parse(file.sql).errors[0];
    if (broken) {
      throw new InputError(
        `${file.path}:${broken.line}: Postgres cannot parse this: ${broken.message}`,
        'fix the SQL first: fix rewrites only files that parse',
      );
    }
    const findings = outcome.results.find((r) => r.file.path === file.path)?.findings ?? [];
    const schema = replayed(ordered.slice(0, i), outcome);
    const fix = planFileFix(file, outcome.parse(file.sql), findings, schema, outcome.config);
    const result = await completeFix(fix, ordered.slice(0, i), ordered[i + 1], outcome, request);
    if (result) fixed.push(result);
  }
  return fixed;
}

async function completeFix(
  fix: FileFix,
  history: MigrationFile[],
  next: MigrationFile | undefined,
  outcome: CheckOutcome,
  request: FixRequest,
): Promise<FixedFile | undefined> {
  const { file } = fix;
  if (fix.steps.length === 0 && fix.unfixed.length === 0) return undefined;
  const result: FixedFile = {
    file,
    written: false,
    ...(fix.declared.length > 0 ? { declared: fix.declared } : {}),
  };
  if (fix.unfixed.length > 0) {
    result.problem = fix.unfixed
      .map((u) => `${file.path}:${u.line}: ${u.rule}: ${u.reason}`)
      .join('\n');
    return result;
  }
  const due = contractDueDate(
    file,
    request.now ?? new Date(),
    request.contractAfterDays ?? DEFAULT_CONTRACT_AFTER_DAYS,
    outcome.config.deprecationDays,
  );
  const named = stepFiles(file, fix.steps, next?.version ?? undefined, due);
  if (!named.ok) return { ...result, problem: `${file.path}: ${named.reason}` };
  const dir = dirname(file.path);
  const files = await Promise.all(
    named.files.map((f) => migrationFile(join(dir, f.fileName), f.sql, 'added')),
  );
  result.files = named.files;
  result.diff = [
    removedFileDiff(file.path, file.sql),
    ...files.map((f) => addedFileDiff(f.path, f.sql)),
  ].join('\n');
  const lintProblem = lintRewrite(outcome, file, files);
  if (lintProblem) return { ...result, problem: lintProblem };
  if (!request.noDb) {
    const touched = [...fix.tables];
    request.progress(`proving the rewrite of ${file.path} on two fresh staging databases`);
    // Loaded only for a proof: PGlite and pg are no part of a --no-db run.
    const { proveRewrite } = await import('./fix-proof.ts');
    const declared =
      fix.declared.length > 0
        ? [
            await migrationFile(
              join(dir, `${file.version}99_declared_additions.sql`),
              `${fix.declared.join('\n')}\n`,
              'added',
            ),
          ]
        : [];
    result.proof = await proveRewrite({
      history,
      original: [file, ...declared],
      rewrite: files,
      seed: withReferenced([...touched, ...fix.reads], outcome.schema),
      compare: touched,
      config: outcome.config,
      parse: outcome.parse,
      ...(request.dbUrl !== undefined ? { dbUrl: request.dbUrl } : {}),
      progress: request.progress,
    });
    const problem =
      proofProblem(result.proof) ??
      // Both sides ran the declared statements: check they did what they declare.
      fix.secured
        .filter((t) => !result.proof?.rewrite.catalog.includes(`${t}: rls on`))
        .map((t) => `row level security is not on for ${t} after the rewrite`)[0];
    if (problem) return { ...result, problem: `${file.path}: not proven: ${problem}` };
  }
  if (request.write) {
    if (file.status !== 'added' && file.status !== 'checked') {
      return {
        ...result,
        problem: `${file.path} is on the base (${request.base ?? 'HEAD'}): production may have applied it, and an applied migration is never edited; pass --base with the branch it merges into if it is new there`,
      };
    }
    const rootDir = outcome.root;
    const taken = files.filter((f) => existsSync(resolve(rootDir, f.path)));
    if (taken.length > 0) {
      return { ...result, problem: `${taken.map((f) => f.path).join(', ')} already exists` };
    }
    try {
      for (const f of files) await writeFile(resolve(rootDir, f.path), f.sql, { flag: 'wx' });
      await rm(resolve(rootDir, file.path));
    } catch (error) {
      throw new InputError(
        `cannot write the rewrite of ${file.path}: ${(error as Error).message}`,
        'check that the migrations directory is writable; remove any new files written, then run fix again',
      );
    }
    result.written = true;
  }
  return result;
}

/** The model as the files before one leave it (each file's statements, in order). */
function replayed(before: MigrationFile[], outcome: CheckOutcome): SchemaModel {
  const model = new SchemaModel();
  for (const file of before) {
    for (const statement of outcome.parse(file.sql).statements) {
      applyStatement(model, statement.node, {
        file: file.path,
        version: file.version,
        statement: statement.index,
      });
    }
  }
  return model;
}

/** The rewrite's own error findings, as the check would report them; undefined when none. */
export function lintRewrite(
  outcome: CheckOutcome,
  original: MigrationFile,
  files: MigrationFile[],
): string | undefined {
  const all = [...outcome.files.filter((f) => f.path !== original.path), ...files];
  const checked = new Set(files.map((f) => f.path));
  const results = lintMigrations({
    files: all,
    checked,
    added: new Set([...outcome.added, ...checked]),
    config: outcome.config,
    rules: RULES,
    parse: outcome.parse,
  });
  const errors = results.flatMap((r) =>
    r.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${r.file.path}:${f.line}: ${f.rule}: ${f.message}`),
  );
  return errors.length > 0
    ? `the rewrite still has error findings:\n${errors.join('\n')}`
    : undefined;
}

/** Tables to seed: the touched ones and those their foreign keys reference. */
function withReferenced(tables: string[], schema: SchemaModel): string[] {
  const all = new Set(tables);
  for (const t of tables) {
    for (const c of schema.table(t)?.constraints ?? []) {
      if (c.references && schema.table(c.references.table)) all.add(c.references.table);
    }
  }
  return [...all];
}

/** Why the proof does not show the rewrite equivalent and safe; undefined when it does. */
function proofProblem(proof: { original: ProofSide; rewrite: ProofSide }): string | undefined {
  if (proof.original.failure) return `the original failed on staging: ${proof.original.failure}`;
  if (proof.rewrite.failure) return `the rewrite failed on staging: ${proof.rewrite.failure}`;
  if (proof.original.catalog.join('\n') !== proof.rewrite.catalog.join('\n')) {
    return 'the final schema of the touched tables differs (see the comparison)';
  }
  if (proof.rewrite.exclusiveAcrossWork.length > 0) {
    return `the rewrite holds ACCESS EXCLUSIVE across work at ${proof.rewrite.exclusiveAcrossWork.join(', ')}`;
  }
  return undefined;
}
