/**
 * Where code stands in SQL text that Postgres parsed: the first and last token of a statement
 * (its leading and trailing comments excluded) and where a string constant opens. Postgres's
 * own scanner (libpg-query's `scanSync`) answers the same questions, but hands back every
 * token of the file as JSON, which cost a fifth of a lint-only run; this walks the UTF-8 bytes
 * once and keeps nothing. It follows Postgres's lexical rules for what can hide code: `--` and
 * nested `/* *\/` comments, '' strings (E'' with backslash escapes), "" identifiers and
 * `$tag$` dollar quotes. It is meant for text the parser accepted; positions are byte offsets,
 * as the parser reports them.
 */
export class CodeScanner {
  readonly bytes: Uint8Array;

  constructor(text: string) {
    this.bytes = new TextEncoder().encode(text);
  }

  get byteLength(): number {
    return this.bytes.length;
  }

  /** The start of the first token at or after `from` that is not a comment, or -1. */
  codeStartAt(from: number): number {
    const b = this.bytes;
    let i = from;
    while (i < b.length) {
      const c = b[i] as number;
      if (isSpace(c)) i++;
      else if (c === DASH && b[i + 1] === DASH) i = this.#lineCommentEnd(i);
      else if (c === SLASH && b[i + 1] === STAR) i = this.#blockCommentEnd(i);
      else return i;
    }
    return -1;
  }

  /**
   * Tokens from `from` (a token boundary) up to `to`: the end of the last one that is neither
   * a comment nor `;` (-1 if none), and the end of the last token of any kind (-1 if none).
   */
  lastCodeEnd(from: number, to: number): { code: number; any: number } {
    const b = this.bytes;
    let code = -1;
    let any = -1;
    let i = from;
    while (i < to) {
      const c = b[i] as number;
      if (isSpace(c)) {
        i++;
        continue;
      }
      let end: number;
      let isCode = true;
      if (c === DASH && b[i + 1] === DASH) {
        end = this.#lineCommentEnd(i);
        isCode = false;
      } else if (c === SLASH && b[i + 1] === STAR) {
        end = this.#blockCommentEnd(i);
        isCode = false;
      } else {
        end = this.#codeTokenEnd(i);
        if (c === SEMICOLON) isCode = false;
      }
      if (end > to) break;
      any = end;
      if (isCode) code = end;
      i = end;
    }
    return { code, any };
  }

  /**
   * The start of the first string constant (`'…'`, `E'…'`, `$$…$$`; Postgres's SCONST) at or
   * after `from`, or -1.
   */
  stringStartAt(from: number): number {
    const b = this.bytes;
    let i = from;
    while (i < b.length) {
      const c = b[i] as number;
      if (isSpace(c)) i++;
      else if (c === DASH && b[i + 1] === DASH) i = this.#lineCommentEnd(i);
      else if (c === SLASH && b[i + 1] === STAR) i = this.#blockCommentEnd(i);
      else if (this.#opensString(i)) return i;
      else i = this.#codeTokenEnd(i);
    }
    return -1;
  }

  /**
   * Where to cut the text into pieces of at least `minBytes` that each end just after a `;`
   * outside parentheses (the `;` that ends a statement; `CREATE RULE ... DO (a; b)` keeps its
   * inner ones), the last piece at the end of the text: the ends of the pieces, in order.
   */
  statementCuts(minBytes: number): number[] {
    const b = this.bytes;
    const cuts: number[] = [];
    let depth = 0;
    let from = 0;
    let i = 0;
    while (i < b.length) {
      const c = b[i] as number;
      if (isSpace(c)) i++;
      else if (c === DASH && b[i + 1] === DASH) i = this.#lineCommentEnd(i);
      else if (c === SLASH && b[i + 1] === STAR) i = this.#blockCommentEnd(i);
      else {
        if (c === OPEN_PAREN) depth++;
        else if (c === CLOSE_PAREN) depth = Math.max(0, depth - 1);
        else if (c === SEMICOLON && depth === 0 && i + 1 - from >= minBytes) {
          cuts.push(i + 1);
          from = i + 1;
        }
        i = this.#codeTokenEnd(i);
      }
    }
    if (from < b.length || cuts.length === 0) cuts.push(b.length);
    return cuts;
  }

  /** Every comment (`--` to the end of its line, `/* *\/` nested), with its text, in order. */
  comments(): { start: number; end: number; text: string }[] {
    const b = this.bytes;
    const decoder = new TextDecoder();
    const found: { start: number; end: number; text: string }[] = [];
    let i = 0;
    while (i < b.length) {
      const c = b[i] as number;
      if (isSpace(c)) i++;
      else if ((c === DASH && b[i + 1] === DASH) || (c === SLASH && b[i + 1] === STAR)) {
        const end = c === DASH ? this.#lineCommentEnd(i) : this.#blockCommentEnd(i);
        found.push({ start: i, end, text: decoder.decode(b.subarray(i, end)) });
        i = end;
      } else i = this.#codeTokenEnd(i);
    }
    return found;
  }

  /**
   * The first unquoted word (a keyword or identifier) whose upper case is `upper`, as it is
   * written, with its byte range; undefined when there is none.
   */
  wordOf(upper: string): { text: string; start: number; end: number } | undefined {
    const b = this.bytes;
    let i = 0;
    while (i < b.length) {
      const c = b[i] as number;
      if (isSpace(c)) i++;
      else if (c === DASH && b[i + 1] === DASH) i = this.#lineCommentEnd(i);
      else if (c === SLASH && b[i + 1] === STAR) i = this.#blockCommentEnd(i);
      else {
        const end = this.#codeTokenEnd(i);
        if (isWordStart(c) && this.#allWordParts(i, end)) {
          const text = new TextDecoder().decode(b.subarray(i, end));
          if (text.toUpperCase() === upper) return { text, start: i, end };
        }
        i = end;
      }
    }
    return undefined;
  }

  #allWordParts(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!isWordPart(this.bytes[k] as number)) return false;
    return true;
  }

  /**
   * The end of the first `:=` or `=` token (a PL/pgSQL assignment's), or -1. `=` counts only
   * as a token of its own, as Postgres splits operators: not inside `>=`, `==` or `=>`, but
   * in `=-1` (an operator does not end in `+` or `-` unless it holds one of ~!@#^&|`?%).
   */
  assignmentEnd(): number {
    const b = this.bytes;
    let i = 0;
    while (i < b.length) {
      const c = b[i] as number;
      if (isSpace(c)) i++;
      else if (c === DASH && b[i + 1] === DASH) i = this.#lineCommentEnd(i);
      else if (c === SLASH && b[i + 1] === STAR) i = this.#blockCommentEnd(i);
      else if (c === COLON) {
        if (b[i + 1] === EQUALS) return i + 2;
        i += b[i + 1] === COLON ? 2 : 1;
      } else if (isOperatorChar(c)) {
        const length = this.#operatorLength(i);
        if (length === 1 && c === EQUALS) return i + 1;
        i += length;
      } else i = this.#codeTokenEnd(i);
    }
    return -1;
  }

  /** The length of the operator token at `i`, by Postgres's rules for runs of operator characters. */
  #operatorLength(i: number): number {
    const b = this.bytes;
    let end = i;
    while (end < b.length && isOperatorChar(b[end] as number)) {
      // A comment's start ends the operator.
      if (
        end > i &&
        ((b[end] === DASH && b[end + 1] === DASH) || (b[end] === SLASH && b[end + 1] === STAR))
      ) {
        break;
      }
      end++;
    }
    let length = end - i;
    const last = b[end - 1];
    if (length > 1 && (last === PLUS || last === DASH)) {
      let special = false;
      for (let k = i; k < end - 1; k++) if (isSpecialOperatorChar(b[k] as number)) special = true;
      if (!special) {
        do length--;
        while (length > 1 && (b[i + length - 1] === PLUS || b[i + length - 1] === DASH));
      }
    }
    return length;
  }

  #opensString(i: number): boolean {
    const b = this.bytes;
    const c = b[i] as number;
    if (c === QUOTE) return true;
    if ((c === LOWER_E || c === UPPER_E) && b[i + 1] === QUOTE) return true;
    return c === DOLLAR && this.#dollarTagEnd(i) !== -1;
  }

  #lineCommentEnd(i: number): number {
    const b = this.bytes;
    let j = i + 2;
    while (j < b.length && b[j] !== NEWLINE && b[j] !== RETURN) j++;
    return j;
  }

  /** Block comments nest in Postgres. */
  #blockCommentEnd(i: number): number {
    const b = this.bytes;
    let depth = 1;
    let j = i + 2;
    while (j < b.length) {
      if (b[j] === SLASH && b[j + 1] === STAR) {
        depth++;
        j += 2;
      } else if (b[j] === STAR && b[j + 1] === SLASH) {
        j += 2;
        if (--depth === 0) return j;
      } else j++;
    }
    return b.length;
  }

  /**
   * The end of a code token starting at `i`: a quoted string or identifier, a dollar quote, a
   * word (identifier, keyword, number, parameter), or one other character. The exact token
   * boundaries inside a run of code do not matter to the callers, only what hides code.
   */
  #codeTokenEnd(i: number): number {
    const b = this.bytes;
    const c = b[i] as number;
    if (c === QUOTE) return this.#quotedEnd(i + 1, QUOTE, false);
    if (c === DOUBLE_QUOTE) return this.#quotedEnd(i + 1, DOUBLE_QUOTE, false);
    if (c === DOLLAR) {
      const tagEnd = this.#dollarTagEnd(i);
      if (tagEnd !== -1) return this.#dollarQuoteEnd(i, tagEnd);
      // A parameter ($1) or a stray dollar.
      let j = i + 1;
      while (j < b.length && isDigit(b[j] as number)) j++;
      return j;
    }
    if (isWordStart(c)) {
      const next = b[i + 1];
      if (next === QUOTE) {
        // E'…' takes backslash escapes; B'…' and X'…' are bit strings. Any other letter before
        // a quote (N'…' too: Postgres reads NCHAR, then a string) is a word of its own.
        if (c === LOWER_E || c === UPPER_E) return this.#quotedEnd(i + 2, QUOTE, true);
        if (isBitStringLetter(c)) return this.#quotedEnd(i + 2, QUOTE, false);
        return i + 1;
      }
      // U&'…' and U&"…".
      if ((c === LOWER_U || c === UPPER_U) && next === AMPERSAND) {
        const quote = b[i + 2];
        if (quote === QUOTE || quote === DOUBLE_QUOTE) {
          return this.#quotedEnd(i + 3, quote, false);
        }
      }
      let j = i + 1;
      while (j < b.length && isWordPart(b[j] as number)) j++;
      return j;
    }
    if (isDigit(c) || c === DOT) {
      let j = i + 1;
      while (j < b.length && (isWordPart(b[j] as number) || b[j] === DOT)) j++;
      return j;
    }
    return i + 1;
  }

  /**
   * The end of a quoted token whose body starts at `j`: a doubled quote stays inside; with
   * `backslashes`, so does an escaped character. Adjacent string constants separated by a
   * newline are one constant in Postgres, but the callers only need where code can be, so
   * each part ends on its own.
   */
  #quotedEnd(j: number, quote: number, backslashes: boolean): number {
    const b = this.bytes;
    let k = j;
    while (k < b.length) {
      const c = b[k];
      if (backslashes && c === BACKSLASH) k += 2;
      else if (c === quote) {
        if (b[k + 1] === quote) k += 2;
        else return k + 1;
      } else k++;
    }
    return b.length;
  }

  /** For `$tag$` or `$$` at `i`, the index after its closing `$`; otherwise -1. */
  #dollarTagEnd(i: number): number {
    const b = this.bytes;
    let j = i + 1;
    if (b[j] === DOLLAR) return j + 1;
    if (j >= b.length || !isWordStart(b[j] as number)) return -1;
    j++;
    while (j < b.length && isTagPart(b[j] as number)) j++;
    return b[j] === DOLLAR ? j + 1 : -1;
  }

  #dollarQuoteEnd(i: number, tagEnd: number): number {
    const b = this.bytes;
    const tagLength = tagEnd - i;
    for (let k = tagEnd; k < b.length; k++) {
      if (b[k] !== DOLLAR) continue;
      let same = true;
      for (let t = 1; t < tagLength; t++) {
        if (b[k + t] !== b[i + t]) {
          same = false;
          break;
        }
      }
      if (same) return k + tagLength;
    }
    return b.length;
  }
}

const NEWLINE = 0x0a;
const RETURN = 0x0d;
const DASH = 0x2d;
const SLASH = 0x2f;
const STAR = 0x2a;
const QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
const DOLLAR = 0x24;
const SEMICOLON = 0x3b;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const BACKSLASH = 0x5c;
const AMPERSAND = 0x26;
const DOT = 0x2e;
const COLON = 0x3a;
const EQUALS = 0x3d;
const PLUS = 0x2b;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
const LOWER_U = 0x75;
const UPPER_U = 0x55;

/** Postgres's `op_chars`: ~!@#^&|`?+-*\/%<>= */
function isOperatorChar(c: number): boolean {
  return OPERATOR_CHARS.has(c);
}

/** Operator characters that keep a trailing `+` or `-` in the operator. */
function isSpecialOperatorChar(c: number): boolean {
  return SPECIAL_OPERATOR_CHARS.has(c);
}

const OPERATOR_CHARS = new Set([...'~!@#^&|`?+-*/%<>='].map((ch) => ch.charCodeAt(0)));
const SPECIAL_OPERATOR_CHARS = new Set([...'~!@#^&|`?%'].map((ch) => ch.charCodeAt(0)));

/** Postgres's `space`: blank, tab, newline, carriage return, form feed, vertical tab. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A letter, `_`, or any byte of a non-ASCII character (Postgres's `ident_start`). */
function isWordStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c >= 0x80;
}

/** Postgres's `ident_cont`: also digits and `$`. */
function isWordPart(c: number): boolean {
  return isWordStart(c) || isDigit(c) || c === DOLLAR;
}

/** A dollar quote's tag: like an identifier, but without `$`. */
function isTagPart(c: number): boolean {
  return isWordStart(c) || isDigit(c);
}

/** B'…' and X'…'. */
function isBitStringLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower === 0x62 || lower === 0x78;
}
