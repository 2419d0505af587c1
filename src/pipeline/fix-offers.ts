import { planFileFix } from '../core/fix/plan-file-fix.ts';
import { contractDueDate, stepFiles } from '../core/fix/step-files.ts';
import { compareMigrations, migrationFile } from '../core/migrations/migration-file.ts';
import type { FixOffer, SuggestedChange } from '../core/report/fix-offer.ts';
import type { ParsedSql } from '../core/sql/parse-sql.ts';
import { applyStatement } from '../core/schema/apply-statement.ts';
import { SchemaModel } from '../core/schema/schema-model.ts';
import type { MigrationFile } from '../core/migrations/migration-file.ts';
import { DEFAULT_CONTRACT_AFTER_DAYS, lintRewrite } from './run-fix.ts';
import type { CheckOutcome } from './run-check.ts';

/**
 * Files offered at most: each offer lints the whole directory again with the rewrite in place,
 * and a comment has no room for many more.
 */
const MAX_OFFERS = 3;

/** Where the comment's command says the pull request merges into (`fix --base`). */
export interface FixBase {
  /** The base branch (`pull_request.base.ref`). */
  ref?: string;
  /** The base commit, when the branch is unknown. */
  sha?: string;
}

/**
 * The files under check that `fix` would rewrite, decided by `fix`'s own planner and its lint
 * of the rewrite (no error finding may remain), without the proof on staging: the command
 * offered runs that proof. A file with an error finding `fix` does not rewrite gets no offer,
 * since `fix` would write nothing for it.
 */
export async function fixOffers(outcome: CheckOutcome, base: FixBase): Promise<FixOffer[]> {
  const ordered = outcome.files.filter((f) => f.version !== null).sort(compareMigrations);
  const offers: FixOffer[] = [];
  // One model carried through the files in order: the planner replays each file it plans
  // through it, the others are replayed here.
  const schema = new SchemaModel();
  for (const [i, file] of ordered.entries()) {
    const parsed = outcome.parse(file.sql);
    const findings = outcome.results.find((r) => r.file.path === file.path)?.findings ?? [];
    const candidate =
      outcome.checked.has(file.path) &&
      parsed.errors.length === 0 &&
      findings.length > 0 &&
      offers.length < MAX_OFFERS;
    if (!candidate) {
      replayFile(schema, file, parsed);
      continue;
    }
    const fix = planFileFix(file, parsed, findings, schema, outcome.config);
    if (fix.steps.length === 0 || fix.unfixed.length > 0) continue;
    // Dated as the offered command (`fix` with its default --contract-after) would date them.
    const due = contractDueDate(
      file,
      new Date(),
      DEFAULT_CONTRACT_AFTER_DAYS,
      outcome.config.deprecationDays,
    );
    const named = stepFiles(file, fix.steps, ordered[i + 1]?.version ?? undefined, due);
    if (!named.ok) continue;
    const dir = file.path.slice(0, file.path.length - file.fileName.length);
    const files = await Promise.all(
      named.files.map((f) => migrationFile(`${dir}${f.fileName}`, f.sql, 'added')),
    );
    if (lintRewrite(outcome, file, files) !== undefined) continue;
    const command = fixCommand(file.path, base);
    const only = fix.steps.length === 1 ? fix.steps[0]?.statements : undefined;
    const suggestion =
      only?.length === 1 ? inPlaceChange(file.sql, parsed, only[0] ?? '') : undefined;
    offers.push({
      file: file.path,
      files: named.files.length,
      ...(command !== undefined ? { command } : {}),
      ...(suggestion !== undefined ? { suggestion } : {}),
    });
  }
  return offers;
}

function replayFile(schema: SchemaModel, file: MigrationFile, parsed: ParsedSql): void {
  for (const statement of parsed.statements) {
    applyStatement(schema, statement.node, {
      file: file.path,
      version: file.version,
      statement: statement.index,
    });
  }
}

/**
 * The rewrite as a change of whole lines, when it is one: the file holds one statement, the
 * rewrite one file holding that statement changed, and the statement's lines hold nothing else
 * (a suggestion replaces whole lines, so a comment beside it would be lost).
 */
function inPlaceChange(
  sql: string,
  parsed: ParsedSql,
  rewritten: string,
): SuggestedChange | undefined {
  const [statement, ...others] = parsed.statements;
  if (!statement || others.length > 0) return undefined;
  // The planner keeps the comments above the statement in front of it; the suggestion leaves
  // them where they are.
  const above = sql.slice(0, statement.start).trim();
  const prefix = above === '' ? '' : `${above}\n`;
  if (!rewritten.startsWith(prefix)) return undefined;
  const replacement = rewritten.slice(prefix.length);
  const semicolon = sql.indexOf(';', statement.end);
  if (semicolon < 0 || sql.slice(statement.end, semicolon).trim() !== '') return undefined;
  const lineStart = sql.lastIndexOf('\n', statement.start - 1) + 1;
  const lineEnd = sql.indexOf('\n', semicolon);
  const before = sql.slice(lineStart, statement.start);
  const after = sql.slice(semicolon + 1, lineEnd < 0 ? sql.length : lineEnd);
  if (before.trim() !== '' || after.trim() !== '') return undefined;
  if (replacement.trim() === sql.slice(statement.start, semicolon + 1).trim()) return undefined;
  const lineOf = (offset: number) => sql.slice(0, offset).split('\n').length;
  return {
    startLine: lineOf(statement.start),
    endLine: lineOf(semicolon),
    replacement: `${before}${replacement}`,
  };
}

/**
 * `npx migration-guard fix <file> --base <branch> --write`, each argument quoted for a POSIX
 * shell: the file name and branch come from the pull request and may hold `$`, backticks or
 * quotes. A name with a control character (a newline) is not offered as a command at all.
 */
function fixCommand(file: string, base: FixBase): string | undefined {
  const branch =
    base.ref !== undefined ? `origin/${base.ref}` : base.sha !== undefined ? base.sha : undefined;
  const words = [file, ...(branch !== undefined ? [branch] : [])];
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (words.some((w) => /[\u0000-\u001f\u007f]/.test(w))) return undefined;
  const baseArg = branch !== undefined ? ` --base ${shellWord(branch)}` : '';
  return `npx migration-guard fix ${shellWord(file)}${baseArg} --write`;
}

function shellWord(word: string): string {
  if (/^[A-Za-z0-9_./:@%+=,-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
