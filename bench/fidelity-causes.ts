/**
 * The causes of the files that did not apply, grouped over all histories: by kind (`missing
 * extension`), then by cause (`missing extension pg_net`). Two counts tell the target's own
 * gaps from their consequences: `first`, the first file of its history that did not apply
 * (nothing before it failed, so the target lacks what it needs), and `knock-on`, a file whose
 * missing object an earlier file of its history that did not apply creates.
 */
import type { FileResult } from './fidelity-results.ts';

export interface CauseExample {
  history: string;
  file: string;
  message: string;
}

interface Counts {
  files: number;
  first: number;
  knockOn: number;
}

export interface CauseGroup extends Counts {
  key: string;
  histories: string[];
  /** Up to three of Postgres's messages, from different histories and not knock-ons first. */
  examples: CauseExample[];
}

export interface CauseKind extends Counts {
  kind: string;
  causes: CauseGroup[];
}

const EXAMPLES = 3;

/** One line, for the terminal: a RAISE text or a statement may span several. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function groupCauses(runs: { name: string; results: FileResult[] }[]): CauseKind[] {
  type Gathered = CauseGroup & { rank: number[] };
  const kinds = new Map<string, Map<string, Gathered>>();
  for (const run of runs) {
    for (const result of run.results) {
      // A misnamed file is not a failure: the Supabase CLI skips it too.
      if (result.outcome === 'applied' || result.outcome === 'not-staged') continue;
      const kind = result.causeKind ?? result.outcome;
      const key = result.cause ?? result.outcome;
      const byKey = kinds.get(kind) ?? new Map<string, Gathered>();
      kinds.set(kind, byKey);
      const group: Gathered = byKey.get(key) ?? {
        key,
        files: 0,
        first: 0,
        knockOn: 0,
        histories: [],
        examples: [],
        rank: [],
      };
      byKey.set(key, group);
      group.files++;
      const first = !result.afterEarlierFailure;
      if (first) group.first++;
      if (result.knockOnOf !== undefined) group.knockOn++;
      if (!group.histories.includes(run.name)) group.histories.push(run.name);
      const message = result.postgresError ?? result.message ?? `staging: ${result.staging}`;
      // Lower is better: a first failure, then not a knock-on, then a history not yet shown.
      const rank =
        (first ? 0 : 4) +
        (result.knockOnOf === undefined ? 0 : 2) +
        (group.examples.some((e) => e.history === run.name) ? 1 : 0);
      group.examples.push({ history: run.name, file: result.file, message: oneLine(message) });
      group.rank.push(rank);
    }
  }
  const sum = (causes: Counts[], key: keyof Counts) => causes.reduce((n, c) => n + c[key], 0);
  const byCount = <T extends { files: number }>(a: T, b: T) => b.files - a.files;
  return [...kinds]
    .map(([kind, byKey]) => {
      const causes = [...byKey.values()]
        .map(({ rank, examples, ...group }) => ({
          ...group,
          examples: examples
            .map((example, i) => ({ example, rank: rank[i] ?? 0, i }))
            .sort((a, b) => a.rank - b.rank || a.i - b.i)
            .slice(0, EXAMPLES)
            .map((e) => e.example),
        }))
        .sort((a, b) => byCount(a, b) || a.key.localeCompare(b.key));
      return {
        kind,
        files: sum(causes, 'files'),
        first: sum(causes, 'first'),
        knockOn: sum(causes, 'knockOn'),
        causes,
      };
    })
    .sort((a, b) => byCount(a, b) || a.kind.localeCompare(b.kind));
}

const counts = (c: Counts) =>
  `${String(c.files).padStart(5)} ${String(c.first).padStart(5)} ${String(c.knockOn).padStart(8)}`;

/**
 * The grouped causes as lines for the terminal. Causes whose every file is a knock-on are
 * folded into one line per kind: they go away with the failure they follow from.
 */
export function causeLines(kinds: CauseKind[]): string[] {
  const lines = [`${'files'.padStart(5)} ${'first'.padStart(5)} ${'knock-on'.padStart(8)}  cause`];
  for (const kind of kinds) {
    const single = kind.causes.length === 1 && kind.causes[0]?.key === kind.kind;
    const where = single ? `  [${kind.causes[0]?.histories.join(', ')}]` : '';
    lines.push(`${counts(kind)}  ${kind.kind}${where}`);
    if (single) continue;
    const own = kind.causes.filter((c) => c.knockOn < c.files);
    const followers = kind.causes.filter((c) => c.knockOn === c.files);
    const prefix = `${kind.kind} `;
    for (const cause of own) {
      const name = cause.key.startsWith(prefix) ? cause.key.slice(prefix.length) : cause.key;
      lines.push(`${counts(cause)}    ${name}  [${cause.histories.join(', ')}]`);
    }
    if (followers.length > 0) {
      const files = followers.reduce((n, c) => n + c.files, 0);
      const names = followers
        .slice(0, 4)
        .map((c) => `${c.key.startsWith(prefix) ? c.key.slice(prefix.length) : c.key} ${c.files}`);
      const more = followers.length > 4 ? `, ${followers.length - 4} more` : '';
      lines.push(
        `${counts({ files, first: 0, knockOn: files })}    all knock-on: ${names.join(', ')}${more}`,
      );
    }
  }
  return lines;
}
