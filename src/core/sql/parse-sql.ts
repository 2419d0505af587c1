import type { Node, ScanToken } from 'libpg-query';
import { parseSync, requireParser, scanSync } from './pg-query.ts';
import { CodeScanner } from './code-scanner.ts';
import { withoutFragmentStore } from './fragment-parses.ts';
import { parsePlpgsqlBody } from './plpgsql.ts';
import { SourceText } from './source-text.ts';
import { kindOf, nodeAs, type Statement, type Suppression } from './statement.ts';

/** A statement the Postgres parser rejected. */
interface SqlSyntaxError {
  message: string;
  line: number;
  column: number;
  /**
   * The table the broken statement would have created, read from its first tokens
   * (`CREATE [TEMP|UNLOGGED] TABLE [IF NOT EXISTS] name`), so later statements of the file
   * still know the table is new.
   */
  createsTable?: { schema?: string; name: string };
}

/** A suppression comment that cannot be honoured (no reason given). */
interface SuppressionProblem {
  line: number;
  message: string;
}

export interface ParsedSql {
  source: SourceText;
  statements: Statement[];
  errors: SqlSyntaxError[];
  fileSuppressions: Suppression[];
  suppressionProblems: SuppressionProblem[];
}

/** Loads the parser's WebAssembly module: await it before parsing (`./pg-query.ts`). */
export { loadParser } from './pg-query.ts';

interface RawStatement {
  stmt: Node;
  stmt_location?: number;
  stmt_len?: number;
}

/**
 * Parse a migration file into statements with positions, suppression comments and, for DO
 * blocks and PL/pgSQL functions, their bodies. A syntax error does not lose the rest of the
 * file: the text is split at top-level semicolons (found by Postgres's own scanner) and each
 * piece is parsed alone, so only the broken statement is lost.
 */
export function parseSql(file: string): ParsedSql {
  // Without the parser, fail here: inside, a failed parse is taken for a syntax error.
  requireParser();
  // Cached whole (the parse cache's entry for the file): the pieces it parses are not stored apart.
  return withoutFragmentStore(() => parseFile(file));
}

function parseFile(file: string): ParsedSql {
  const text = withoutByteOrderMark(file);
  const source = new SourceText(text);
  const result: ParsedSql = {
    source,
    statements: [],
    errors: [],
    fileSuppressions: [],
    suppressionProblems: [],
  };

  let raws: { raw: RawStatement; byteBase: number }[];
  let layout: TokenLayout;
  const brokenEnds: number[] = [];
  try {
    const scanner = text.length > CHUNK_BYTES ? new CodeScanner(text) : undefined;
    raws = (scanner && parseInChunks(scanner)) ?? parseWhole(text);
    // Comments matter only when they may hold a suppression; otherwise a scan in JavaScript
    // finds where each statement's code starts and ends.
    // A large file's comments come from the JavaScript scan too: Postgres's scanner would hand
    // back every token of it at once.
    layout = !text.includes(STATEMENT_MARK)
      ? codeLayout(text, scanner)
      : scanner
        ? codeLayout(text, scanner, scanner.comments())
        : scannedLayout(text);
  } catch {
    const scanned = scannedLayout(text);
    layout = scanned;
    raws = parsePieces(text, scanned.tokens, source, result.errors, brokenEnds);
  }

  const commentTokens = layout.comments;
  let previousEnd = 0;
  for (const { raw, byteBase } of raws) {
    const byteStart = byteBase + (raw.stmt_location ?? 0);
    const byteEnd = raw.stmt_len ? byteStart + raw.stmt_len : layout.tokensEnd(byteStart);
    const firstCode = layout.codeStartAt(byteStart);
    const startByte = firstCode !== -1 && firstCode < byteEnd ? firstCode : byteStart;
    const start = source.charOffset(startByte);
    let end = source.charOffset(byteEnd);
    // Trailing comments belong between statements, not to the statement.
    const lastCodeEnd = layout.lastCodeEnd(startByte, byteEnd);
    if (lastCodeEnd > startByte) end = source.charOffset(lastCodeEnd);
    const pos = source.position(start);
    const statement: Statement = {
      index: result.statements.length,
      kind: kindOf(raw.stmt),
      node: raw.stmt,
      text: text.slice(start, end),
      start,
      end,
      line: pos.line,
      column: pos.column,
      endLine: source.position(Math.max(start, end - 1)).line,
      suppressions: [],
      locationBase: startByte - byteBase,
    };
    // Comments before a statement that failed to parse belong to it, not to this one.
    const from = Math.max(previousEnd, ...brokenEnds.filter((end) => end <= startByte));
    for (let i = firstIndexAtOrAfter(commentTokens, from); i < commentTokens.length; i++) {
      const comment = commentTokens[i]!;
      if (comment.end > startByte) break;
      // File suppressions are read once, below, wherever they stand.
      if (!isFileSuppression(comment.text)) readSuppression(comment, source, result, statement);
    }
    previousEnd = byteEnd;
    attachPlpgsql(statement, layout, source, byteBase);
    result.statements.push(statement);
  }
  // File-level suppressions anywhere; statement-level ones after the last statement are stray.
  const strayFrom = Math.max(previousEnd, ...brokenEnds);
  for (const comment of commentTokens) {
    if (comment.start >= strayFrom) readSuppression(comment, source, result, undefined);
    else if (isFileSuppression(comment.text)) readSuppression(comment, source, result, undefined);
  }
  // The parser (a C string) and the server (a NUL-terminated protocol string) both stop reading
  // at a NUL byte: whatever follows one would be neither checked nor run, yet be in the file
  // (and its checksum) that reviewers approve, and GitHub shows such a file as binary.
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const at = source.position(nul);
    result.errors.push({
      line: at.line,
      column: at.column,
      message:
        'a NUL byte (U+0000): Postgres reads SQL only up to it, so the text after it would be neither checked nor run; remove it',
    });
  }
  return result;
}

/**
 * Text longer than this is parsed a piece of about this size at a time: the parser's memory
 * (WebAssembly, which never shrinks) and its JSON then stay those of one piece, not of a whole
 * 20 MiB file.
 */
const CHUNK_BYTES = 1024 * 1024;

function parseWhole(text: string): { raw: RawStatement; byteBase: number }[] {
  const parsed = parseSync(text) as { stmts?: RawStatement[] };
  return (parsed.stmts ?? []).map((raw) => ({ raw, byteBase: 0 }));
}

/**
 * The statements of a large text, parsed in pieces cut after a statement's `;`: the same
 * statements at the same places as one parse of the whole (each piece starts where the
 * statement after a `;` does). A piece that does not parse is parsed again with the next one
 * (the cut fell inside a `BEGIN ATOMIC` body); when that fails too (a syntax error), undefined:
 * the caller then parses the whole text as usual.
 */
function parseInChunks(
  scanner: CodeScanner,
): { raw: RawStatement; byteBase: number }[] | undefined {
  const cuts = scanner.statementCuts(CHUNK_BYTES);
  if (cuts.length < 2) return undefined;
  const decoder = new TextDecoder();
  const out: { raw: RawStatement; byteBase: number }[] = [];
  let from = 0;
  let retried = false;
  for (let c = 0; c < cuts.length; c++) {
    const to = cuts[c] as number;
    let parsed: { stmts?: RawStatement[] };
    try {
      parsed = parseSync(decoder.decode(scanner.bytes.subarray(from, to))) as typeof parsed;
    } catch {
      if (retried || c === cuts.length - 1) return undefined;
      retried = true;
      continue;
    }
    retried = false;
    for (const raw of parsed.stmts ?? []) out.push({ raw, byteBase: from });
    from = to;
  }
  return out;
}

/** What `parseSql` asks of the file's tokens; byte offsets, -1 for none. */
interface TokenLayout {
  /** The file's comments, in order. */
  readonly comments: readonly Token[];
  /** The end of the file's last token (the end of a statement that runs to the end). */
  tokensEnd(from: number): number;
  /** The start of the first token at or after `byte` that is not a comment. */
  codeStartAt(byte: number): number;
  /** The end of the last token from `from` up to `to` that is neither a comment nor `;`. */
  lastCodeEnd(from: number, to: number): number;
  /** The start of the first string constant at or after `byte`. */
  stringStartAt(byte: number): number;
}

type Token = Pick<ScanToken, 'start' | 'end' | 'text'>;

/**
 * The layout from a scan in JavaScript, for parsed text: without `comments` for text in which
 * no comment matters.
 */
function codeLayout(
  text: string,
  scanned?: CodeScanner,
  comments: readonly Token[] = [],
): TokenLayout {
  const scanner = scanned ?? new CodeScanner(text);
  return {
    comments,
    tokensEnd: (from) => {
      const end = scanner.lastCodeEnd(from, scanner.byteLength).any;
      return end === -1 ? text.length : end;
    },
    codeStartAt: (byte) => scanner.codeStartAt(byte),
    lastCodeEnd: (from, to) => scanner.lastCodeEnd(from, to).code,
    stringStartAt: (byte) => scanner.stringStartAt(byte),
  };
}

/** The layout from Postgres's own scanner: every token, comments included. */
function scannedLayout(text: string): TokenLayout & { tokens: ScanToken[] } {
  const tokens = scanTokens(text);
  const byteLength = tokens.length > 0 ? (tokens[tokens.length - 1]?.end ?? 0) : text.length;
  return {
    tokens,
    comments: tokens.filter(isComment),
    tokensEnd: () => byteLength,
    codeStartAt: (byte) => codeTokenAtOrAfter(tokens, byte)?.start ?? -1,
    lastCodeEnd: (_from, to) => codeTokenBefore(tokens, to)?.end ?? -1,
    stringStartAt: (byte) => {
      for (let i = firstIndexAtOrAfter(tokens, byte); i < tokens.length; i++) {
        if (tokens[i]?.tokenName === 'SCONST') return tokens[i]?.start ?? -1;
      }
      return -1;
    },
  };
}

/**
 * A leading UTF-8 byte-order mark is not SQL: the Supabase CLI drops it, Postgres would read it
 * as part of the first word. It becomes a space so every offset stays the file's.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

function scanTokens(text: string): ScanToken[] {
  try {
    return scanSync(text).tokens;
  } catch {
    return [];
  }
}

function isComment(token: ScanToken): boolean {
  return token.tokenName === 'SQL_COMMENT' || token.tokenName === 'C_COMMENT';
}

/** Index of the first token starting at or after `byte` (tokens are sorted by start). */
function firstIndexAtOrAfter(tokens: readonly Token[], byte: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < byte) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function codeTokenAtOrAfter(tokens: ScanToken[], byte: number): ScanToken | undefined {
  for (let i = firstIndexAtOrAfter(tokens, byte); i < tokens.length; i++) {
    if (!isComment(tokens[i]!)) return tokens[i];
  }
  return undefined;
}

function codeTokenBefore(tokens: ScanToken[], byteEnd: number): ScanToken | undefined {
  for (let i = firstIndexAtOrAfter(tokens, byteEnd) - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.end <= byteEnd && !isComment(t) && t.text !== ';') return t;
  }
  return undefined;
}

function parsePieces(
  text: string,
  tokens: ScanToken[],
  source: SourceText,
  errors: SqlSyntaxError[],
  brokenEnds: number[],
): { raw: RawStatement; byteBase: number }[] {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder();
  const pieces: { from: number; to: number }[] = [];
  let from = 0;
  for (const token of tokens) {
    if (token.text === ';') {
      pieces.push({ from, to: token.end });
      from = token.end;
    }
  }
  if (from < bytes.length) pieces.push({ from, to: bytes.length });
  if (tokens.length === 0) pieces.splice(0, pieces.length, { from: 0, to: bytes.length });

  const out: { raw: RawStatement; byteBase: number }[] = [];
  for (const piece of pieces) {
    const pieceText = decoder.decode(bytes.subarray(piece.from, piece.to));
    if (pieceText.trim() === '') continue;
    try {
      const parsed = parseSync(pieceText) as { stmts?: RawStatement[] };
      for (const raw of parsed.stmts ?? []) out.push({ raw, byteBase: piece.from });
    } catch (error) {
      brokenEnds.push(piece.to);
      const details = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
      const firstCode = codeTokenAtOrAfter(tokens, piece.from);
      // Postgres reports the cursor in characters (code points), not bytes.
      const byte =
        details?.cursorPosition !== undefined
          ? piece.from + utf8Length(codePointPrefix(pieceText, details.cursorPosition))
          : (firstCode?.start ?? piece.from);
      const pos = source.position(source.charOffset(byte));
      const syntaxError: SqlSyntaxError = {
        message: (error as Error).message,
        line: pos.line,
        column: pos.column,
      };
      const created = createdTableName(tokens, piece.from, piece.to);
      if (created) syntaxError.createsTable = created;
      errors.push(syntaxError);
    }
  }
  return out;
}

const TABLE_PREFIX_WORDS = new Set(['global', 'local', 'temp', 'temporary', 'unlogged']);

/** The name after `CREATE [...] TABLE [IF NOT EXISTS]` in a piece's tokens, if it starts so. */
function createdTableName(
  tokens: ScanToken[],
  from: number,
  to: number,
): { schema?: string; name: string } | undefined {
  const words: ScanToken[] = [];
  for (let i = firstIndexAtOrAfter(tokens, from); i < tokens.length && words.length < 9; i++) {
    const t = tokens[i]!;
    if (t.start >= to) break;
    if (!isComment(t)) words.push(t);
  }
  const lower = (t: ScanToken | undefined) => t?.text.toLowerCase();
  let i = 0;
  if (lower(words[i++]) !== 'create') return undefined;
  while (TABLE_PREFIX_WORDS.has(lower(words[i]) ?? '')) i++;
  if (lower(words[i++]) !== 'table') return undefined;
  if (
    lower(words[i]) === 'if' &&
    lower(words[i + 1]) === 'not' &&
    lower(words[i + 2]) === 'exists'
  ) {
    i += 3;
  }
  const first = identifier(words[i]);
  if (first === undefined) return undefined;
  if (words[i + 1]?.text === '.') {
    const second = identifier(words[i + 2]);
    return second === undefined ? undefined : { schema: first, name: second };
  }
  return { name: first };
}

/** An identifier token as Postgres folds it: quoted kept as written, unquoted lower-cased. */
function identifier(token: ScanToken | undefined): string | undefined {
  if (!token) return undefined;
  const isName =
    token.tokenName === 'IDENT' ||
    (token.keywordKind > 0 && token.keywordName !== 'RESERVED_KEYWORD');
  if (!isName) return undefined;
  if (token.text.startsWith('"')) return token.text.slice(1, -1).replace(/""/g, '"');
  return token.text.toLowerCase();
}

function codePointPrefix(text: string, codePoints: number): string {
  let end = 0;
  for (let n = 0; n < codePoints && end < text.length; n++) {
    end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  }
  return text.slice(0, end);
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

const STATEMENT_MARK = 'migration-guard-ignore';
const FILE_MARK = 'migration-guard-ignore-file';

function commentBody(text: string): string {
  if (text.startsWith('--')) return text.slice(2).trim();
  return text.replace(/^\/\*/, '').replace(/\*\/$/, '').trim();
}

/** The comment starts with `mark` as a whole word (`migration-guard-ignored` is prose). */
function startsWithMark(body: string, mark: string): boolean {
  return (
    body.startsWith(mark) && (body.length === mark.length || /[\s:,]/.test(body[mark.length] ?? ''))
  );
}

function isFileSuppression(text: string): boolean {
  return startsWithMark(commentBody(text), FILE_MARK);
}

function readSuppression(
  comment: Token,
  source: SourceText,
  result: ParsedSql,
  statement: Statement | undefined,
): void {
  const body = commentBody(comment.text);
  const scope = startsWithMark(body, FILE_MARK)
    ? 'file'
    : startsWithMark(body, STATEMENT_MARK)
      ? 'statement'
      : undefined;
  if (scope === undefined) return;
  const rest = body.slice(scope === 'file' ? FILE_MARK.length : STATEMENT_MARK.length);
  const line = source.position(source.charOffset(comment.start)).line;
  if (scope === 'statement' && statement === undefined) {
    result.suppressionProblems.push({
      line,
      message: `'${STATEMENT_MARK}' must stand directly before the statement it silences; none follows it.`,
    });
    return;
  }
  const colon = rest.indexOf(':');
  const ruleText = colon === -1 ? rest : rest.slice(0, colon);
  const reason = colon === -1 ? '' : rest.slice(colon + 1).trim();
  const rules = ruleText
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  if (rules.length === 0 || reason === '') {
    result.suppressionProblems.push({
      line,
      message: `A suppression needs rule ids and a reason: '-- ${scope === 'file' ? FILE_MARK : STATEMENT_MARK} rule-id: why it is safe here'.`,
    });
    return;
  }
  const suppression: Suppression = { scope, rules, reason, line };
  if (scope === 'file') result.fileSuppressions.push(suppression);
  else statement?.suppressions.push(suppression);
}

function attachPlpgsql(
  statement: Statement,
  layout: TokenLayout,
  source: SourceText,
  byteBase: number,
): void {
  const doStmt = nodeAs(statement.node, 'DoStmt');
  const fnStmt = nodeAs(statement.node, 'CreateFunctionStmt');
  const options = doStmt?.args ?? fnStmt?.options ?? [];
  let language = doStmt ? 'plpgsql' : 'sql';
  let bodyLocation: number | undefined;
  for (const option of options) {
    const def = nodeAs(option, 'DefElem');
    if (!def) continue;
    if (def.defname === 'language') {
      language = nodeAs(def.arg, 'String')?.sval ?? language;
    }
    if (def.defname === 'as' && def.location !== undefined) bodyLocation = byteBase + def.location;
  }
  if (language.toLowerCase() !== 'plpgsql' || bodyLocation === undefined) return;
  const bodyStart = layout.stringStartAt(bodyLocation);
  const bodyLine =
    bodyStart !== -1 ? source.position(source.charOffset(bodyStart)).line : statement.line;
  const body = parsePlpgsqlBody(statement.text, doStmt ? 'do' : 'function', bodyLine);
  if (body) statement.plpgsql = body;
}
