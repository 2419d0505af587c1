import type { ScanToken } from 'libpg-query';
import { scanFragment } from '../sql/fragment-parses.ts';
import { SourceText } from '../sql/source-text.ts';

/**
 * The contract header: a line comment above the first statement of a migration file that
 * holds the contract step of an expand/contract change (a drop, a swap), which must not reach
 * production before running code has stopped using what it removes:
 *
 *   -- migration-guard:contract after=2026-12-14
 *
 * The file is due from 00:00 UTC on that date. The check reports it as not yet due before then,
 * and deploy refuses to apply it. The check, the Action's deploy and the edge function read it
 * with this one function, so they never disagree on what a file says.
 *
 * Read strictly, because a header is a gate: anything that looks like the mark but is not one
 * well-formed header line above the first statement (the mark in a string, in a block comment,
 * after a statement, a second header, a date that is no calendar date) makes the file invalid,
 * rather than being ignored. A reviewer who sees the mark anywhere can trust that it gates the
 * file or that the file is refused.
 */
const CONTRACT_MARK = 'migration-guard:contract';
const SYNTAX = `-- ${CONTRACT_MARK} after=YYYY-MM-DD`;
/** The mark, also spelled with other case or other separators (a look-alike hyphen or colon). */
const LOOKS_LIKE_MARK = /migration[^a-z0-9]{0,3}guard[^a-z0-9]{0,3}contract/gi;
const HEADER_LINE = new RegExp(`^--[ \\t]*${CONTRACT_MARK}[ \\t]+after=(\\S*)[ \\t]*$`);

export interface ContractHeader {
  /** The date as written, `YYYY-MM-DD`. */
  after: string;
  /** 00:00 UTC on that date: the file is due from this moment. */
  dueAt: Date;
  /** Line of the header comment. */
  line: number;
}

export type ContractHeaderReading =
  | { ok: true; header: ContractHeader }
  | { ok: false; line: number; problem: string };

/** The file's contract header, checked; undefined when the text has none (nor anything like one). */
export function readContractHeader(text: string): ContractHeaderReading | undefined {
  // Most files never mention it: no scan for them.
  const marks = [...text.matchAll(LOOKS_LIKE_MARK)].map((m) => m.index ?? 0);
  if (marks.length === 0) return undefined;
  const source = new SourceText(text);
  const lineAt = (charOffset: number) => source.position(charOffset).line;
  let tokens: ScanToken[];
  try {
    tokens = scanFragment(text).tokens;
  } catch {
    return {
      ok: false,
      line: lineAt(marks[0] ?? 0),
      problem: `the file cannot be read as SQL tokens (an unterminated string or comment?), so its ${CONTRACT_MARK} header cannot be trusted`,
    };
  }
  const spans = tokens.map((t) => ({
    token: t,
    start: source.charOffset(t.start),
    end: source.charOffset(t.end),
  }));
  const firstStatement = spans.find(
    (s) => s.token.tokenName !== 'SQL_COMMENT' && s.token.tokenName !== 'C_COMMENT',
  );
  const headers: ContractHeader[] = [];
  const seen = new Set<(typeof spans)[number]>();
  for (const at of marks) {
    const line = lineAt(at);
    const span = spans.find((s) => s.start <= at && at < s.end);
    const fail = (problem: string): ContractHeaderReading => ({ ok: false, line, problem });
    if (!span) return fail(`text like ${CONTRACT_MARK} outside any comment; write ${SYNTAX}`);
    // The mark twice in one comment: the first occurrence already failed the exact syntax.
    if (seen.has(span)) continue;
    seen.add(span);
    const kind = span.token.tokenName;
    if (kind === 'C_COMMENT') {
      return fail(
        `a ${CONTRACT_MARK} header in a block comment is not read; write it as a line comment: ${SYNTAX}`,
      );
    }
    if (kind !== 'SQL_COMMENT') {
      return fail(
        `${CONTRACT_MARK} appears inside a statement (a string or a name), where it is no header: remove it, or write the header as a line comment above the first statement: ${SYNTAX}`,
      );
    }
    const match = HEADER_LINE.exec(span.token.text.trimEnd());
    if (!match) {
      return fail(`write the contract header exactly as ${SYNTAX}`);
    }
    if (firstStatement && firstStatement.start < span.start) {
      return fail(
        `the ${CONTRACT_MARK} header must stand above the file's first statement (line ${lineAt(firstStatement.start)})`,
      );
    }
    const after = match[1] ?? '';
    const dueAt = calendarDate(after);
    if (!dueAt)
      return fail(
        `after=${after} is not a date: write after=YYYY-MM-DD (a real calendar date, UTC)`,
      );
    headers.push({ after, dueAt, line });
  }
  const [first, second] = headers;
  if (!first) return undefined;
  if (second) {
    return {
      ok: false,
      line: second.line,
      problem: `a second ${CONTRACT_MARK} header (the first is on line ${first.line}); a file has one`,
    };
  }
  return { ok: true, header: first };
}

/** True once the file may be applied: from 00:00 UTC on the header's date. */
export function contractDue(header: ContractHeader, now: Date): boolean {
  return now.getTime() >= header.dueAt.getTime();
}

/** The header line for a file due from 00:00 UTC on `due`'s date. */
export function contractHeaderLine(due: Date): string {
  return `-- ${CONTRACT_MARK} after=${due.toISOString().slice(0, 10)}`;
}

function calendarDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return undefined;
  }
  return y < 1970 ? undefined : date;
}
