/**
 * How the lint-histories bench tells a regression from a deliberate change of the report: two
 * builds' JSON reports of one history are the same when they are byte for byte equal (without
 * the top-level `config`, which builds after 3f51d14 add), or when every difference is one of
 * the changes declared here, each counted per rule so the bench can print them.
 *
 * Declared changes (issue 18, item 3: one finding per problem):
 * - `folded`: a finding of the baseline is gone because a finding of the same statement lists its
 *   rule in `also` (a rule that subsumes it reported the same problem). The kept finding is the
 *   baseline's own with `also` added, at the gravest severity of the findings folded into it.
 * - `index-dropped-with-table`: a `drop-index-non-concurrent` finding is gone, and the file has a
 *   `drop-table` finding on a later line (the index's table is dropped later in the file).
 * - `caller-gate wording` (session 17): a `tenant-policy-missing` finding whose condition may test
 *   the caller says "each caller it admits" where it said "every caller" or "callers in <roles>";
 *   nothing else of the finding differs.
 * - `bound by earlier triggers` (session 17): a `null-unsafe-comparison` finding is gone. The rule
 *   now also counts the triggers of earlier files that still run the function, and the compared
 *   columns are NOT NULL on every table they run on. Only gone: one that appears or changes is
 *   not this.
 * - `index gone with its constraint` (session 18): a `drop-index-non-concurrent` finding is gone,
 *   and an earlier statement of the same file (the report's `statements`) drops a constraint of
 *   the index's name: Postgres dropped the index with it, so the `DROP INDEX` finds nothing and
 *   locks nothing.
 * - `not extended` (session 18): a file's `statements-after-exclusive-lock` findings differ because
 *   the rule no longer blames an earlier ACCESS EXCLUSIVE lock on the very table the long
 *   statement locks ACCESS EXCLUSIVE itself (its rewrite, SET NOT NULL, CHECK), nor counts a read
 *   of the system catalog named without its schema (`pg_policies`, once bound to
 *   `public.pg_policies`) as long work. Such a lock is left out of the finding, which goes when
 *   nothing else is left; the lock is named instead at the next long statement that does extend
 *   it. Accepted for a file only as a whole: every lock the new findings name (`<table> at line
 *   <n>`) was named by the old ones, and every lock no new finding names is on a table an old
 *   finding's own statement rewrites or reads, or was named only at catalog reads. Counted once
 *   per finding gone, changed or added.
 * - `index already gone` (session 18): a `drop-index-non-concurrent` finding is gone that named
 *   no table ("on the table of <index>": the model no longer had the index), the index having
 *   been dropped, renamed, or dropped with its table, view or column earlier in the history.
 * - `guarded side` (session 18): a `null-unsafe-comparison` finding whose comparison sits in an AND
 *   with an `IS NOT NULL` test of one side names only the other side ("when NEW.x is NULL: a
 *   change from a value to NULL ..."); everything before "when" is the same.
 * - `index drop that lost nothing` (session 18): `unindexed-foreign-key` and
 *   `tenant-column-unindexed` report a key or tenant column of an earlier file again only at a
 *   drop of an index that led with it, no longer at any index drop on its table. Accepted for a
 *   file as a whole when every such finding gone names a problem (`Foreign key <name> on <table>
 *   (<columns>)` by name and columns, `No index on <table> starts with tenant column <column>`)
 *   the new report still names in this file or an earlier one, and every one added names a
 *   problem the old report named in this file (moved to the drop that lost the index).
 * - `shared rows readable` (session 18): a `tenant-policy-missing` finding about a SELECT policy is
 *   gone, and the file's statement creating that policy (the report's `statements`) reads
 *   `<tenant column> IS NULL OR ...`: rows of no tenant are shared, not another tenant's.
 * - `unknown table wording` (session 18): a `policy-always-true` finding on a table the migrations
 *   do not create says so ("The migrations so far do not create <table>, so whether it holds
 *   per-tenant data is not known here") where it said "<table> has no tenant column".
 * - `lock taken` (session 18): locks are no longer predicted for `DROP TRIGGER/POLICY IF EXISTS` of
 *   one the model knows is absent, and ALTER TABLE subcommands are spelled in SQL words. Then
 *   `mixed-schema-and-data` cites another statement's lock (or none), and
 *   `statements-after-exclusive-lock` names a table's first lock at a later line: accepted for a
 *   file as a whole when every mixed-schema-and-data finding gone or changed cited such a drop
 *   or an identifier, and every one added is on a line that had one; for the other rule, the
 *   `not extended` check above also accepts locks that were cited at such drops.
 * - `no NULL to fill` (session 18): an `unbatched-data-change` backfill (`WHERE col IS NULL`) is gone
 *   whose tested columns a statement of this file or an earlier one made NOT NULL or added with
 *   a non-NULL default: the UPDATE matches no row.
 * - `RLS already on` (session 18): an `rls-no-policy` finding is gone whose table an earlier file's
 *   finding of the rule names: the file only enabled RLS again on a table already deny-all.
 * - `dropped by a pg_policies loop` (session 18): the schema model drops the policies a DO block's
 *   `FOR ... IN SELECT ... FROM pg_policies WHERE schemaname = ... LOOP EXECUTE 'DROP POLICY ...'`
 *   drops, so `multiple-permissive-policies` no longer counts them: accepted for a file whose
 *   history up to it holds such a block (its statement text reads pg_policies and drops a policy).
 * - `reported where it began` (session 18): a `tenant-column-nullable` or `tenant-column-no-fk`
 *   finding is gone that an earlier file's finding of the rule names (`Tenant column <table>.<col>`):
 *   a constraint added over the column is no longer a place to report it again.
 * - `caller filter wording` (session 18): a `view-bypasses-rls` finding on a view whose query tests
 *   the caller ends "the view's own filter on the caller is then the only thing keeping other
 *   tenants' rows out" where it said "from every tenant".
 * - `service role only` (session 18): a `tenant-policy-missing` finding is gone whose policy
 *   statement compares a role with `'service_role'` (only the service role passes such a test,
 *   and it bypasses RLS).
 * - `created again wording` (session 18): a `drop-table` finding on a table the file creates again
 *   says so where it said running code fails once the migration commits.
 * - `every row NULL wording` (session 18): a `set-not-null` finding on a column the file added
 *   without a default and never filled says the statement fails at the first row, where it said
 *   the statement reads every row (and its fix changes with it).
 * The summary then counts the findings as they are now; everything else must be equal.
 */

interface ReportFinding {
  rule: string;
  severity: string;
  line: number;
  statement?: number;
  also?: string[];
  [key: string]: unknown;
}

interface JsonReport {
  summary?: unknown;
  migrations?: {
    file: string;
    findings: ReportFinding[];
    statements?: { line: number; sql: string }[];
    [key: string]: unknown;
  }[];
  [key: string]: unknown;
}

export interface ReportComparison {
  /** Equal, or different only by the declared changes. */
  same: boolean;
  /** `<rule> folded` / `<rule> index-dropped-with-table` -> how many findings. */
  changes: Map<string, number>;
  /** The first differences that are not declared, for the bench's message. */
  unexplained: string[];
}

const RANK: Record<string, number> = { error: 3, warning: 2, notice: 1 };

export function compareReports(baseline: string, current: string): ReportComparison {
  const changes = new Map<string, number>();
  const unexplained: string[] = [];
  const a = parse(baseline);
  const b = parse(current);
  if (!a || !b) {
    const same = baseline === current;
    return { same, changes, unexplained: same ? [] : ['a report is not JSON'] };
  }
  const { config: _a, summary: summaryA, migrations: migrationsA = [], ...restA } = a;
  const { config: _b, summary: summaryB, migrations: migrationsB = [], ...restB } = b;
  if (JSON.stringify(restA) !== JSON.stringify(restB)) unexplained.push('report fields differ');
  if (migrationsA.length !== migrationsB.length) unexplained.push('migration count differs');
  const count = (key: string) => changes.set(key, (changes.get(key) ?? 0) + 1);
  const firstA = firstFileOfProblem(migrationsA);
  const firstB = firstFileOfProblem(migrationsB);
  migrationsA.forEach((ma, i) => {
    const mb = migrationsB[i];
    if (!mb) return;
    const { findings: allA, ...otherA } = ma;
    const { findings: allB, ...otherB } = mb;
    const own = ownLockChanges(allA, allB);
    for (let n = 0; own.explained && n < own.changed; n++) count(OWN_LOCK);
    const looped = policyLoopChanges(allA, allB, migrationsA.slice(0, i + 1));
    for (let n = 0; looped.explained && n < looped.changed; n++) count(POLICY_LOOP);
    const held = heldLockWordingChanges(allA, allB);
    for (let n = 0; held.explained && n < held.changed; n++) count(HELD_LOCK);
    const lost = lostNothingChanges(allA, allB, i, firstA, firstB);
    for (let n = 0; lost.explained && n < lost.changed; n++) count(LOST_NOTHING);
    const skip = (f: ReportFinding) =>
      (own.explained && f.rule === LOCK_RULE) ||
      (lost.explained && INDEX_RULES.has(f.rule)) ||
      (held.explained && f.rule === HELD_RULE) ||
      (looped.explained && f.rule === POLICIES_RULE);
    const fa = allA.filter((f) => !skip(f));
    const fb = allB.filter((f) => !skip(f));
    if (JSON.stringify(otherA) !== JSON.stringify(otherB)) {
      unexplained.push(`${ma.file}: fields other than findings differ`);
    }
    let k = 0;
    for (const f of fa) {
      const g = fb[k];
      if (g && sameFinding(f, g, fa)) {
        k++;
        continue;
      }
      const into = fb.find((x) => x.statement === f.statement && x.also?.includes(f.rule));
      if (into && f.statement !== undefined) {
        count(`${f.rule} folded`);
        continue;
      }
      // A finding of the baseline kept at its place with only its wording changed.
      const reworded = g && f.rule === g.rule ? REWORDINGS[f.rule] : undefined;
      if (g && reworded?.same(f, g)) {
        count(`${f.rule} ${reworded.label}`);
        k++;
        continue;
      }
      if (f.rule === 'null-unsafe-comparison') {
        count(`${f.rule} bound by earlier triggers`);
        continue;
      }
      if (
        (f.rule === 'tenant-column-nullable' || f.rule === 'tenant-column-no-fk') &&
        columnReportedBefore(f, migrationsB.slice(0, i))
      ) {
        count(`${f.rule} reported where it began`);
        continue;
      }
      if (f.rule === 'rls-no-policy' && reportedBefore(f, migrationsB.slice(0, i))) {
        count(`${f.rule} RLS already on`);
        continue;
      }
      if (f.rule === 'unbatched-data-change' && noNullToFill(f, migrationsA.slice(0, i + 1))) {
        count(`${f.rule} no NULL to fill`);
        continue;
      }
      if (f.rule === 'tenant-policy-missing' && serviceRoleOnly(f, ma.statements ?? [])) {
        count(`${f.rule} service role only`);
        continue;
      }
      if (f.rule === 'tenant-policy-missing' && sharedRowsRead(f, ma.statements ?? [])) {
        count(`${f.rule} shared rows readable`);
        continue;
      }
      if (
        f.rule === 'drop-index-non-concurrent' &&
        / takes an ACCESS EXCLUSIVE lock on the table of [^ ]+: /.test(String(f['message']))
      ) {
        count(`${f.rule} index already gone`);
        continue;
      }
      if (f.rule === 'drop-index-non-concurrent' && goneWithConstraint(f, ma.statements ?? [])) {
        count(`${f.rule} index gone with its constraint`);
        continue;
      }
      if (
        f.rule === 'drop-index-non-concurrent' &&
        fb.some((x) => x.rule === 'drop-table' && x.line > f.line)
      ) {
        count(`${f.rule} index-dropped-with-table`);
        continue;
      }
      unexplained.push(`${ma.file}:${f.line}: ${f.rule} missing or changed`);
    }
    if (k !== fb.length) unexplained.push(`${ma.file}: ${fb.length - k} finding(s) added`);
  });
  if (changes.size === 0 && JSON.stringify(summaryA) !== JSON.stringify(summaryB)) {
    unexplained.push('summary differs');
  } else if (changes.size > 0 && JSON.stringify(summaryB) !== JSON.stringify(tally(migrationsB))) {
    unexplained.push('summary does not count the findings');
  }
  return { same: unexplained.length === 0, changes, unexplained: unexplained.slice(0, 5) };
}

/** A rule's findings of one file in both reports, and those only one of them has. */
function diffOf(
  before: ReportFinding[],
  after: ReportFinding[],
  rules: ReadonlySet<string>,
): { a: ReportFinding[]; b: ReportFinding[]; gone: ReportFinding[]; added: ReportFinding[] } {
  const key = (f: ReportFinding) => JSON.stringify(f);
  const a = before.filter((f) => rules.has(f.rule));
  const b = after.filter((f) => rules.has(f.rule));
  const inA = new Set(a.map(key));
  const inB = new Set(b.map(key));
  return {
    a,
    b,
    gone: a.filter((f) => !inB.has(key(f))),
    added: b.filter((f) => !inA.has(key(f))),
  };
}

const INDEX_RULES = new Set(['unindexed-foreign-key', 'tenant-column-unindexed']);
const LOST_NOTHING = 'unindexed rules index drop that lost nothing';

/** What an unindexed-foreign-key or tenant-column-unindexed finding is about, from its message. */
function indexProblem(f: ReportFinding): string | undefined {
  const message = String(f['message'] ?? '');
  // By the key's name and columns: its table may have been renamed since it was first reported.
  const key = /^Foreign key (\S+) on \S+ \(([^)]*)\)/.exec(message);
  if (key) return `${f.rule} ${key[1]} (${key[2]})`;
  const tenant = /^No index on (\S+) starts with tenant column (\S+):/.exec(message);
  return tenant ? `${f.rule} ${tenant[1]} ${tenant[2]}` : undefined;
}

/** For each such problem, the first file (by position) whose findings name it. */
function firstFileOfProblem(migrations: { findings: ReportFinding[] }[]): Map<string, number> {
  const first = new Map<string, number>();
  migrations.forEach((m, i) => {
    for (const f of m.findings) {
      const problem = INDEX_RULES.has(f.rule) ? indexProblem(f) : undefined;
      if (problem !== undefined && !first.has(problem)) first.set(problem, i);
    }
  });
  return first;
}

/** Whether file `i`'s findings of those rules differ only as `index drop that lost nothing` does. */
function lostNothingChanges(
  before: ReportFinding[],
  after: ReportFinding[],
  i: number,
  firstBefore: ReadonlyMap<string, number>,
  firstAfter: ReadonlyMap<string, number>,
): { explained: boolean; changed: number } {
  const { a, gone, added } = diffOf(before, after, INDEX_RULES);
  if (gone.length + added.length === 0) return { explained: false, changed: 0 };
  const goneOk = gone.every((f) => {
    const problem = indexProblem(f);
    const first = problem === undefined ? undefined : firstAfter.get(problem);
    return first !== undefined && first <= i;
  });
  const problemsBefore = new Set(a.map(indexProblem));
  const addedOk = added.every((f) => {
    const problem = indexProblem(f);
    return (
      problem !== undefined && problemsBefore.has(problem) && firstBefore.get(problem) !== undefined
    );
  });
  return goneOk && addedOk
    ? { explained: true, changed: gone.length + added.length }
    : { explained: false, changed: 0 };
}

const POLICIES_RULE = 'multiple-permissive-policies';
const POLICY_LOOP = `${POLICIES_RULE} dropped by a pg_policies loop`;

/**
 * Whether a file's multiple-permissive-policies findings may differ as `dropped by a pg_policies
 * loop` does: a statement of this file or an earlier one is a DO block that reads pg_policies
 * and drops policies. Every finding gone, changed or added is counted.
 */
function policyLoopChanges(
  before: ReportFinding[],
  after: ReportFinding[],
  files: readonly { statements?: { sql: string }[] }[],
): { explained: boolean; changed: number } {
  const { gone, added } = diffOf(before, after, new Set([POLICIES_RULE]));
  const changed = gone.length + added.length;
  if (changed === 0) return { explained: false, changed: 0 };
  const loop = files.some((m) =>
    (m.statements ?? []).some(
      (st) =>
        /\bfrom\s+(pg_catalog\.)?pg_policies\b/i.test(st.sql) && /\bdrop\s+policy\b/i.test(st.sql),
    ),
  );
  return loop ? { explained: true, changed } : { explained: false, changed: 0 };
}

const HELD_RULE = 'mixed-schema-and-data';
const HELD_LOCK = `${HELD_RULE} lock taken`;

/**
 * Whether a file's mixed-schema-and-data findings differ only as `lock taken` does: each one gone
 * or changed cited a lock of a DROP TRIGGER/POLICY (IF EXISTS of an absent one takes none) or an
 * ALTER TABLE subcommand spelled as the parser's identifier; each one added or changed is on a
 * line where the old report had one.
 */
function heldLockWordingChanges(
  before: ReportFinding[],
  after: ReportFinding[],
): { explained: boolean; changed: number } {
  const { a, gone, added } = diffOf(before, after, new Set([HELD_RULE]));
  if (gone.length + added.length === 0) return { explained: false, changed: 0 };
  const cited = (f: ReportFinding) =>
    / as line \d+ \((DROP (TRIGGER|POLICY) |ALTER TABLE \.\.\. [A-Z][a-z]+[A-Z])/.test(
      String(f['message'] ?? ''),
    );
  const oldLines = new Set(a.map((f) => f.line));
  const ok = gone.every(cited) && added.every((f) => oldLines.has(f.line));
  return ok
    ? { explained: true, changed: gone.length + added.length }
    : { explained: false, changed: 0 };
}

const LOCK_RULE = 'statements-after-exclusive-lock';
const OWN_LOCK = `${LOCK_RULE} not extended`;

/** The locks a statements-after-exclusive-lock finding names, as `<table>@<line>`, and its work. */
function lockFinding(f: ReportFinding): { locks: string[]; work: string; absentDrops: string[] } {
  const message = String(f['message'] ?? '');
  const work = /^This statement \((.*)\) runs while the transaction still holds/.exec(message);
  const list = /holds the ACCESS EXCLUSIVE lock taken on (.*): every read and write on /.exec(
    message,
  );
  const found = [
    ...(list?.[1] ?? '').matchAll(/(?:^|; )([^\s;]+) at line (\d+) \(([A-Z][A-Z ]+)/g),
  ];
  const locks = found.map((m) => `${m[1]}@${m[2]}`);
  // Locks an IF EXISTS drop of an absent trigger or policy was said to take (session 18: none).
  const absentDrops = found
    .filter((m) => /^DROP (TRIGGER|POLICY) /.test(m[3] ?? ''))
    .map((m) => `${m[1]}@${m[2]}`);
  return { locks, work: work?.[1] ?? '', absentDrops };
}

/**
 * Whether a file's statements-after-exclusive-lock findings differ only as the `own lock` change
 * does, and by how many findings (gone, changed or added).
 */
function ownLockChanges(
  before: ReportFinding[],
  after: ReportFinding[],
): { explained: boolean; changed: number } {
  const { a, b, gone, added } = diffOf(before, after, new Set([LOCK_RULE]));
  const changed = gone.length + added.length;
  if (changed === 0) return { explained: false, changed: 0 };
  const oldLocks = new Set(a.flatMap((f) => lockFinding(f).locks));
  const newLocks = new Set(b.flatMap((f) => lockFinding(f).locks));
  const tableOf = (lock: string) => lock.slice(0, lock.lastIndexOf('@'));
  const oldTables = new Set([...oldLocks].map(tableOf));
  const drops = new Set(a.flatMap((f) => lockFinding(f).absentDrops));
  // A lock named anew is one named before, or one on a table whose earlier citation was a
  // DROP TRIGGER/POLICY (the first lock on it is now a later statement's).
  const dropTables = new Set([...drops].map(tableOf));
  if ([...newLocks].some((l) => !oldLocks.has(l) && !dropTables.has(tableOf(l)))) {
    return { explained: false, changed: 0 };
  }
  if (![...newLocks].every((l) => oldTables.has(tableOf(l))))
    return { explained: false, changed: 0 };
  const works = a.map((f) => lockFinding(f).work);
  const vanished = [...oldLocks].filter((l) => !newLocks.has(l));
  const ownTable = (lock: string) => {
    const table = lock.slice(0, lock.lastIndexOf('@'));
    return works.some((w) =>
      new RegExp(`(rewrites|every row of) ${escapeRegExp(table)}(\\)|$)`).test(w),
    );
  };
  // Or every finding that named it stopped at a read of the system catalog (session 18).
  const onlyAtCatalogReads = (lock: string) =>
    a
      .filter((f) => lockFinding(f).locks.includes(lock))
      .every((f) => /^a query reading (public|pg_catalog)\.pg_\w+$/.test(lockFinding(f).work));
  if (!vanished.every((l) => ownTable(l) || onlyAtCatalogReads(l) || drops.has(l))) {
    return { explained: false, changed: 0 };
  }
  // Nothing else of these findings may change: same severity and fix shape.
  if (b.some((f) => f.severity !== 'warning') || a.some((f) => f.severity !== 'warning')) {
    return { explained: false, changed: 0 };
  }
  return { explained: true, changed };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether the index a drop-index-non-concurrent finding names went with a constraint of its name
 * that an earlier statement of the file drops (`ALTER TABLE ... DROP CONSTRAINT "<name>"`).
 */
function goneWithConstraint(
  f: ReportFinding,
  statements: { line: number; sql: string }[],
): boolean {
  const named = /^DROP INDEX (?:[^ ,.]+\.)?([^ ,.]+) without/.exec(String(f['message']));
  const index = named?.[1];
  if (index === undefined) return false;
  return statements.some((s) => {
    if (s.line >= f.line) return false;
    const drop = /\bdrop\s+constraint\s+(?:if\s+exists\s+)?("?)([^\s";]+)\1/i.exec(s.sql);
    return drop?.[2] === index;
  });
}

/** Per rule, the declared rewording of a finding kept in place, and how to recognise it. */
const REWORDINGS: Record<
  string,
  { label: string; same: (f: ReportFinding, g: ReportFinding) => boolean }
> = {
  'tenant-policy-missing': { label: 'caller-gate wording', same: sameButCallerGate },
  'drop-table': { label: 'created again wording', same: sameButRecreated },
  'set-not-null': { label: 'every row NULL wording', same: sameButEveryRowNull },
  'view-bypasses-rls': { label: 'caller filter wording', same: sameButCallerFilter },
  'policy-always-true': { label: 'unknown table wording', same: sameButUnknownTable },
  'null-unsafe-comparison': { label: 'guarded side', same: sameButGuardedSide },
};

/** Who a tenant-policy-missing message says can reach rows, in either wording, made one. */
function withoutCallerWording(message: unknown): unknown {
  if (typeof message !== 'string') return message;
  return message.replace(
    /(, so (every caller|callers in [^;]+?)|: it may test who the caller is, but not which \w+ a row belongs to, so each caller it admits) can /g,
    ' <who> can ',
  );
}

/** The same finding but for the caller-gate wording of its message. */
/** The same drop-table finding, saying the file creates the table again instead of code failing. */
function sameButRecreated(f: ReportFinding, g: ReportFinding): boolean {
  const was = String(f['message'] ?? '');
  const now = String(g['message'] ?? '');
  const head =
    /^(DROP TABLE \S+(?:, \S+)* takes an ACCESS EXCLUSIVE lock and deletes the table with all its rows)/.exec(
      was,
    )?.[1];
  if (head === undefined || !now.startsWith(`${head}, and this file creates`)) return false;
  if (!was.includes(': running code that reads or writes it fails')) return false;
  const { message: _f, ...restF } = f;
  const { message: _g, ...restG } = g;
  return JSON.stringify(restF) === JSON.stringify(restG);
}

/** The same set-not-null finding on a column just added and never filled: it fails, no long scan. */
function sameButEveryRowNull(f: ReportFinding, g: ReportFinding): boolean {
  const was = /^(SET NOT NULL on \S+) reads every row of the existing table/.exec(
    String(f['message'] ?? ''),
  )?.[1];
  if (was === undefined) return false;
  if (
    !String(g['message'] ?? '').startsWith(`${was}, a column this file added without a default`)
  ) {
    return false;
  }
  return f.line === g.line && f.rule === g.rule && f.statement === g.statement;
}

/** The same view-bypasses-rls finding, ending on the view's own filter instead of "every tenant". */
function sameButCallerFilter(f: ReportFinding, g: ReportFinding): boolean {
  const was = String(f['message'] ?? '');
  const now = was.replace(
    /, from every tenant\.$/,
    "; the view's own filter on the caller is then the only thing keeping other tenants' rows out.",
  );
  const { message: _f, ...restF } = f;
  const { message: _g, ...restG } = g;
  return now !== was && now === g['message'] && JSON.stringify(restF) === JSON.stringify(restG);
}

/** The top-level statement holding a line (a DO block's for a line inside it). */
function statementAt(
  statements: { line: number; sql: string }[],
  line: number,
): { line: number; sql: string } | undefined {
  return statements.filter((st) => st.line <= line).at(-1);
}

/** A tenant-policy-missing finding gone whose policy statement tests for the service role. */
function serviceRoleOnly(f: ReportFinding, statements: { line: number; sql: string }[]): boolean {
  const statement = statementAt(statements, f.line);
  return statement !== undefined && /=\s*'service_role'|'service_role'\s*=/i.test(statement.sql);
}

/** The same policy-always-true finding, saying the table is unknown instead of tenant-less. */
function sameButUnknownTable(f: ReportFinding, g: ReportFinding): boolean {
  const was = String(f['message'] ?? '');
  const table = / on (\S+) has /.exec(was)?.[1];
  if (table === undefined) return false;
  const now = was.replace(
    `. ${table} has no tenant column, `,
    `. The migrations so far do not create ${table}, so whether it holds per-tenant data is not known here, `,
  );
  const { message: _f, ...restF } = f;
  const { message: _g, ...restG } = g;
  return now !== was && now === g['message'] && JSON.stringify(restF) === JSON.stringify(restG);
}

/** A tenant-column finding whose column an earlier file's finding of the same rule names. */
function columnReportedBefore(
  f: ReportFinding,
  earlier: readonly { findings: ReportFinding[] }[],
): boolean {
  const column = /^Tenant column (\S+) /.exec(String(f['message'] ?? ''))?.[1];
  if (column === undefined) return false;
  return earlier.some((m) =>
    m.findings.some(
      (g) => g.rule === f.rule && String(g['message'] ?? '').startsWith(`Tenant column ${column} `),
    ),
  );
}

/** An rls-no-policy finding whose table an earlier file's rls-no-policy finding already names. */
function reportedBefore(
  f: ReportFinding,
  earlier: readonly { findings: ReportFinding[] }[],
): boolean {
  const table = /^(\S+) has row level security enabled /.exec(String(f['message'] ?? ''))?.[1];
  if (table === undefined) return false;
  return earlier.some((m) =>
    m.findings.some(
      (g) =>
        g.rule === 'rls-no-policy' &&
        String(g['message'] ?? '').startsWith(`${table} has row level security enabled `),
    ),
  );
}

/**
 * An unbatched-data-change backfill (`WHERE col IS NULL`) whose every tested column a statement of
 * this file or an earlier one made NOT NULL, or added with a non-NULL default.
 */
function noNullToFill(
  f: ReportFinding,
  files: readonly { statements?: { line: number; sql: string }[] }[],
): boolean {
  const message = String(f['message'] ?? '');
  const tested = /only tests (?:the column it fills \()?([\w, ]+) IS NULL/.exec(message)?.[1];
  if (tested === undefined) return false;
  const texts = files.flatMap((m, k) =>
    (m.statements ?? [])
      .filter((st) => k < files.length - 1 || st.line < f.line)
      .map((st) => st.sql),
  );
  return tested.split(', ').every((column) => {
    const col = `"?${escapeRegExp(column)}"?`;
    const filled = new RegExp(
      `add\\s+column\\s+(if\\s+not\\s+exists\\s+)?${col}\\s[^;]*?\\b(default\\s+(?!null\\b)|not\\s+null)|alter\\s+column\\s+${col}\\s+set\\s+not\\s+null|\\b${col}\\s+[^,;]*\\bnot\\s+null`,
      'i',
    );
    return texts.some((t) => filled.test(t));
  });
}

/** A tenant-policy-missing finding on a SELECT policy whose statement admits `<col> IS NULL OR`. */
function sharedRowsRead(f: ReportFinding, statements: { line: number; sql: string }[]): boolean {
  const message = String(f['message'] ?? '');
  const policy =
    /^Policy "([^"]+)" on \S+ does not confine rows to the caller's tenants \((\w+)\): its USING for SELECT /.exec(
      message,
    );
  if (!policy) return false;
  const [, name = '', column = ''] = policy;
  const statement = statementAt(statements, f.line);
  if (!statement?.sql.includes(name)) return false;
  // Line comments may sit between the test and its OR.
  const sql = statement.sql.replace(/--[^\n]*/g, ' ');
  return new RegExp(`\\b${column}\\s+IS\\s+NULL\\s+OR\\b`, 'i').test(sql);
}

/** The same null-unsafe-comparison finding, now naming the one side a guard leaves nullable. */
function sameButGuardedSide(f: ReportFinding, g: ReportFinding): boolean {
  const was = /^(.* is NULL, not true or false, when )either side is NULL: /.exec(
    String(f['message']),
  );
  const now =
    /^(.* is NULL, not true or false, when )(OLD|NEW)\.\S+ is NULL: a change (from NULL to a value|from a value to NULL) /.exec(
      String(g['message']),
    );
  if (!was || !now || was[1] !== now[1]) return false;
  const { message: _f, ...restF } = f;
  const { message: _g, ...restG } = g;
  return JSON.stringify(restF) === JSON.stringify(restG);
}

function sameButCallerGate(f: ReportFinding, g: ReportFinding): boolean {
  if (f['message'] === g['message']) return false;
  const { message: a, ...restA } = f;
  const { message: b, ...restB } = g;
  return (
    JSON.stringify(restA) === JSON.stringify(restB) &&
    withoutCallerWording(a) === withoutCallerWording(b)
  );
}

/** The finding as the baseline had it, or with `also` added at the gravest folded severity. */
function sameFinding(f: ReportFinding, g: ReportFinding, baseline: ReportFinding[]): boolean {
  // Equal as they are (a baseline that folds findings already, into one with `also`, included).
  if (JSON.stringify(f) === JSON.stringify(g)) return true;
  if (g.also === undefined || f.also !== undefined) return false;
  const { also, severity, ...rest } = g;
  const { severity: before, ...restBefore } = f;
  if (JSON.stringify(rest) !== JSON.stringify(restBefore)) return false;
  const folded = baseline.filter((x) => x.statement === f.statement && also.includes(x.rule));
  const gravest = [f, ...folded].reduce(
    (s, x) => ((RANK[x.severity] ?? 0) > (RANK[s] ?? 0) ? x.severity : s),
    before,
  );
  return severity === gravest;
}

function tally(migrations: NonNullable<JsonReport['migrations']>) {
  const all = migrations.flatMap((m) => m.findings);
  const of = (s: string) => all.filter((f) => f.severity === s).length;
  return { errors: of('error'), warnings: of('warning'), notices: of('notice') };
}

function parse(text: string): JsonReport | undefined {
  try {
    return JSON.parse(text) as JsonReport;
  } catch {
    return undefined;
  }
}
