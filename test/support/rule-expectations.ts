import type { Finding } from '../../src/core/report/finding.ts';
import type {
  ExpectedFinding,
  ExpectedHistoryFinding,
  InvalidRuleCase,
} from '../../src/core/rules/rule-cases.ts';

/** A finding of a history case: the finding and the name of the file it is about. */
export type FileFinding = Finding & { file?: string };

/**
 * The findings an invalid case expects: its `errors`, or its `lines` as bare findings. A case
 * that gives both with different lines contradicts itself, which is an error in the case.
 */
export function expectedFindings(testCase: InvalidRuleCase): ExpectedFinding[] {
  const { lines, errors } = testCase;
  if (
    errors &&
    lines &&
    !sameList(
      lines,
      errors.map((e) => e.line),
    )
  ) {
    throw new Error(
      `case "${testCase.name}" contradicts itself: lines ${show(lines)}, errors on lines ${show(errors.map((e) => e.line))}`,
    );
  }
  return errors ?? (lines ?? []).map((line) => ({ line }));
}

/**
 * How the findings a rule reported differ from those a case expects, one sentence per field
 * (empty when they agree). Findings are compared in order; when their places differ (count,
 * line, or file for history rules) only that is said, with every finding reported.
 */
export function findingDifferences(
  expected: readonly (ExpectedFinding | ExpectedHistoryFinding)[],
  actual: readonly FileFinding[],
): string[] {
  const place = (f: { line: number; file?: string }) =>
    f.file ? `${f.file}:${f.line}` : `${f.line}`;
  const expectedPlaces = expected.map((e) => place({ line: e.line, file: fileOf(e) }));
  const actualPlaces = actual.map(place);
  if (!sameList(expectedPlaces, actualPlaces)) {
    const field = expected.some((e) => fileOf(e) !== undefined) ? 'files:lines' : 'lines';
    return [
      `${field}: expected ${show(expectedPlaces)}, got ${show(actualPlaces)}${listing(actual)}`,
    ];
  }
  const differences: string[] = [];
  for (const [i, want] of expected.entries()) {
    const got = actual[i] as FileFinding;
    const at = `finding ${i + 1} (${got.file ? place(got) : `line ${got.line}`})`;
    if (want.column !== undefined && want.column !== got.column) {
      differences.push(`${at}: column expected ${want.column}, got ${got.column}`);
    }
    if (want.severity !== undefined && want.severity !== got.severity) {
      differences.push(`${at}: severity expected ${want.severity}, got ${got.severity}`);
    }
    const message = textDifference('message', want.message, got.message);
    if (message) differences.push(`${at}: ${message}`);
    const fix = textDifference('fix', want.fix, got.fix);
    if (fix) differences.push(`${at}: ${fix}`);
  }
  return differences;
}

/** What every finding owes the user whatever the case says: a message that explains, a fix. */
export function findingShortcomings(actual: readonly FileFinding[]): string[] {
  return actual.flatMap((f, i) => {
    const at = `finding ${i + 1} (line ${f.line})`;
    const out: string[] = [];
    if (f.message.length <= 20) out.push(`${at}: message too short to explain: "${f.message}"`);
    if (!f.fix) out.push(`${at}: fix is empty`);
    return out;
  });
}

/** Findings a valid case must not have, as sentences (empty when there are none). */
export function unexpectedFindings(actual: readonly FileFinding[]): string[] {
  return actual.length === 0
    ? []
    : [`findings: expected none, got ${actual.length}${listing(actual)}`];
}

/** One error naming the rule, the case and each difference, or nothing when there is none. */
export function failWith(ruleId: string, caseName: string, differences: readonly string[]): void {
  if (differences.length === 0) return;
  throw new Error(
    `${ruleId}, case "${caseName}":\n${differences.map((d) => `  - ${d}`).join('\n')}`,
  );
}

function textDifference(
  field: 'message' | 'fix',
  want: string | RegExp | undefined,
  got: string | undefined,
): string | undefined {
  if (want === undefined) return undefined;
  const shown = got === undefined ? '(none)' : JSON.stringify(got);
  if (typeof want === 'string') {
    if (got?.includes(want)) return undefined;
    return `${field} expected to contain ${JSON.stringify(want)}, got ${shown}`;
  }
  // search() ignores lastIndex, so a /g pattern answers the same every time.
  if (got !== undefined && got.search(want) >= 0) return undefined;
  return `${field} expected to match ${want}, got ${shown}`;
}

function fileOf(e: ExpectedFinding | ExpectedHistoryFinding): string | undefined {
  return 'file' in e ? e.file : undefined;
}

function listing(actual: readonly FileFinding[]): string {
  return actual
    .map(
      (f) =>
        `\n      ${f.file ? `${f.file}:` : ''}${f.line}:${f.column} ${f.severity} ${JSON.stringify(f.message)}`,
    )
    .join('');
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function show(list: readonly (string | number)[]): string {
  return `[${list.join(', ')}]`;
}
