import { CodeScanner } from '../../sql/code-scanner.ts';

/**
 * The statement as written, with CONCURRENTLY inserted after INDEX: the fix keeps the user's
 * own name, columns, method and options. Undefined when the keyword is not found.
 */
export function concurrentIndexSql(statementText: string): string | undefined {
  const scanner = new CodeScanner(statementText);
  const index = scanner.wordOf('INDEX');
  if (!index) return undefined;
  // The scanner's offsets are UTF-8 bytes.
  const decoder = new TextDecoder();
  const before = decoder.decode(scanner.bytes.subarray(0, index.end));
  const after = decoder.decode(scanner.bytes.subarray(index.end));
  // Match the author's keyword case.
  const keyword = index.text === 'index' ? 'concurrently' : 'CONCURRENTLY';
  return `${before} ${keyword}${after};`;
}
