/**
 * Whether SQL text may hold one of `words` (lower-case ASCII) as an identifier or keyword,
 * read from the text alone: a quick test that lets a rule skip walking a statement that cannot
 * concern it. Unquoted names are case-insensitive, so the text is compared lower-cased. Text
 * with a Unicode-escaped identifier (`U&"..."`) or a backslash (an `E'...'` string whose escapes
 * may spell a name in a function body or EXECUTE) always may, so the answer errs only towards
 * walking.
 */
export function mayName(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return lower.includes('u&') || text.includes('\\') || words.some((w) => lower.includes(w));
}
