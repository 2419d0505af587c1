import { beforeAll, describe, expect, it } from 'vitest';
import {
  blocksOperations,
  LOCK_LABELS,
  LOCK_MODES,
  type LockMode,
  lockConflicts,
} from '../src/core/locks/lock-modes.ts';
import { predictLocks } from '../src/core/locks/statement-locks.ts';
import { transactionBlockForbidden } from '../src/core/locks/transaction-block.ts';
import { applyStatement } from '../src/core/schema/apply-statement.ts';
import { SchemaModel } from '../src/core/schema/schema-model.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';

const SCHEMA = `
CREATE TABLE workspaces (id uuid PRIMARY KEY, name text NOT NULL, slug varchar(40));
CREATE TABLE projects (
  id bigint PRIMARY KEY,
  workspace_id uuid NOT NULL,
  title varchar(80),
  budget numeric(10,2),
  CONSTRAINT projects_workspace_fk FOREIGN KEY (workspace_id) REFERENCES workspaces (id)
);
CREATE TABLE invoices (id bigint PRIMARY KEY, project_id bigint, total_cents int4, status text);
ALTER TABLE invoices ADD CONSTRAINT invoices_project_fk FOREIGN KEY (project_id) REFERENCES projects (id) NOT VALID;
ALTER TABLE invoices ADD CONSTRAINT invoices_status_not_null CHECK (status IS NOT NULL);
CREATE INDEX invoices_project_idx ON invoices (project_id);
CREATE MATERIALIZED VIEW invoice_totals AS SELECT project_id, sum(total_cents) AS total FROM invoices GROUP BY 1;
CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);
`;

function schemaFrom(sql: string): SchemaModel {
  const model = new SchemaModel();
  for (const s of parseSql(sql).statements) {
    applyStatement(model, s.node, { file: 'history.sql', version: '1', statement: s.index });
  }
  return model;
}

/** Locks of the single statement `sql` against the test schema, as compact tuples. */
function locksOf(sql: string, pgVersion = 15) {
  const [statement] = parseSql(sql).statements;
  if (!statement) throw new Error(`no statement in ${sql}`);
  return predictLocks(statement.node, schemaFrom(SCHEMA), pgVersion).map((l) => ({
    relation: l.relation,
    mode: l.mode,
    rewrite: l.rewrite,
    scan: l.scan,
  }));
}

const lock = (relation: string, mode: LockMode, rewrite = false, scan = false) => ({
  relation,
  mode,
  rewrite,
  scan,
});

beforeAll(async () => {
  await loadParser();
});

describe('lock modes', () => {
  it('has the eight pg_locks spellings with labels', () => {
    expect(LOCK_MODES).toHaveLength(8);
    expect(LOCK_LABELS.ShareRowExclusiveLock).toBe('SHARE ROW EXCLUSIVE');
  });

  it('conflicts symmetrically', () => {
    for (const a of LOCK_MODES) {
      for (const b of LOCK_MODES) expect(lockConflicts(a, b)).toBe(lockConflicts(b, a));
    }
  });

  it.each([
    ['AccessShareLock', false, false],
    ['RowShareLock', false, false],
    ['RowExclusiveLock', false, false],
    ['ShareUpdateExclusiveLock', false, false],
    ['ShareLock', false, true],
    ['ShareRowExclusiveLock', false, true],
    ['ExclusiveLock', false, true],
    ['AccessExclusiveLock', true, true],
  ] as const)('%s blocks reads=%s writes=%s', (mode, reads, writes) => {
    expect(blocksOperations(mode)).toEqual({ reads, writes });
  });

  it('SHARE UPDATE EXCLUSIVE conflicts with itself, SHARE does not', () => {
    expect(lockConflicts('ShareUpdateExclusiveLock', 'ShareUpdateExclusiveLock')).toBe(true);
    expect(lockConflicts('ShareLock', 'ShareLock')).toBe(false);
  });
});

describe('predictLocks: ALTER TABLE', () => {
  it.each([
    [
      'ALTER TABLE projects ADD COLUMN archived boolean DEFAULT false',
      [lock('public.projects', 'AccessExclusiveLock')],
    ],
    [
      'ALTER TABLE projects ADD COLUMN ref uuid DEFAULT gen_random_uuid()',
      [lock('public.projects', 'AccessExclusiveLock', true)],
    ],
    [
      'ALTER TABLE projects ADD COLUMN seq bigserial',
      [lock('public.projects', 'AccessExclusiveLock', true)],
    ],
    [
      'ALTER TABLE projects ADD COLUMN created_at timestamptz NOT NULL DEFAULT now()',
      [lock('public.projects', 'AccessExclusiveLock')],
    ],
    [
      'ALTER TABLE projects ALTER COLUMN title TYPE varchar(200)',
      [lock('public.projects', 'AccessExclusiveLock')],
    ],
    [
      'ALTER TABLE projects ALTER COLUMN title TYPE text',
      [lock('public.projects', 'AccessExclusiveLock')],
    ],
    [
      'ALTER TABLE projects ALTER COLUMN title TYPE varchar(20)',
      [lock('public.projects', 'AccessExclusiveLock', true)],
    ],
    [
      'ALTER TABLE projects ALTER COLUMN id TYPE int4',
      [lock('public.projects', 'AccessExclusiveLock', true)],
    ],
    [
      'ALTER TABLE projects ALTER COLUMN budget TYPE numeric(14,2)',
      [lock('public.projects', 'AccessExclusiveLock')],
    ],
    [
      'ALTER TABLE projects ALTER COLUMN budget TYPE numeric(14,3)',
      [lock('public.projects', 'AccessExclusiveLock', true)],
    ],
    [
      'ALTER TABLE projects ALTER COLUMN title SET NOT NULL',
      [lock('public.projects', 'AccessExclusiveLock', false, true)],
    ],
    [
      'ALTER TABLE invoices ALTER COLUMN status SET NOT NULL',
      [lock('public.invoices', 'AccessExclusiveLock')],
    ],
    [
      'ALTER TABLE projects ALTER COLUMN title SET STATISTICS 500',
      [lock('public.projects', 'ShareUpdateExclusiveLock')],
    ],
    [
      'ALTER TABLE projects SET (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.05)',
      [lock('public.projects', 'ShareUpdateExclusiveLock')],
    ],
    [
      'ALTER TABLE projects SET (fillfactor = 80), ENABLE ROW LEVEL SECURITY',
      [lock('public.projects', 'AccessExclusiveLock')],
    ],
    [
      'ALTER VIEW project_names SET (security_invoker = true)',
      [lock('public.project_names', 'AccessExclusiveLock')],
    ],
    [
      'ALTER TABLE projects CLUSTER ON projects_pkey',
      [lock('public.projects', 'ShareUpdateExclusiveLock')],
    ],
    [
      'ALTER TABLE projects ADD CONSTRAINT projects_title_len CHECK (length(title) < 80) NOT VALID',
      [lock('public.projects', 'AccessExclusiveLock')],
    ],
    [
      'ALTER TABLE projects ADD CONSTRAINT projects_title_len CHECK (length(title) < 80)',
      [lock('public.projects', 'AccessExclusiveLock', false, true)],
    ],
    [
      'ALTER TABLE projects ADD CONSTRAINT projects_title_key UNIQUE (title)',
      [lock('public.projects', 'AccessExclusiveLock', false, true)],
    ],
    [
      'ALTER TABLE projects DISABLE TRIGGER ALL',
      [lock('public.projects', 'ShareRowExclusiveLock')],
    ],
    [
      'ALTER TABLE projects SET TABLESPACE fast_ssd',
      [lock('public.projects', 'AccessExclusiveLock', true)],
    ],
    ['ALTER TABLE projects SET UNLOGGED', [lock('public.projects', 'AccessExclusiveLock', true)]],
    ['ALTER TABLE projects SET LOGGED', [lock('public.projects', 'AccessExclusiveLock')]],
    ['ALTER TABLE events SET TABLESPACE fast_ssd', [lock('public.events', 'AccessExclusiveLock')]],
  ])('%s', (sql, expected) => {
    expect(locksOf(sql)).toEqual(expected);
  });

  it('ADD FOREIGN KEY locks both tables SHARE ROW EXCLUSIVE and scans the referencing one', () => {
    expect(
      locksOf(
        'ALTER TABLE invoices ADD CONSTRAINT invoices_ws_fk FOREIGN KEY (project_id) REFERENCES projects (id)',
      ),
    ).toEqual([
      lock('public.invoices', 'ShareRowExclusiveLock', false, true),
      lock('public.projects', 'ShareRowExclusiveLock'),
    ]);
  });

  it('VALIDATE CONSTRAINT of a foreign key: SHARE UPDATE EXCLUSIVE plus ROW SHARE on the referenced table', () => {
    expect(locksOf('ALTER TABLE invoices VALIDATE CONSTRAINT invoices_project_fk')).toEqual([
      lock('public.invoices', 'ShareUpdateExclusiveLock', false, true),
      lock('public.projects', 'RowShareLock'),
    ]);
  });

  it('VALIDATE of an already valid constraint reads nothing', () => {
    expect(locksOf('ALTER TABLE invoices VALIDATE CONSTRAINT invoices_status_not_null')).toEqual([
      lock('public.invoices', 'ShareUpdateExclusiveLock'),
    ]);
  });

  it('DROP CONSTRAINT of a foreign key also locks the referenced table', () => {
    expect(locksOf('ALTER TABLE projects DROP CONSTRAINT projects_workspace_fk')).toEqual([
      lock('public.projects', 'AccessExclusiveLock'),
      lock('public.workspaces', 'AccessExclusiveLock'),
    ]);
  });

  it('ATTACH PARTITION: SHARE UPDATE EXCLUSIVE on the parent at 12+, ACCESS EXCLUSIVE before', () => {
    const sql =
      "ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')";
    expect(locksOf(sql)).toEqual([
      lock('public.events_2025', 'AccessExclusiveLock', false, true),
      lock('public.events', 'ShareUpdateExclusiveLock'),
    ]);
    expect(locksOf(sql, 11).find((l) => l.relation === 'public.events')?.mode).toBe(
      'AccessExclusiveLock',
    );
  });

  it('names the subcommand in the reason', () => {
    const [statement] = parseSql(
      'ALTER TABLE projects ADD COLUMN ref uuid DEFAULT gen_random_uuid()',
    ).statements;
    if (!statement) throw new Error('no statement');
    const [first] = predictLocks(statement.node, schemaFrom(SCHEMA));
    expect(first?.reason).toContain('ADD COLUMN');
    expect(first?.reason).toContain('gen_random_uuid()');
  });

  it("spells every subcommand in SQL words, never the parser's subtype", () => {
    const reasons = (sql: string) => {
      const [statement] = parseSql(sql).statements;
      if (!statement) throw new Error('no statement');
      return predictLocks(statement.node, schemaFrom(SCHEMA)).map((l) => l.reason);
    };
    expect(reasons('ALTER TABLE projects DISABLE TRIGGER ALL')).toEqual([
      'ALTER TABLE ... DISABLE TRIGGER ALL',
    ]);
    expect(reasons('ALTER TABLE projects ENABLE ALWAYS TRIGGER audit')).toEqual([
      'ALTER TABLE ... ENABLE ALWAYS TRIGGER',
    ]);
    for (const sql of [
      'ALTER TABLE projects DISABLE TRIGGER audit',
      'ALTER TABLE projects ALTER COLUMN title SET STORAGE EXTERNAL',
      'ALTER TABLE projects NO INHERIT workspaces',
      'ALTER TABLE projects ALTER COLUMN id DROP IDENTITY IF EXISTS',
    ]) {
      for (const reason of reasons(sql)) expect(reason).not.toMatch(/[a-z][A-Z]|AT_/);
    }
  });
});

describe('predictLocks: other statements', () => {
  it.each([
    [
      'CREATE INDEX invoices_status_idx ON invoices (status)',
      [lock('public.invoices', 'ShareLock', false, true)],
    ],
    [
      // The name is taken: Postgres locks the table, then skips the build.
      'CREATE INDEX IF NOT EXISTS invoices_project_idx ON invoices (project_id)',
      [lock('public.invoices', 'ShareLock')],
    ],
    [
      'CREATE INDEX CONCURRENTLY invoices_status_idx ON invoices (status)',
      [lock('public.invoices', 'ShareUpdateExclusiveLock', false, true)],
    ],
    [
      'CREATE TRIGGER invoices_touch BEFORE UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION touch()',
      [lock('public.invoices', 'ShareRowExclusiveLock')],
    ],
    [
      'CREATE POLICY members_read ON projects FOR SELECT USING (true)',
      [lock('public.projects', 'AccessExclusiveLock')],
    ],
    ['DROP POLICY members_read ON projects', [lock('public.projects', 'AccessExclusiveLock')]],
    [
      'DROP TRIGGER invoices_touch ON public.invoices',
      [lock('public.invoices', 'AccessExclusiveLock')],
    ],
    ['TRUNCATE invoices', [lock('public.invoices', 'AccessExclusiveLock')]],
    ['VACUUM FULL invoices', [lock('public.invoices', 'AccessExclusiveLock', true)]],
    [
      'VACUUM (ANALYZE) invoices',
      [lock('public.invoices', 'ShareUpdateExclusiveLock', false, true)],
    ],
    ['ANALYZE invoices', [lock('public.invoices', 'ShareUpdateExclusiveLock')]],
    [
      'CLUSTER invoices USING invoices_project_idx',
      [lock('public.invoices', 'AccessExclusiveLock', true)],
    ],
    [
      'REFRESH MATERIALIZED VIEW invoice_totals',
      [lock('public.invoice_totals', 'AccessExclusiveLock', true, true)],
    ],
    [
      'REFRESH MATERIALIZED VIEW CONCURRENTLY invoice_totals',
      [lock('public.invoice_totals', 'ExclusiveLock', false, true)],
    ],
    [
      'REFRESH MATERIALIZED VIEW invoice_totals WITH NO DATA',
      [lock('public.invoice_totals', 'AccessExclusiveLock', true)],
    ],
    [
      "COMMENT ON COLUMN invoices.status IS 'draft, sent or paid'",
      [lock('public.invoices', 'ShareUpdateExclusiveLock')],
    ],
    [
      'LOCK TABLE invoices IN SHARE ROW EXCLUSIVE MODE',
      [lock('public.invoices', 'ShareRowExclusiveLock')],
    ],
    [
      'ALTER TABLE invoices RENAME COLUMN status TO state',
      [lock('public.invoices', 'AccessExclusiveLock')],
    ],
    [
      "UPDATE invoices SET status = 'paid' WHERE id = 1",
      [lock('public.invoices', 'RowExclusiveLock')],
    ],
    [
      'INSERT INTO invoices (id) SELECT id FROM projects',
      [lock('public.invoices', 'RowExclusiveLock')],
    ],
    ['SELECT count(*) FROM invoices', []],
    ['GRANT SELECT ON invoices TO authenticated', []],
    ['CREATE TABLE notes (id bigint PRIMARY KEY, body text)', []],
  ])('%s', (sql, expected) => {
    expect(locksOf(sql)).toEqual(expected);
  });

  it('DROP INDEX locks the table and the index; CONCURRENTLY lowers both', () => {
    expect(locksOf('DROP INDEX invoices_project_idx')).toEqual([
      lock('public.invoices', 'AccessExclusiveLock'),
      lock('public.invoices_project_idx', 'AccessExclusiveLock'),
    ]);
    expect(locksOf('DROP INDEX CONCURRENTLY invoices_project_idx').map((l) => l.mode)).toEqual([
      'ShareUpdateExclusiveLock',
      'ShareUpdateExclusiveLock',
    ]);
  });

  it('DROP INDEX of an index gone with its constraint locks nothing; the constraint drop did', () => {
    const schema = schemaFrom(`${SCHEMA}
ALTER TABLE workspaces ADD CONSTRAINT workspaces_slug_key UNIQUE (slug);
ALTER TABLE workspaces DROP CONSTRAINT workspaces_slug_key;`);
    const [drop] = parseSql('DROP INDEX IF EXISTS workspaces_slug_key').statements;
    expect(drop && predictLocks(drop.node, schema)).toEqual([]);
    // Before the constraint's drop, the same statement locks the table (it would fail: the
    // constraint needs the index, but the lock comes first).
    const kept = schemaFrom(`${SCHEMA}
ALTER TABLE workspaces ADD CONSTRAINT workspaces_slug_key UNIQUE (slug);`);
    expect(drop && predictLocks(drop.node, kept).map((l) => l.relation)).toEqual([
      'public.workspaces',
      'public.workspaces_slug_key',
    ]);
  });

  it('DROP TRIGGER/POLICY IF EXISTS of one the model does not have on a table the migrations made: no lock', () => {
    const schema = schemaFrom(`${SCHEMA}
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER projects_touch BEFORE UPDATE ON projects FOR EACH ROW EXECUTE FUNCTION touch();
CREATE POLICY projects_read ON projects FOR SELECT USING (true);`);
    const locks = (sql: string) => {
      const [drop] = parseSql(sql).statements;
      return drop ? predictLocks(drop.node, schema).map((l) => `${l.relation} ${l.mode}`) : [];
    };
    expect(locks('DROP TRIGGER IF EXISTS projects_audit ON projects')).toEqual([]);
    expect(locks('DROP POLICY IF EXISTS projects_write ON projects')).toEqual([]);
    // The ones it has, without IF EXISTS, or on a table the migrations never made: locked.
    expect(locks('DROP TRIGGER IF EXISTS projects_touch ON projects')).toEqual([
      'public.projects AccessExclusiveLock',
    ]);
    expect(locks('DROP POLICY IF EXISTS projects_read ON projects')).toEqual([
      'public.projects AccessExclusiveLock',
    ]);
    expect(locks('DROP TRIGGER projects_audit ON projects')).toEqual([
      'public.projects AccessExclusiveLock',
    ]);
    expect(locks('DROP TRIGGER IF EXISTS on_auth_user_created ON auth.users')).toEqual([
      'auth.users AccessExclusiveLock',
    ]);
  });

  it('REINDEX INDEX: SHARE on the table, ACCESS EXCLUSIVE on the index', () => {
    expect(locksOf('REINDEX INDEX invoices_project_idx')).toEqual([
      lock('public.invoices', 'ShareLock', false, true),
      lock('public.invoices_project_idx', 'AccessExclusiveLock', true),
    ]);
    expect(locksOf('REINDEX INDEX CONCURRENTLY invoices_project_idx').map((l) => l.mode)).toEqual([
      'ShareUpdateExclusiveLock',
      'ShareUpdateExclusiveLock',
    ]);
  });

  it('CREATE TABLE with a foreign key locks the referenced table SHARE ROW EXCLUSIVE', () => {
    expect(
      locksOf(
        'CREATE TABLE documents (id bigint PRIMARY KEY, project_id bigint REFERENCES projects (id))',
      ),
    ).toEqual([lock('public.projects', 'ShareRowExclusiveLock')]);
  });

  it('CREATE TABLE ... PARTITION OF locks the parent ACCESS EXCLUSIVE', () => {
    expect(
      locksOf(
        "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
      ),
    ).toEqual([lock('public.events', 'AccessExclusiveLock')]);
  });

  it('DROP TABLE with a foreign key drops its triggers on the referenced table', () => {
    expect(locksOf('DROP TABLE projects CASCADE')).toEqual([
      lock('public.projects', 'AccessExclusiveLock'),
      lock('public.workspaces', 'AccessExclusiveLock'),
      lock('public.invoices', 'AccessExclusiveLock'),
    ]);
  });

  it('unknown tables are treated as existing', () => {
    expect(locksOf('ALTER TABLE auth_audit ADD COLUMN note text')).toEqual([
      lock('public.auth_audit', 'AccessExclusiveLock'),
    ]);
  });
});

describe('transactionBlockForbidden', () => {
  it.each([
    ['CREATE INDEX CONCURRENTLY i ON invoices (status)', 'CREATE INDEX CONCURRENTLY'],
    ['DROP INDEX CONCURRENTLY i', 'DROP INDEX CONCURRENTLY'],
    ['REINDEX TABLE CONCURRENTLY invoices', 'REINDEX CONCURRENTLY'],
    ['REINDEX SCHEMA public', 'REINDEX SCHEMA'],
    ['VACUUM invoices', 'VACUUM'],
    [
      'ALTER TABLE events DETACH PARTITION events_2024 CONCURRENTLY',
      'ALTER TABLE ... DETACH PARTITION CONCURRENTLY',
    ],
    ['REFRESH MATERIALIZED VIEW CONCURRENTLY invoice_totals', undefined],
    ['REINDEX TABLE invoices', undefined],
    ['ANALYZE invoices', undefined],
    ['CLUSTER invoices', undefined],
  ])('%s', (sql, expected) => {
    const [statement] = parseSql(sql).statements;
    if (!statement) throw new Error('no statement');
    expect(transactionBlockForbidden(statement.node)).toBe(expected);
  });
});
