/**
 * Positions in SQL source. The Postgres parser reports UTF-8 byte offsets; editors, SARIF and
 * GitHub annotations want 1-based lines and columns in characters. This maps one to the other.
 */
export interface SourcePosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in characters. */
  column: number;
}

export class SourceText {
  readonly text: string;
  /** Character offset of the start of each line. */
  private readonly lineStarts: number[];
  /** Byte offset -> character offset; null when the text is pure ASCII. */
  private readonly byteToChar: Int32Array | null;

  constructor(text: string) {
    this.text = text;
    this.lineStarts = [0];
    // indexOf and a regular expression run natively: a character loop here ran in the
    // interpreter for most of a short process's life, a measurable part of a lint-only run.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.lineStarts.push(i + 1);
    }
    this.byteToChar = NON_ASCII.test(text) ? buildByteMap(text) : null;
  }

  /** Character offset for a UTF-8 byte offset reported by the parser. */
  charOffset(byteOffset: number): number {
    if (this.byteToChar === null) return Math.min(byteOffset, this.text.length);
    const clamped = Math.max(0, Math.min(byteOffset, this.byteToChar.length - 1));
    return this.byteToChar[clamped] ?? this.text.length;
  }

  /** Line and column for a character offset. */
  position(charOffset: number): SourcePosition {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= charOffset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: charOffset - (this.lineStarts[lo] ?? 0) + 1 };
  }

  /** The text of one line (1-based), without its newline. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

/** Any UTF-16 code unit above 127. */
const NON_ASCII = /[\u0080-\uffff]/;

function buildByteMap(text: string): Int32Array {
  // Walked over the UTF-8 bytes: a byte that does not continue a character starts one, and a
  // four-byte character is two UTF-16 code units. Faster than a walk over the code points.
  const utf8 = new TextEncoder().encode(text);
  const map = new Int32Array(utf8.length + 1);
  let char = 0;
  let next = 0;
  for (let byte = 0; byte < utf8.length; byte++) {
    const b = utf8[byte] as number;
    if ((b & 0xc0) !== 0x80) {
      char = next;
      next += b >= 0xf0 ? 2 : 1;
    }
    map[byte] = char;
  }
  map[utf8.length] = text.length;
  return map;
}
