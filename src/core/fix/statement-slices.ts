import type { ScanToken } from 'libpg-query';
import { scanSync } from '../sql/pg-query.ts';
import type { Statement } from '../sql/statement.ts';

/**
 * One statement's text with the scanner's tokens, for cutting out what the parser located: the
 * parse tree gives where a clause starts (UTF-8 byte offsets), Postgres's own scanner where the
 * clause ends. The rewrite keeps the author's text for every clause it does not change.
 */
export class StatementSlices {
  readonly tokens: ScanToken[];
  readonly #bytes: Uint8Array;
  readonly #base: number;

  constructor(readonly statement: Statement) {
    this.#bytes = new TextEncoder().encode(statement.text);
    this.tokens = scanSync(statement.text).tokens;
    this.#base = statement.locationBase ?? 0;
  }

  /** Byte offset in the statement of a parse-tree `location`. */
  offsetOf(location: number | undefined): number | undefined {
    return location === undefined ? undefined : location - this.#base;
  }

  /** The text between two byte offsets of the statement, trimmed. */
  text(start: number, end = this.#bytes.length): string {
    return new TextDecoder().decode(this.#bytes.subarray(start, end)).trim();
  }

  /** Index of the token starting at this byte offset. */
  tokenAt(offset: number): number {
    return this.tokens.findIndex((t) => t.start === offset);
  }

  /**
   * The end of a possibly qualified name starting at token `first` (`a`, `a.b`, `"A"."b"`):
   * the byte offset after its last part.
   */
  nameEnd(first: number): number {
    let i = first;
    while (this.tokens[i + 1]?.text === '.' && this.tokens[i + 2]) i += 2;
    return this.tokens[i]?.end ?? this.#bytes.length;
  }

  /**
   * Byte ranges of the pieces of the text after `from` separated by commas outside brackets:
   * the subcommands of an ALTER TABLE.
   */
  topLevelPieces(from: number): { start: number; end: number }[] {
    const pieces: { start: number; end: number }[] = [];
    let depth = 0;
    let start = from;
    for (const t of this.tokens) {
      if (t.start < from) continue;
      if (t.text === '(' || t.text === '[') depth++;
      else if (t.text === ')' || t.text === ']') depth--;
      else if (t.text === ',' && depth === 0) {
        pieces.push({ start, end: t.start });
        start = t.end;
      }
    }
    pieces.push({ start, end: this.#bytes.length });
    return pieces;
  }
}

/** A name as SQL: bare when the scanner reads it back as that one plain identifier. */
export function sqlName(name: string): string {
  if (/^[a-z_][a-z0-9_$]*$/.test(name)) {
    const tokens = scanSync(name).tokens;
    if (tokens.length === 1 && tokens[0]?.tokenName === 'IDENT') return name;
  }
  return `"${name.replaceAll('"', '""')}"`;
}
