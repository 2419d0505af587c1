/**
 * `npm run bench:advisor [NAME...]` (issue 15): on public Supabase histories, does each rule
 * that names a Supabase advisor lint raise what the advisor finds, on the file that causes it?
 *
 * For each history under `bench/histories/` (or `$MIGRATION_GUARD_HISTORIES`): a throwaway
 * PostgreSQL 15 database made to look like a new Supabase project (the staging replica's shim
 * and extension stand-ins); the advisor's lints (splinter at a pinned commit, read at run time:
 * see splinter-source.ts) run once before the first file and after each file, every file
 * applied in its own transaction; an advisor finding new after file N was caused by file N.
 * migration-guard's lint runs in process on the same files (every file checked, default
 * config), and each finding of a rule with `meta.advisor` is mapped to the object its message
 * names. Per advisor lint: how many of its findings a mapped rule raised on the same file (or
 * on an earlier or later one), and how many of the rules' findings the advisor also had at the
 * end of that file. Prints the table and every exception; writes the details to
 * `bench/out/advisor-parity.json`. Exits 0 (a measurement), 2 without PostgreSQL 15 or splinter.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../src/core/config/config.ts';
import { lintMigrations } from '../src/core/lint/lint-migrations.ts';
import { compareMigrations, type MigrationFile } from '../src/core/migrations/migration-file.ts';
import { RULES } from '../src/core/rules/registry.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { SupabaseReplicaDatabase } from '../src/staging/replica-database.ts';
import { bootstrapSupabaseShim, supabaseSearchPath } from '../src/staging/supabase-shim.ts';
import { readMigrationDir } from '../src/workspace/migration-dir.ts';
import { type PgCluster, startPgCluster } from '../test/support/pg-cluster.ts';
import {
  advisorObject,
  findingConcernsLint,
  type ObjectKey,
  ruleObject,
  SIBLING_LINTS,
} from './advisor-objects.ts';
import { type ObjectIdentity, resolveIdentity } from './advisor-identity.ts';
import { killRunningCommands } from './bounded-command.ts';
import { benchDir, historiesDir, migrationsDirOf } from './public-histories.ts';
import { type AdvisorLintQuery, loadSplinter, type SplinterSource } from './splinter-source.ts';

/**
 * Histories that apply on PostgreSQL 15 with the replica, small to large. Left out: chatbot-ui,
 * chatgpt-your-files, midday and quivr (pgvector, which this machine's PostgreSQL 15 lacks and
 * the replica has no stand-in for: nearly every file fails), grida and tuturuuu (pgvector too).
 */
const DEFAULT_HISTORIES = [
  'nextjs-subscription-payments',
  'book-club',
  'supabase-tenant-rbac',
  'basejump',
  'spiritverse',
  'supabase-nextjs-template',
  'mentor',
  'anomie-nuxt-templates',
  'database-build',
  'easyword',
  'onlook',
  'pgflow-core',
  'pgflow-demo',
  'atomic-crm',
  'dbdev',
  'nplex',
  'hivecom',
];

/** What PostgREST exposes on a new Supabase project; the advisor reads it from this setting. */
const EXPOSED_SCHEMAS = 'public,graphql_public';
const binDir = process.env['PG_BIN_DIR'] ?? '/usr/lib/postgresql/15/bin';
const outFile = join(benchDir, 'out', 'advisor-parity.json');

/** Per advisor lint, the objects it reports. */
/** Per advisor lint, the objects it reports, each with the detail of its first row. */
type AdvisorState = Map<string, Map<ObjectKey, string>>;

interface FileOutcome {
  file: string;
  /** Why the file did not apply (it was rolled back). */
  error?: string;
  /** Per lint, the objects first reported after this file. */
  caused: Record<string, ObjectKey[]>;
  /** Per lint, caused objects that are an object already reported, renamed: new key -> old. */
  renamed: Record<string, Record<ObjectKey, ObjectKey>>;
  /** The advisor's state at the end of the file. */
  state: AdvisorState;
}

interface RuleHit {
  rule: string;
  lint: string;
  fileIndex: number;
  line: number;
  object?: ObjectKey;
  message: string;
}

/** An advisor finding and what the rules did about it. */
interface AdvisorCase {
  history: string;
  lint: string;
  file: string;
  object: ObjectKey;
  /**
   * `renamed`: the file renamed an object the advisor already reported, so the finding is not
   * new and is left out of the advisor's count.
   */
  raised: 'same-file' | 'earlier-file' | 'later-file' | 'missed' | 'renamed';
  renamedFrom?: ObjectKey;
  /** The advisor's own sentence about it (its first row's). */
  detail: string;
  /** For a function: SECURITY DEFINER, and returns trigger. */
  securityDefiner?: boolean;
  returnsTrigger?: boolean;
  /** The file's SQL names the object (by its last name part): false hints at an implicit object. */
  namedInFile: boolean;
  /** Where a rule raised it, when not on this file. */
  raisedOn?: string;
}

/** A rule finding and whether the advisor had it. */
interface RuleCase {
  history: string;
  rule: string;
  lint: string;
  file: string;
  line: number;
  object?: ObjectKey;
  verdict: 'confirmed' | 'unconfirmed' | 'unmatched' | 'file-failed';
  message: string;
}

interface HistoryRun {
  name: string;
  files: number;
  applied: number;
  failed: { file: string; error: string }[];
  /** Per lint, the objects reported before the first file: Supabase's own. */
  baseline: Record<string, ObjectKey[]>;
  /** Lints whose query failed on this database, with the first error. */
  lintErrors: Record<string, string>;
  wallMs: number;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

async function advisorState(
  db: PgDatabase,
  lints: readonly AdvisorLintQuery[],
  errors: Record<string, string>,
): Promise<AdvisorState> {
  const state: AdvisorState = new Map();
  for (const { lint, select } of lints) {
    const objects = new Map<ObjectKey, string>();
    state.set(lint, objects);
    await db.exec('begin');
    try {
      await db.query(
        "select set_config('search_path', '', true), set_config('pgrst.db_schemas', $1, true)",
        [EXPOSED_SCHEMAS],
      );
      const { rows } = await db.query<{ detail: string; metadata: unknown; cache_key: string }>(
        `select detail, metadata, cache_key from (\n${select}\n) as advisor_rows`,
      );
      for (const row of rows) {
        const object = advisorObject(lint, row.metadata, row.cache_key);
        if (!objects.has(object)) objects.set(object, row.detail);
      }
    } catch (error) {
      errors[lint] ??= (error as Error).message;
    } finally {
      await db.exec('rollback');
    }
  }
  return state;
}

/** Apply one file in its own transaction, statement by statement; the error when it fails. */
async function applyFile(
  db: SupabaseReplicaDatabase,
  inner: PgDatabase,
  file: MigrationFile,
): Promise<string | undefined> {
  const parsed = parseSql(file.sql);
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    return `syntax error at line ${first?.line ?? '?'}: ${first?.message ?? ''}`;
  }
  let line = 0;
  await inner.exec('begin');
  try {
    for (const statement of parsed.statements) {
      line = statement.line;
      await db.query(statement.text);
    }
    await inner.exec('commit');
    return undefined;
  } catch (error) {
    await inner.exec('rollback').catch(() => undefined);
    return `line ${line}: ${(error as Error).message.split('\n')[0]}`;
  } finally {
    // Each file starts afresh, as the Supabase CLI runs it; its temporary objects end with it
    // (they would be gone before anyone opened the advisor).
    await inner
      .exec(
        `set session authorization default; reset all; discard temp; set search_path to ${supabaseSearchPath}`,
      )
      .catch(() => undefined);
  }
}

function diff(before: AdvisorState, after: AdvisorState): Record<string, ObjectKey[]> {
  const caused: Record<string, ObjectKey[]> = {};
  for (const [lint, objects] of after) {
    const old = before.get(lint) ?? new Set();
    const fresh = [...objects.keys()].filter((o) => !old.has(o));
    if (fresh.length > 0) caused[lint] = fresh;
  }
  return caused;
}

/** Lint id -> the rules whose `advisor` maps to it, read from the registry. */
function ruleMapping(): Map<string, string[]> {
  const mapping = new Map<string, string[]>();
  for (const rule of RULES) {
    const lint = rule.meta.advisor?.lint;
    if (!lint) continue;
    for (const mapped of [lint, ...(SIBLING_LINTS[lint] ?? [])]) {
      mapping.set(mapped, [...(mapping.get(mapped) ?? []), rule.meta.id]);
    }
  }
  return mapping;
}

async function freshDatabase(cluster: PgCluster, name: string): Promise<string> {
  const admin = await PgDatabase.connect({ url: cluster.url });
  try {
    await admin.exec(`drop database if exists "${name}"`);
    await admin.exec(`create database "${name}"`);
  } finally {
    await admin.close();
  }
  return cluster.url.replace(/\/postgres$/, `/${name}`);
}

async function measureHistory(
  cluster: PgCluster,
  name: string,
  splinter: SplinterSource,
  mapping: Map<string, string[]>,
  advisorCases: AdvisorCase[],
  ruleCases: RuleCase[],
): Promise<HistoryRun> {
  const started = performance.now();
  const root = join(historiesDir(), name);
  const all = await readMigrationDir(migrationsDirOf(historiesDir(), name), root);
  // The Supabase CLI applies only files named <version>_<name>.sql, in version order.
  const files = all.filter((f) => f.version !== null).sort(compareMigrations);

  const url = await freshDatabase(cluster, `advisor_${name.replace(/\W/g, '_')}`);
  const inner = await PgDatabase.connect({ url });
  const db = new SupabaseReplicaDatabase(inner, { interceptStandIns: true });
  // The advisor reads from a session of its own, as the dashboard does: a migration's
  // temporary objects are not its findings.
  const advisor = await PgDatabase.connect({ url });
  const lintErrors: Record<string, string> = {};
  const outcomes: FileOutcome[] = [];
  // What each reported object is in the database, by `lint|key`, as first seen.
  const identities = new Map<string, ObjectIdentity>();
  const remember = async (lintId: string, object: ObjectKey) => {
    const identity = await resolveIdentity(advisor, lintId, object);
    if (identity) identities.set(`${lintId}|${object}`, identity);
    return identity;
  };
  let baselineState: AdvisorState;
  try {
    await bootstrapSupabaseShim(db);
    baselineState = await advisorState(advisor, splinter.lints, lintErrors);
    for (const [lintId, objects] of baselineState) {
      for (const object of objects.keys()) await remember(lintId, object);
    }
    let before = baselineState;
    for (const [index, file] of files.entries()) {
      const error = await applyFile(db, inner, file);
      const state = await advisorState(advisor, splinter.lints, lintErrors);
      const caused = diff(before, state);
      const renamed: FileOutcome['renamed'] = {};
      for (const [lintId, objects] of Object.entries(caused)) {
        const gone = [...(before.get(lintId)?.keys() ?? [])].filter(
          (o) => !state.get(lintId)?.has(o),
        );
        for (const object of objects) {
          const now = await remember(lintId, object);
          const old = gone.find((o) =>
            identities.get(`${lintId}|${o}`)?.oids.some((oid) => now?.oids.includes(oid)),
          );
          if (old !== undefined) renamed[lintId] = { ...renamed[lintId], [object]: old };
        }
      }
      outcomes.push({
        file: file.fileName,
        ...(error !== undefined ? { error } : {}),
        caused,
        renamed,
        state,
      });
      before = state;
      if ((index + 1) % 10 === 0 || index + 1 === files.length) {
        log(`  ${name}: ${index + 1}/${files.length} files applied and advised`);
      }
    }
  } finally {
    await inner.close();
    await advisor.close();
  }

  // The rules, in process, as `check --no-db` runs them: every file checked, default config.
  const lint = lintMigrations({
    files: all,
    checked: new Set(all.map((f) => f.path)),
    config: DEFAULT_CONFIG,
    rules: RULES,
  });
  const indexOf = new Map(files.map((f, i) => [f.path, i]));
  const known = new Map<string, Set<ObjectKey>>();
  for (const state of [baselineState, ...outcomes.map((o) => o.state)]) {
    for (const [lintId, objects] of state) {
      const set = known.get(lintId) ?? new Set();
      for (const o of objects.keys()) set.add(o);
      known.set(lintId, set);
    }
  }
  const hits: RuleHit[] = [];
  const seen = new Set<string>();
  for (const result of lint) {
    const fileIndex = indexOf.get(result.file.path);
    if (fileIndex === undefined) continue;
    for (const finding of result.findings) {
      for (const [lintId, rules] of mapping) {
        if (!rules.includes(finding.rule) || !findingConcernsLint(lintId, finding.message)) {
          continue;
        }
        const object = ruleObject(lintId, finding.message, known.get(lintId) ?? new Set());
        // One finding per rule, lint, file and object: the advisor's grain.
        const key = `${finding.rule}|${lintId}|${fileIndex}|${object ?? `?${finding.line}`}`;
        if (seen.has(key)) continue;
        seen.add(key);
        hits.push({
          rule: finding.rule,
          lint: lintId,
          fileIndex,
          line: finding.line,
          message: finding.message,
          ...(object !== undefined ? { object } : {}),
        });
      }
    }
  }

  for (const hit of hits) {
    const outcome = outcomes[hit.fileIndex];
    const verdict: RuleCase['verdict'] =
      outcome?.error !== undefined
        ? 'file-failed'
        : hit.object === undefined
          ? 'unmatched'
          : outcome?.state.get(hit.lint)?.has(hit.object)
            ? 'confirmed'
            : 'unconfirmed';
    ruleCases.push({
      history: name,
      rule: hit.rule,
      lint: hit.lint,
      file: files[hit.fileIndex]?.fileName ?? '?',
      line: hit.line,
      verdict,
      message: hit.message,
      ...(hit.object !== undefined ? { object: hit.object } : {}),
    });
  }

  for (const [fileIndex, outcome] of outcomes.entries()) {
    for (const [lintId, objects] of Object.entries(outcome.caused)) {
      for (const object of objects) {
        const same = hits.filter((h) => h.lint === lintId && h.object === object);
        const onFile = same.some((h) => h.fileIndex === fileIndex);
        const earlier = same.filter((h) => h.fileIndex < fileIndex).at(-1);
        const later = same.find((h) => h.fileIndex > fileIndex);
        const other = earlier ?? later;
        const bare = object.replace(/#.*$/, '').split('.').at(-1) ?? object;
        const renamedFrom = outcome.renamed[lintId]?.[object];
        const identity = identities.get(`${lintId}|${object}`);
        advisorCases.push({
          history: name,
          lint: lintId,
          file: outcome.file,
          object,
          raised: onFile
            ? 'same-file'
            : renamedFrom !== undefined
              ? 'renamed'
              : earlier
                ? 'earlier-file'
                : later
                  ? 'later-file'
                  : 'missed',
          detail: outcome.state.get(lintId)?.get(object) ?? '',
          ...(renamedFrom !== undefined ? { renamedFrom } : {}),
          ...(identity?.securityDefiner !== undefined
            ? { securityDefiner: identity.securityDefiner }
            : {}),
          ...(identity?.returnsTrigger !== undefined
            ? { returnsTrigger: identity.returnsTrigger }
            : {}),
          namedInFile: (files[fileIndex]?.sql ?? '').toLowerCase().includes(bare.toLowerCase()),
          ...(!onFile && other ? { raisedOn: files[other.fileIndex]?.fileName ?? '?' } : {}),
        });
      }
    }
  }

  const baseline: Record<string, ObjectKey[]> = {};
  for (const [lintId, objects] of baselineState) {
    if (objects.size > 0) baseline[lintId] = [...objects.keys()];
  }
  const failed = outcomes.flatMap((o) =>
    o.error !== undefined ? [{ file: o.file, error: o.error }] : [],
  );
  return {
    name,
    files: files.length,
    applied: files.length - failed.length,
    failed,
    baseline,
    lintErrors,
    wallMs: Math.round(performance.now() - started),
  };
}

interface LintRow {
  lint: string;
  rules: string[];
  /** Findings new after a file, renames of reported objects left out. */
  advisor: number;
  renamed: number;
  sameFile: number;
  earlierFile: number;
  laterFile: number;
  missed: number;
  ruleFindings: number;
  confirmed: number;
  unconfirmed: number;
  unmatched: number;
  onFailedFiles: number;
}

function table(
  lints: readonly string[],
  mapping: Map<string, string[]>,
  advisorCases: AdvisorCase[],
  ruleCases: RuleCase[],
): LintRow[] {
  return lints.map((lint) => {
    const all = advisorCases.filter((c) => c.lint === lint);
    const a = all.filter((c) => c.raised !== 'renamed');
    const r = ruleCases.filter((c) => c.lint === lint);
    const countA = (raised: AdvisorCase['raised']) => a.filter((c) => c.raised === raised).length;
    const countR = (verdict: RuleCase['verdict']) => r.filter((c) => c.verdict === verdict).length;
    return {
      lint,
      rules: mapping.get(lint) ?? [],
      advisor: a.length,
      renamed: all.length - a.length,
      sameFile: countA('same-file'),
      earlierFile: countA('earlier-file'),
      laterFile: countA('later-file'),
      missed: countA('missed'),
      ruleFindings: r.length - countR('file-failed'),
      confirmed: countR('confirmed'),
      unconfirmed: countR('unconfirmed'),
      unmatched: countR('unmatched'),
      onFailedFiles: countR('file-failed'),
    };
  });
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`;

function printTable(rows: LintRow[]): void {
  console.log(
    '| advisor lint | rule(s) | advisor findings | raised on the file | earlier file | later file | missed | renames | rule findings | confirmed | unconfirmed | unmatched |',
  );
  console.log(
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows) {
    const rules = row.rules.length > 0 ? row.rules.join(', ') : '(no rule)';
    const mapped = row.rules.length > 0;
    console.log(
      `| ${row.lint} | ${rules} | ${row.advisor} | ${mapped ? `${row.sameFile} (${percent(row.sameFile, row.advisor)})` : '-'} | ${mapped ? row.earlierFile : '-'} | ${mapped ? row.laterFile : '-'} | ${mapped ? row.missed : '-'} | ${row.renamed} | ${mapped ? row.ruleFindings : '-'} | ${mapped ? `${row.confirmed} (${percent(row.confirmed, row.ruleFindings)})` : '-'} | ${mapped ? row.unconfirmed : '-'} | ${mapped ? row.unmatched : '-'} |`,
    );
  }
}

function printFailedFileCounts(ruleCases: RuleCase[]): void {
  const perHistory = new Map<string, number>();
  for (const c of ruleCases) {
    if (c.verdict === 'file-failed')
      perHistory.set(c.history, (perHistory.get(c.history) ?? 0) + 1);
  }
  if (perHistory.size === 0) return;
  const list = [...perHistory].map(([history, n]) => `${history} ${n}`).join(', ');
  console.log(`\nRule findings on files that failed to apply, left out of the figures: ${list}`);
}

function printExceptions(
  mapping: Map<string, string[]>,
  advisorCases: AdvisorCase[],
  ruleCases: RuleCase[],
): void {
  console.log('\nAdvisor findings a mapped rule did not raise on the file that caused them:');
  for (const c of advisorCases) {
    if (!mapping.has(c.lint) || c.raised === 'same-file' || c.raised === 'renamed') continue;
    const where = c.raisedOn ? ` (raised on ${c.raisedOn})` : '';
    const named = c.namedInFile ? '' : ' [object not named in the file]';
    const fn = [
      c.securityDefiner === false ? 'not SECURITY DEFINER' : '',
      c.returnsTrigger ? 'returns trigger' : '',
    ]
      .filter(Boolean)
      .join(', ');
    console.log(
      `  ${c.lint} ${c.raised}: ${c.history}/${c.file} ${c.object}${where}${named}${fn ? ` [${fn}]` : ''}: ${c.detail.slice(0, 160)}`,
    );
  }
  console.log('\nRule findings the advisor did not have at the end of the file:');
  for (const c of ruleCases) {
    if (c.verdict === 'confirmed' || c.verdict === 'file-failed') continue;
    console.log(
      `  ${c.rule} (${c.lint}) ${c.verdict}: ${c.history}/${c.file}:${c.line} ${c.object ?? '(no object in the message)'}: ${c.message.slice(0, 160)}`,
    );
  }
}

function machine() {
  return {
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

async function main(): Promise<number> {
  if (!existsSync(join(binDir, 'initdb')) || !existsSync(join(binDir, 'pg_ctl'))) {
    console.error(
      `no PostgreSQL 15 binaries in ${binDir}: install postgresql-15 (Debian) or set PG_BIN_DIR to the folder holding initdb and pg_ctl`,
    );
    return 2;
  }
  const wanted = process.argv.slice(2);
  const names = wanted.length > 0 ? wanted : DEFAULT_HISTORIES;
  const missing = names.filter((n) => !existsSync(migrationsDirOf(historiesDir(), n)));
  if (missing.length > 0) {
    console.error(
      `no migrations for ${missing.join(', ')} under ${historiesDir()}: run npm run bench:fetch-histories, or set MIGRATION_GUARD_HISTORIES`,
    );
    return 2;
  }
  const splinter = await loadSplinter();
  if (typeof splinter === 'string') {
    console.error(splinter);
    return 2;
  }
  log(
    `splinter ${splinter.commit.slice(0, 12)} (${splinter.label}): ${splinter.lints.length} lints`,
  );
  await loadParser();
  const mapping = ruleMapping();

  let starting: Promise<PgCluster> | undefined;
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interrupted = true;
      killRunningCommands();
      // A cluster still starting is waited for, then stopped: none is left running.
      void (starting ?? Promise.resolve(undefined))
        .then((c) => c?.stop())
        .catch(() => undefined)
        .finally(() => process.exit(130));
    });
  }
  const advisorCases: AdvisorCase[] = [];
  const ruleCases: RuleCase[] = [];
  const runs: HistoryRun[] = [];
  let cluster: PgCluster | undefined;
  let serverVersion = '';
  try {
    starting = startPgCluster();
    cluster = await starting;
    const probe = await PgDatabase.connect({ url: cluster.url });
    serverVersion = String(
      (await probe.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]
        ?.v,
    );
    await probe.close();
    for (const name of names) {
      if (interrupted) break;
      log(`${name}: applying`);
      try {
        const run = await measureHistory(cluster, name, splinter, mapping, advisorCases, ruleCases);
        runs.push(run);
        log(
          `${name}: ${run.applied} of ${run.files} files applied${run.failed.length ? `, ${run.failed.length} failed` : ''} [${(run.wallMs / 1000).toFixed(1)} s]`,
        );
      } catch (error) {
        log(`${name}: FAILED: ${(error as Error).message}`);
      }
    }
  } finally {
    await cluster?.stop();
  }
  // Interrupted: the signal handler exits once the cluster is stopped; report nothing partial.
  if (interrupted) return 130;

  const lints = splinter.lints.map((l) => l.lint);
  const rows = table(lints, mapping, advisorCases, ruleCases);
  console.log(
    `advisor parity: splinter ${splinter.commit}, PostgreSQL ${serverVersion}, ${runs.length} histories, ${runs.reduce((n, r) => n + r.applied, 0)} of ${runs.reduce((n, r) => n + r.files, 0)} files applied\n`,
  );
  for (const run of runs) {
    const failed = run.failed.map((f) => `\n    failed ${f.file}: ${f.error}`).join('');
    console.log(`${run.name}: ${run.applied} of ${run.files} applied${failed}`);
  }
  const lintErrors = runs.flatMap((r) =>
    Object.entries(r.lintErrors).map(([l, e]) => `${r.name} ${l}: ${e}`),
  );
  if (lintErrors.length > 0)
    console.log(`\nAdvisor lints that failed:\n  ${lintErrors.join('\n  ')}`);
  console.log('');
  printTable(rows);
  const mappedRows = rows.filter((r) => r.rules.length > 0);
  const sum = (k: keyof LintRow) => mappedRows.reduce((n, r) => n + (r[k] as number), 0);
  console.log(
    `\nmapped lints: ${sum('sameFile')} of ${sum('advisor')} advisor findings raised on the file (${percent(sum('sameFile'), sum('advisor'))}); ${sum('confirmed')} of ${sum('ruleFindings')} rule findings confirmed (${percent(sum('confirmed'), sum('ruleFindings'))}); ${sum('onFailedFiles')} rule findings on files that failed to apply left out`,
  );
  printFailedFileCounts(ruleCases);
  printExceptions(mapping, advisorCases, ruleCases);

  mkdirSync(join(benchDir, 'out'), { recursive: true });
  writeFileSync(
    outFile,
    `${JSON.stringify(
      {
        machine: machine(),
        postgres: serverVersion,
        splinter: {
          repository: splinter.repository,
          commit: splinter.commit,
          source: splinter.label,
        },
        exposedSchemas: EXPOSED_SCHEMAS,
        histories: runs,
        lints: rows,
        advisorFindings: advisorCases,
        ruleFindings: ruleCases,
      },
      null,
      2,
    )}\n`,
  );
  log(`details in ${outFile}`);
  return 0;
}

process.exitCode = await main();
