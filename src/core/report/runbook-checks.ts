import {
  checkViolationQuery,
  foreignKeyOrphanQuery,
  nullCountQuery,
} from '../checks/check-queries.ts';
import { quoteIdent, quoteIdentIfNeeded, quoteRelation } from '../sql/quote-identifier.ts';
import { blocksOperations, isLockMode } from '../locks/lock-modes.ts';
import { type QualifiedName, splitQualified } from '../sql/names.ts';
import type { RunbookStep } from './runbook-step.ts';
import type { NotValidConstraint, StatementFacts } from './runbook-facts.ts';

/** A query to run before or after a migration, and the answer that means "go on". */
export interface RunbookCheck {
  purpose: string;
  sql: string;
  expect: string;
}

/**
 * Checks before the file runs: nothing holds the tables it locks, a lock timeout is set, and
 * the rows are ready for what the file enforces (NOT NULL, a VALIDATE, a required column).
 * `notValidBefore`: NOT VALID constraints added by the migrations before this one.
 */
export function checksBefore(
  facts: readonly StatementFacts[],
  steps: readonly RunbookStep[],
  notValidBefore: readonly NotValidConstraint[],
): RunbookCheck[] {
  const checks: RunbookCheck[] = [];
  const blocking = [
    ...new Set(
      steps.flatMap((s) => s.locks.filter((l) => blocksTraffic(l.mode)).map((l) => l.relation)),
    ),
  ];
  const unseenLocks = steps.some((s) => !s.locksTraced);
  if (blocking.length > 0) {
    const list = blocking.map((r) => `to_regclass(${literal(sqlRelation(r))})`).join(', ');
    checks.push({
      purpose: `Nothing holds a lock on ${blocking.join(', ')}`,
      sql: [
        'SELECT a.pid, l.relation::regclass AS locked, l.mode, now() - a.xact_start AS open_for',
        'FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid',
        `WHERE l.relation IN (${list}) AND a.pid <> pg_backend_pid();`,
      ].join('\n'),
      expect: 'no rows, or only transactions a few seconds old',
    });
  }
  const waitsForAll = steps.some(
    (s) => s.command === 'CREATE INDEX CONCURRENTLY' || s.command === 'REINDEX CONCURRENTLY',
  );
  if (blocking.length > 0 || unseenLocks) {
    const why = [
      ...(blocking.length > 0
        ? ['the lock would wait for it, and later queries on the table queue behind the lock']
        : []),
      ...(waitsForAll
        ? [
            `${steps.find((s) => s.command?.endsWith('CONCURRENTLY'))?.command} waits for every older transaction`,
          ]
        : []),
    ];
    checks.push({
      purpose: `No long-running transaction${why.length > 0 ? ` (${why.join('; ')})` : ''}`,
      sql: [
        'SELECT pid, now() - xact_start AS open_for, state, left(query, 60) AS query',
        'FROM pg_stat_activity',
        "WHERE xact_start < now() - interval '1 minute' AND pid <> pg_backend_pid();",
      ].join('\n'),
      expect: 'no rows',
    });
    checks.push({
      purpose:
        "A lock timeout is in effect (the rollout sets one; by hand, run SET lock_timeout = '1s' first)",
      sql: 'SHOW lock_timeout;',
      expect: 'a short value, not 0 (0 waits forever)',
    });
  }
  const created = new Set(facts.flatMap((f) => f.createdTables));
  for (const { table, column } of facts.flatMap((f) => f.setNotNull)) {
    if (created.has(table)) continue;
    checks.push({
      purpose: `No NULL left in ${table}.${column} (SET NOT NULL fails on the first one)`,
      sql: `${nullCountQuery(table, column).count};`,
      expect: '0',
    });
  }
  for (const { table, column } of facts.flatMap((f) => f.requiredColumns)) {
    if (created.has(table)) continue;
    checks.push({
      purpose: `${table} is empty (ADD COLUMN ${column} NOT NULL without a default fails on any row)`,
      sql: `SELECT EXISTS (SELECT 1 FROM ${quoteRelation(table)}) AS has_rows;`,
      expect: 'false',
    });
  }
  const known = [...notValidBefore, ...facts.flatMap((f) => f.notValid)];
  for (const { table, name } of facts.flatMap((f) => f.validated)) {
    const added = known.find((c) => c.table === table && c.name === name);
    const violators = added ? violatorQuery(added) : undefined;
    if (!violators) continue;
    checks.push({
      purpose: `No row violates ${name} on ${table} (VALIDATE fails on the first one)`,
      sql: `${violators};`,
      expect: '0',
    });
  }
  return checks;
}

/** Checks after the file ran (what it created is in place and valid), and the follow-up SQL. */
export function checksAfter(facts: readonly StatementFacts[]): {
  after: RunbookCheck[];
  followUps: string[];
} {
  const after: RunbookCheck[] = [];
  const followUps: string[] = [];
  for (const index of facts.flatMap((f) => f.indexes)) {
    after.push(
      index.name
        ? {
            purpose: `Index ${index.name} is valid`,
            sql: `SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass(${literal(sqlRelation(index.name))});`,
            expect: 'true',
          }
        : {
            purpose: `No invalid index on ${index.table}`,
            sql: `SELECT indexrelid::regclass FROM pg_index WHERE indrelid = to_regclass(${literal(sqlRelation(index.table))}) AND NOT indisvalid;`,
            expect: 'no rows',
          },
    );
  }
  const validated = facts.flatMap((f) => f.validated);
  for (const c of facts.flatMap((f) => f.notValid)) {
    if (validated.some((v) => v.table === c.table && v.name === c.name)) continue;
    const violators = violatorQuery(c);
    const what = c.name ? `${c.name} on ${c.table}` : `the new constraint on ${c.table}`;
    if (violators) {
      after.push({
        purpose: `Rows that ${what} would reject (it checks only new writes until validated)`,
        sql: `${violators};`,
        expect: '0 before the VALIDATE migration: fix or remove the rows it counts',
      });
    }
    if (c.name) {
      followUps.push(
        `ALTER TABLE ${quoteRelation(c.table)} VALIDATE CONSTRAINT ${quoteIdent(c.name)};`,
      );
    }
  }
  for (const { table, name } of validated) {
    after.push({
      purpose: `${name} on ${table} is validated`,
      sql: `SELECT convalidated FROM pg_constraint WHERE conrelid = to_regclass(${literal(sqlRelation(table))}) AND conname = ${literal(name)};`,
      expect: 'true',
    });
  }
  for (const table of new Set(facts.flatMap((f) => f.rlsEnabled))) {
    after.push({
      purpose: `Row level security is on for ${table}`,
      sql: `SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass(${literal(sqlRelation(table))});`,
      expect: 'true',
    });
  }
  const policies = new Map<QualifiedName, string[]>();
  for (const p of facts.flatMap((f) => f.policies)) {
    policies.set(p.table, [...(policies.get(p.table) ?? []), p.name]);
  }
  for (const [table, names] of policies) {
    const { schema, name } = splitQualified(table);
    after.push({
      purpose: `The new ${names.length === 1 ? 'policy is' : 'policies are'} on ${table}`,
      sql: [
        'SELECT policyname, cmd, roles FROM pg_policies',
        `WHERE schemaname = ${literal(schema)} AND tablename = ${literal(name)}`,
        `  AND policyname IN (${names.map(literal).join(', ')});`,
      ].join('\n'),
      expect: `${names.length} ${names.length === 1 ? 'row' : 'rows'}`,
    });
  }
  return { after, followUps };
}

function violatorQuery(c: NotValidConstraint): string | undefined {
  if (c.check) return checkViolationQuery(c.table, c.check).count;
  if (c.foreignKey) return foreignKeyOrphanQuery(c.foreignKey).count;
  return undefined;
}

function blocksTraffic(mode: string): boolean {
  if (!isLockMode(mode)) return true;
  const { reads, writes } = blocksOperations(mode);
  return reads || writes;
}

/** `schema.name` for SQL and regclass input: plain when both parts need no quotes. */
export function sqlRelation(relation: QualifiedName): string {
  const { schema, name } = splitQualified(relation);
  return `${quoteIdentIfNeeded(schema)}.${quoteIdentIfNeeded(name)}`;
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
