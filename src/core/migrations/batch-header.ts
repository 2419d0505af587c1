import type { ScanToken } from 'libpg-query';
import { scanFragment } from '../sql/fragment-parses.ts';
import { SourceText } from '../sql/source-text.ts';
import { nodeAs, type Statement } from '../sql/statement.ts';

/**
 * The batch header: a comment directly above the one UPDATE of a migration file that asks the
 * apply engine to run that UPDATE in keyset batches, one transaction each:
 *
 *   -- migration-guard:batch table=public.invoices key=id size=5000 target-ms=200
 *   UPDATE public.invoices SET total_cents = round(total * 100) WHERE total_cents IS NULL;
 *
 * The linter (`batch-header-invalid`) and the engine read it with this one function, so a file
 * the linter accepts is a file the engine runs.
 */
const BATCH_HEADER_MARK = 'migration-guard:batch';
const DEFAULT_BATCH_TARGET_MS = 200;
export const MAX_BATCH_SIZE = 1_000_000;
const MAX_BATCH_TARGET_MS = 60_000;

export interface BatchHeader {
  /** The table the header names; `schema` absent when written unqualified. */
  table: { schema?: string; name: string };
  /** The column the batches walk. */
  key: string;
  /** Rows in the first batch. */
  size: number;
  /** Duration one batch should take; the size adapts toward it. */
  targetMs: number;
  /** Line of the header comment. */
  line: number;
  /** The UPDATE the header governs. */
  statement: Statement;
}

export type BatchHeaderReading =
  | { ok: true; header: BatchHeader }
  | { ok: false; line: number; problems: string[] };

const SYNTAX = `-- ${BATCH_HEADER_MARK} table=<schema.table> key=<column> size=<rows> [target-ms=<ms>]`;

/**
 * The file's batch header, checked against the file; undefined when the file has none.
 * `statements` are the file's top-level statements (from `parseSql`).
 */
export function readBatchHeader(
  text: string,
  statements: readonly Statement[],
): BatchHeaderReading | undefined {
  // Rules ask once per UPDATE and DELETE; a file without the mark needs no scan.
  if (!text.includes(BATCH_HEADER_MARK)) return undefined;
  const comments = headerComments(text);
  const first = comments[0];
  if (!first) return undefined;
  const source = new SourceText(text);
  const line = source.position(source.charOffset(first.start)).line;
  const problems: string[] = [];
  if (comments.length > 1) problems.push('a file may hold only one batch header');
  if (first.tokenName !== 'SQL_COMMENT')
    problems.push(`write the header as a line comment: ${SYNTAX}`);

  const options = readOptions(commentBody(first.text).slice(BATCH_HEADER_MARK.length), problems);
  const statement = statements[0];
  const update = statement ? nodeAs(statement.node, 'UpdateStmt') : undefined;
  if (!statement) {
    problems.push('no UPDATE follows the batch header');
  } else if (!update) {
    problems.push(
      `the batch header must stand above an UPDATE; the statement at line ${statement.line} is not one`,
    );
  } else if (source.charOffset(first.start) > statement.start) {
    problems.push(`the batch header must stand above the UPDATE at line ${statement.line}`);
  }
  if (statements.length > 1) {
    const others = statements
      .slice(1)
      .map((s) => s.line)
      .join(', ');
    problems.push(
      `a file with a batch header must hold only the UPDATE it batches (each batch commits on its own, so nothing else can share its transaction); move the statements at line ${others} to another migration`,
    );
  }

  const table = options.table === undefined ? undefined : qualifiedName(options.table);
  if (options.table !== undefined && !table)
    problems.push(`table=${options.table} is not a table name (write schema.table)`);
  const key = options.key === undefined ? undefined : qualifiedName(options.key);
  if (options.key !== undefined && (!key || key.schema !== undefined))
    problems.push(`key=${options.key} must name one column of the table (e.g. key=id)`);
  const size = integerOption(options.size, 'size', 1, MAX_BATCH_SIZE, problems);
  const targetMs =
    integerOption(options['target-ms'], 'target-ms', 1, MAX_BATCH_TARGET_MS, problems) ??
    DEFAULT_BATCH_TARGET_MS;
  for (const required of ['table', 'key', 'size'] as const) {
    if (options[required] === undefined) problems.push(`${required}=... is missing: ${SYNTAX}`);
  }

  if (update && table) {
    const target = update.relation;
    const written = { schema: target?.schemaname, name: target?.relname ?? '' };
    if (!sameTable(table, written)) {
      problems.push(
        `the header names table ${displayName(table)} but the UPDATE writes ${displayName(written)}`,
      );
    }
  }
  if (update && key && key.schema === undefined) {
    const setColumns = (update.targetList ?? []).flatMap((t) => {
      const name = nodeAs(t, 'ResTarget')?.name;
      return name ? [name] : [];
    });
    if (setColumns.includes(key.name)) {
      problems.push(
        `the UPDATE sets the key column ${key.name}: the batches walk that column, so changing it moves rows past or behind the cursor`,
      );
    }
  }
  if (update && nodeAs(update.whereClause, 'CurrentOfExpr')) {
    problems.push('WHERE CURRENT OF cannot be batched');
  }

  if (problems.length > 0 || !statement || !table || !key || size === undefined) {
    return { ok: false, line, problems };
  }
  return { ok: true, header: { table, key: key.name, size, targetMs, line, statement } };
}

/** Comments that start with the mark, in file order. */
function headerComments(text: string): ScanToken[] {
  let tokens: ScanToken[];
  try {
    tokens = scanFragment(text).tokens;
  } catch {
    // Unscannable text is a syntax error, reported (and refused) as one.
    return [];
  }
  return tokens.filter((t) => {
    if (t.tokenName !== 'SQL_COMMENT' && t.tokenName !== 'C_COMMENT') return false;
    const body = commentBody(t.text);
    return (
      body.startsWith(BATCH_HEADER_MARK) && /^(\s|$)/.test(body.slice(BATCH_HEADER_MARK.length))
    );
  });
}

function commentBody(text: string): string {
  if (text.startsWith('--')) return text.slice(2).trim();
  return text.replace(/^\/\*/, '').replace(/\*\/$/, '').trim();
}

const OPTION_NAMES = ['table', 'key', 'size', 'target-ms'] as const;
type OptionName = (typeof OPTION_NAMES)[number];

function readOptions(text: string, problems: string[]): Partial<Record<OptionName, string>> {
  const options: Partial<Record<OptionName, string>> = {};
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const eq = word.indexOf('=');
    const name = eq === -1 ? word : word.slice(0, eq);
    const value = eq === -1 ? '' : word.slice(eq + 1);
    if (!isOptionName(name)) {
      problems.push(`unknown header option '${name}': ${SYNTAX}`);
      continue;
    }
    if (value === '') {
      problems.push(`${name} needs a value (${name}=...)`);
      continue;
    }
    if (options[name] !== undefined) {
      problems.push(`${name} is given twice`);
      continue;
    }
    options[name] = value;
  }
  return options;
}

function isOptionName(name: string): name is OptionName {
  return (OPTION_NAMES as readonly string[]).includes(name);
}

function integerOption(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
  problems: string[],
): number | undefined {
  if (value === undefined) return undefined;
  const n = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    problems.push(`${name}=${value} must be a whole number from ${min} to ${max}`);
    return undefined;
  }
  return n;
}

/** `schema.name` or `name`, each part an identifier as Postgres folds it (quoted kept as written). */
function qualifiedName(text: string): { schema?: string; name: string } | undefined {
  const parts: string[] = [];
  let rest = text;
  while (rest !== '') {
    const quoted = /^"((?:[^"]|"")+)"/.exec(rest);
    const plain = quoted ? undefined : /^[A-Za-z_][A-Za-z0-9_$]*/.exec(rest);
    const match = quoted ?? plain;
    if (!match) return undefined;
    parts.push(quoted ? (quoted[1] ?? '').replaceAll('""', '"') : match[0].toLowerCase());
    rest = rest.slice(match[0].length);
    if (rest === '') break;
    if (!rest.startsWith('.')) return undefined;
    rest = rest.slice(1);
    if (rest === '') return undefined;
  }
  const [a, b] = parts;
  if (parts.length === 1 && a !== undefined) return { name: a };
  if (parts.length === 2 && a !== undefined && b !== undefined) return { schema: a, name: b };
  return undefined;
}

/** Unqualified names count as `public`, the schema Supabase migrations run in. */
function sameTable(
  a: { schema?: string; name: string },
  b: { schema?: string; name: string },
): boolean {
  return a.name === b.name && (a.schema ?? 'public') === (b.schema ?? 'public');
}

function displayName(t: { schema?: string; name: string }): string {
  return t.schema ? `${t.schema}.${t.name}` : t.name;
}
