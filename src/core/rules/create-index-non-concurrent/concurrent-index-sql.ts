import { scanSync } from 'libpg-query';

/**
 * The statement as written, with CONCURRENTLY inserted after INDEX: the fix keeps the user's
 * own name, columns, method and options. Undefined when the scanner cannot find the keyword.
 */
export function concurrentIndexSql(statementText: string): string | undefined {
  let tokens: { start: number; end: number; text: string }[];
  try {
    tokens = scanSync(statementText).tokens;
  } catch {
    return undefined;
  }
  const index = tokens.find((t) => t.text.toUpperCase() === 'INDEX');
  if (!index) return undefined;
  // Scanner offsets are UTF-8 bytes.
  const bytes = new TextEncoder().encode(statementText);
  const decoder = new TextDecoder();
  const before = decoder.decode(bytes.subarray(0, index.end));
  const after = decoder.decode(bytes.subarray(index.end));
  // Match the author's keyword case.
  const keyword = index.text === 'index' ? 'concurrently' : 'CONCURRENTLY';
  return `${before} ${keyword}${after};`;
}
