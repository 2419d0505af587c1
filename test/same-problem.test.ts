import { describe, expect, it } from 'vitest';
import { compareReports } from '../bench/report-changes.ts';
import { mergeSameProblem } from '../src/core/lint/same-problem.ts';
import type { Finding, Severity } from '../src/core/report/finding.ts';

function finding(
  rule: string,
  statement: number | undefined,
  problems?: string[],
  severity: Severity = 'warning',
): Finding {
  return {
    rule,
    severity,
    line: (statement ?? 0) + 1,
    column: 1,
    message: `${rule} says something about it`,
    source: 'lint',
    ...(statement === undefined ? {} : { statement }),
    ...(problems ? { problems } : {}),
  };
}

describe('mergeSameProblem', () => {
  const subsumes: Record<string, string[]> = { a: ['b'], b: ['c'] };
  const subsumesOf = (id: string) => subsumes[id];

  it('folds a chain into the most specific finding, at the gravest severity', () => {
    const merged = mergeSameProblem(
      [finding('c', 0, ['p'], 'error'), finding('b', 0, ['p']), finding('a', 0, ['p'], 'notice')],
      subsumesOf,
    );
    expect(merged.map((f) => [f.rule, f.severity, f.also])).toEqual([['a', 'error', ['b', 'c']]]);
  });

  it('keeps apart what is not declared the same: other statement, other key, no key, reverse order', () => {
    const kept = [
      finding('a', 0, ['p']),
      finding('b', 1, ['p']),
      finding('a', 2, ['p']),
      finding('b', 2, ['p', 'q']),
      finding('a', 3),
      finding('b', 3),
      finding('b', 4, ['p']),
      finding('c', 4, ['p']),
      finding('a', undefined, ['p']),
      finding('b', undefined, ['p']),
    ];
    const merged = mergeSameProblem(kept, subsumesOf);
    expect(merged.map((f) => `${f.rule}@${f.statement}${f.also ? `+${f.also}` : ''}`)).toEqual([
      'a@0',
      'b@1',
      'a@2',
      'b@2',
      'a@3',
      'b@3',
      'b@4+c',
      'a@undefined',
      'b@undefined',
    ]);
  });
});

describe("the lint-histories bench's report comparison", () => {
  const report = (findings: object[], statements: object[] = []) =>
    JSON.stringify({
      schemaVersion: 1,
      summary: {
        errors: findings.filter((f) => (f as Finding).severity === 'error').length,
        warnings: findings.filter((f) => (f as Finding).severity === 'warning').length,
        notices: 0,
      },
      migrations: [{ file: 'm.sql', findings, statements }],
      checks: [],
    });
  /** A report of two files with these findings each. */
  const two = (first: object[], second: object[]) =>
    JSON.stringify({
      schemaVersion: 1,
      summary: { errors: 0, warnings: first.length + second.length, notices: 0 },
      migrations: [
        { file: '1.sql', findings: first, statements: [] },
        { file: '2.sql', findings: second, statements: [] },
      ],
      checks: [],
    });
  const policy = { rule: 'policy-always-true', severity: 'error', line: 3, statement: 2 };
  const tenant = { rule: 'tenant-policy-missing', severity: 'error', line: 3, statement: 2 };
  const dropIndex = {
    rule: 'drop-index-non-concurrent',
    severity: 'warning',
    line: 1,
    statement: 0,
  };
  const dropTable = { rule: 'drop-table', severity: 'error', line: 2, statement: 1 };

  it('accepts the declared changes and counts them', () => {
    const before = report([dropIndex, dropTable, policy, tenant]);
    const after = report([dropTable, { ...policy, also: ['tenant-policy-missing'] }]);
    const r = compareReports(before, after);
    expect(r.unexplained).toEqual([]);
    expect([...r.changes]).toEqual([
      ['drop-index-non-concurrent index-dropped-with-table', 1],
      ['tenant-policy-missing folded', 1],
    ]);
    expect(compareReports(before, before)).toMatchObject({ same: true, changes: new Map() });
    // A baseline built after the change: its folded findings compare equal to themselves.
    expect(compareReports(after, after)).toMatchObject({ same: true, changes: new Map() });
  });

  it('refuses anything else', () => {
    const before = report([dropIndex, dropTable, policy, tenant]);
    // A finding lost without being listed in another's also.
    expect(compareReports(before, report([dropIndex, dropTable, policy])).same).toBe(false);
    // An index drop gone with no later drop-table finding.
    expect(compareReports(report([dropIndex]), report([])).same).toBe(false);
    // A changed message, a new finding.
    expect(
      compareReports(before, report([dropIndex, dropTable, { ...policy, message: 'x' }, tenant]))
        .same,
    ).toBe(false);
    expect(compareReports(report([policy]), report([policy, tenant])).same).toBe(false);
  });

  it('accepts a null-unsafe-comparison finding gone, and only gone', () => {
    const nullUnsafe = {
      rule: 'null-unsafe-comparison',
      severity: 'warning',
      line: 4,
      statement: 0,
    };
    const r = compareReports(report([nullUnsafe, policy]), report([policy]));
    expect(r.unexplained).toEqual([]);
    expect([...r.changes]).toEqual([['null-unsafe-comparison bound by earlier triggers', 1]]);
    expect(compareReports(report([policy]), report([nullUnsafe, policy])).same).toBe(false);
    expect(
      compareReports(report([nullUnsafe]), report([{ ...nullUnsafe, message: 'x' }])).same,
    ).toBe(false);
  });

  it('accepts an index drop gone only after a constraint of its name was dropped', () => {
    const drop = {
      rule: 'drop-index-non-concurrent',
      severity: 'warning',
      line: 3,
      statement: 1,
      message:
        'DROP INDEX public.conversations_pkey without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on public.conversations: ...',
    };
    const statements = (constraint: string, line = 1) => [
      { line, sql: `alter table "public"."conversations" drop constraint "${constraint}"` },
      { line: 3, sql: 'drop index if exists "public"."conversations_pkey"' },
    ];
    const r = compareReports(
      report([drop], statements('conversations_pkey')),
      report([], statements('conversations_pkey')),
    );
    expect(r.unexplained).toEqual([]);
    expect([...r.changes]).toEqual([
      ['drop-index-non-concurrent index gone with its constraint', 1],
    ]);
    // Another constraint's name, a drop after the index's, or none: not this change.
    for (const other of [
      statements('conversations_contact_key'),
      statements('conversations_pkey', 4),
      [],
    ]) {
      expect(compareReports(report([drop], other), report([], other)).same).toBe(false);
    }
  });

  it('accepts statements-after-exclusive-lock findings that stop blaming their own table, as a whole', () => {
    const held = (line: number, work: string, locks: string) => ({
      rule: 'statements-after-exclusive-lock',
      severity: 'warning',
      line,
      statement: line,
      message: `This statement (${work}) runs while the transaction still holds the ACCESS EXCLUSIVE lock taken on ${locks}: every read and write on x keeps waiting until it finishes and the transaction commits.`,
    });
    const before = report([
      held(
        5,
        'ALTER TABLE ... SET NOT NULL reads every row of public.a',
        'public.a at line 1 (DROP TRIGGER t); public.b at line 2 (ALTER TABLE ... ADD COLUMN)',
      ),
      held(
        9,
        'ALTER TABLE ... ALTER COLUMN TYPE rewrites public.c',
        'public.c at line 8 (ALTER TABLE ... ADD COLUMN)',
      ),
    ]);
    const after = report([
      held(
        5,
        'ALTER TABLE ... SET NOT NULL reads every row of public.a',
        'public.b at line 2 (ALTER TABLE ... ADD COLUMN)',
      ),
      held(7, 'CREATE INDEX reads every row of public.a', 'public.a at line 1 (DROP TRIGGER t)'),
    ]);
    const r = compareReports(before, after);
    expect(r.unexplained).toEqual([]);
    expect([...r.changes]).toEqual([['statements-after-exclusive-lock not extended', 4]]);
    // A lock the old findings never named, or one gone that no old statement locked itself.
    const invented = report([
      held(
        5,
        'ALTER TABLE ... SET NOT NULL reads every row of public.a',
        'public.z at line 3 (DROP POLICY q)',
      ),
    ]);
    expect(compareReports(before, invented).same).toBe(false);
    const lost = report([
      held(
        5,
        'ALTER TABLE ... SET NOT NULL reads every row of public.a',
        'public.a at line 1 (DROP TRIGGER t)',
      ),
    ]);
    expect(compareReports(before, lost).same).toBe(false);
  });

  it('accepts an unindexed foreign key no longer reported again at a drop that lost nothing', () => {
    const fk = (line: number, table = 'public.tasks') => ({
      rule: 'unindexed-foreign-key',
      severity: 'warning',
      line,
      statement: line,
      message: `Foreign key tasks_project_id_fkey on ${table} (project_id) has no index that starts with its column: ...`,
    });
    // Reported where it was added, and again (wrongly) at an unrelated index drop: the second goes,
    // even after its table was renamed.
    const r = compareReports(
      two([fk(3, 'public.todos')], [fk(1)]),
      two([fk(3, 'public.todos')], []),
    );
    expect(r.unexplained).toEqual([]);
    expect([...r.changes]).toEqual([['unindexed rules index drop that lost nothing', 1]]);
    // Moved within a file to the drop that lost the index.
    expect(compareReports(two([], [fk(1)]), two([], [fk(4)])).same).toBe(true);
    // Gone with no report of it left, or added where the old report never named it: refused.
    expect(compareReports(two([], [fk(1)]), two([], [])).same).toBe(false);
    expect(compareReports(two([], []), two([], [fk(1)])).same).toBe(false);
    expect(compareReports(two([], [fk(1)]), two([fk(3)], [])).same).toBe(false);
  });

  it('accepts an index drop gone that named no table, and a null-unsafe message naming its guarded side', () => {
    const drop = (message: string) => ({
      rule: 'drop-index-non-concurrent',
      severity: 'warning',
      line: 2,
      statement: 1,
      message,
    });
    const unknown = drop(
      'DROP INDEX public.t_idx without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table of public.t_idx: the drop ...',
    );
    const known = drop(
      'DROP INDEX public.t_idx without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on public.t: the drop ...',
    );
    expect([...compareReports(report([unknown]), report([])).changes]).toEqual([
      ['drop-index-non-concurrent index already gone', 1],
    ]);
    expect(compareReports(report([known]), report([])).same).toBe(false);
    const nullUnsafe = (when: string) => ({
      rule: 'null-unsafe-comparison',
      severity: 'warning',
      line: 4,
      statement: 0,
      message: `OLD.a <> NEW.a in trigger function public.f is NULL, not true or false, when ${when}.`,
    });
    const either = nullUnsafe(
      'either side is NULL: a change from NULL to a value, or from a value to NULL, counts as no change and the branch it guards is skipped',
    );
    const guarded = nullUnsafe(
      'NEW.a is NULL: a change from a value to NULL counts as no change and the branch it guards is skipped',
    );
    const r = compareReports(report([either]), report([guarded]));
    expect(r.unexplained).toEqual([]);
    expect([...r.changes]).toEqual([['null-unsafe-comparison guarded side', 1]]);
    expect(compareReports(report([either]), report([{ ...guarded, line: 5 }])).same).toBe(false);
  });

  it('accepts a tenant-policy-missing finding gone on a SELECT policy that admits shared rows', () => {
    const finding = {
      rule: 'tenant-policy-missing',
      severity: 'error',
      line: 3,
      statement: 1,
      message:
        'Policy "read templates" on public.templates does not confine rows to the caller\'s tenants (tenant_id): its USING for SELECT does not restrict tenant_id ...',
    };
    const shared = [
      {
        line: 3,
        sql: 'CREATE POLICY "read templates" ON templates FOR SELECT USING (tenant_id IS NULL OR tenant_id IN (SELECT 1))',
      },
    ];
    const r = compareReports(report([finding], shared), report([], shared));
    expect([...r.changes]).toEqual([['tenant-policy-missing shared rows readable', 1]]);
    const other = [
      { line: 3, sql: 'CREATE POLICY "read templates" ON templates FOR SELECT USING (true)' },
    ];
    expect(compareReports(report([finding], other), report([], other)).same).toBe(false);
  });

  it("accepts policy-always-true's wording for a table the migrations do not create, and only that", () => {
    const said = (clause: string) => ({
      rule: 'policy-always-true',
      severity: 'warning',
      line: 1,
      statement: 0,
      message: `Policy "open" on public.logs has WITH CHECK always true, so INSERT can write any row. ${clause}, so this is only right for data every caller may read and write (a public lookup table): confirm it is meant.`,
    });
    const before = report([said('public.logs has no tenant column')]);
    const after = report([
      said(
        'The migrations so far do not create public.logs, so whether it holds per-tenant data is not known here',
      ),
    ]);
    expect([...compareReports(before, after).changes]).toEqual([
      ['policy-always-true unknown table wording', 1],
    ]);
    expect(compareReports(before, report([said('public.other has no tenant column')])).same).toBe(
      false,
    );
  });

  it('accepts a backfill gone whose column cannot be NULL, and a held lock cited anew after an absent drop', () => {
    const backfill = {
      rule: 'unbatched-data-change',
      severity: 'warning',
      line: 3,
      statement: 1,
      message:
        'UPDATE of purpose on existing table public.otp only tests the column it fills (purpose IS NULL), so it rewrites ...',
    };
    const withDefault = [
      { line: 1, sql: "alter table otp add column if not exists purpose text default 'reset'" },
      { line: 3, sql: "update otp set purpose = 'reset' where purpose is null" },
    ];
    expect([
      ...compareReports(report([backfill], withDefault), report([], withDefault)).changes,
    ]).toEqual([['unbatched-data-change no NULL to fill', 1]]);
    const plain = [{ line: 1, sql: 'alter table otp add column purpose text' }];
    expect(compareReports(report([backfill], plain), report([], plain)).same).toBe(false);

    const held = (cited: string, lock: string) => ({
      rule: 'mixed-schema-and-data',
      severity: 'warning',
      line: 9,
      statement: 4,
      message: `UPDATE on existing table public.t runs in the same transaction as line ${cited}, so the ${lock} lock that statement took on public.t is held ...`,
    });
    const r = compareReports(
      report([held('2 (DROP TRIGGER t_touch)', 'ACCESS EXCLUSIVE')]),
      report([held('3 (CREATE TRIGGER)', 'SHARE ROW EXCLUSIVE')]),
    );
    expect([...r.changes]).toEqual([['mixed-schema-and-data lock taken', 2]]);
    expect(
      compareReports(
        report([held('2 (ALTER TABLE ... ADD COLUMN)', 'ACCESS EXCLUSIVE')]),
        report([held('3 (CREATE TRIGGER)', 'SHARE ROW EXCLUSIVE')]),
      ).same,
    ).toBe(false);
  });

  it('accepts an rls-no-policy finding gone only when an earlier file reported the table', () => {
    const deny = (line: number) => ({
      rule: 'rls-no-policy',
      severity: 'warning',
      line,
      statement: 0,
      message:
        'public.sms_logs has row level security enabled and no policy at the end of this file, so ...',
    });
    expect([...compareReports(two([deny(3)], [deny(9)]), two([deny(3)], [])).changes]).toEqual([
      ['rls-no-policy RLS already on', 1],
    ]);
    expect(compareReports(two([], [deny(9)]), two([], [])).same).toBe(false);
  });

  it('accepts multiple-permissive-policies changes only after a DO block dropping policies through pg_policies', () => {
    const overlap = {
      rule: 'multiple-permissive-policies',
      severity: 'warning',
      line: 12,
      statement: 1,
      message:
        'public.projects has several permissive policies for authenticated on SELECT ("a", "b"): ...',
    };
    const loop = [
      {
        line: 1,
        sql: "DO $$ DECLARE p record; BEGIN FOR p IN SELECT policyname FROM pg_policies WHERE schemaname = 'public' LOOP EXECUTE format('DROP POLICY %I ON public.projects', p.policyname); END LOOP; END $$",
      },
    ];
    expect([...compareReports(report([overlap], loop), report([], loop)).changes]).toEqual([
      ['multiple-permissive-policies dropped by a pg_policies loop', 1],
    ]);
    expect(compareReports(report([overlap]), report([])).same).toBe(false);
  });

  it('accepts a tenant-column finding gone only when an earlier file reported the column', () => {
    const nullable = (line: number) => ({
      rule: 'tenant-column-nullable',
      severity: 'warning',
      line,
      statement: 0,
      message: 'Tenant column public.reports.tenant_id allows NULL: ...',
    });
    expect([
      ...compareReports(two([nullable(2)], [nullable(7)]), two([nullable(2)], [])).changes,
    ]).toEqual([['tenant-column-nullable reported where it began', 1]]);
    expect(compareReports(two([], [nullable(7)]), two([], [])).same).toBe(false);
  });

  it("accepts a service-role-only policy's finding gone, and a view's caller-filter wording", () => {
    const policyFinding = {
      rule: 'tenant-policy-missing',
      severity: 'error',
      line: 4,
      statement: 1,
      message: 'Policy "service" on public.docs does not confine rows to the caller\'s tenants ...',
    };
    const statements = (sql: string) => [{ line: 2, sql }];
    const service = statements(
      "DO $$ BEGIN\nCREATE POLICY service ON docs USING (auth.role() = 'service_role'); END $$",
    );
    expect([
      ...compareReports(report([policyFinding], service), report([], service)).changes,
    ]).toEqual([['tenant-policy-missing service role only', 1]]);
    const open = statements('CREATE POLICY service ON docs USING (true)');
    expect(compareReports(report([policyFinding], open), report([], open)).same).toBe(false);
    const view = (tail: string) => ({
      rule: 'view-bypasses-rls',
      severity: 'error',
      line: 1,
      statement: 0,
      message: `View public.v reads public.t (RLS enabled) with its owner's privileges, so RLS on those tables does not apply to anon selecting from the view: they see whatever rows the view's query returns${tail}.`,
    });
    const before = report([view(', from every tenant')]);
    expect([
      ...compareReports(
        before,
        report([
          view(
            "; the view's own filter on the caller is then the only thing keeping other tenants' rows out",
          ),
        ]),
      ).changes,
    ]).toEqual([['view-bypasses-rls caller filter wording', 1]]);
    expect(compareReports(before, report([view('')])).same).toBe(false);
  });

  it('accepts the drop-table and set-not-null wordings for a table created again and a column never filled', () => {
    const drop = (effect: string) => ({
      rule: 'drop-table',
      severity: 'error',
      line: 1,
      statement: 0,
      message: `DROP TABLE public.t takes an ACCESS EXCLUSIVE lock and deletes the table with all its rows${effect}.`,
    });
    const failing = drop(
      ': running code that reads or writes it fails from the moment this migration commits, and there is no rollback (migrations are one-way)',
    );
    const again = drop(
      ', and this file creates it again: code that uses public.t finds a table of that name when this migration commits, but none of the old rows, and there is no rollback (migrations are one-way)',
    );
    expect([...compareReports(report([failing]), report([again])).changes]).toEqual([
      ['drop-table created again wording', 1],
    ]);
    expect(compareReports(report([again]), report([failing])).same).toBe(false);
    const notNull = (message: string, fix: string) => ({
      rule: 'set-not-null',
      severity: 'error',
      line: 2,
      statement: 1,
      message,
      fix,
    });
    const r = compareReports(
      report([
        notNull(
          'SET NOT NULL on public.t.c reads every row of the existing table to prove ...',
          'a',
        ),
      ]),
      report([
        notNull(
          'SET NOT NULL on public.t.c, a column this file added without a default and has not filled: ...',
          'b',
        ),
      ]),
    );
    expect([...r.changes]).toEqual([['set-not-null every row NULL wording', 1]]);
  });

  it("accepts tenant-policy-missing's caller-gate wording, and nothing more of the message", () => {
    const said = (who: string) =>
      `Policy "p" on public.projects does not confine rows to the caller's workspaces (workspace_id): its USING for SELECT does not restrict workspace_id (directly, through a membership subquery or a helper taking workspace_id)${who} can reach rows of every workspace.`;
    const gate =
      ': it may test who the caller is, but not which workspace a row belongs to, so each caller it admits';
    const before = report([{ ...tenant, message: said(', so callers in authenticated') }]);
    const r = compareReports(before, report([{ ...tenant, message: said(gate) }]));
    expect(r.unexplained).toEqual([]);
    expect([...r.changes]).toEqual([['tenant-policy-missing caller-gate wording', 1]]);
    const every = report([{ ...tenant, message: said(', so every caller') }]);
    expect(compareReports(every, report([{ ...tenant, message: said(gate) }])).same).toBe(true);
    // Another rule's message, or any other word of it, is not this change.
    expect(
      compareReports(
        report([{ ...policy, message: said(', so every caller') }]),
        report([{ ...policy, message: said(gate) }]),
      ).same,
    ).toBe(false);
    expect(
      compareReports(
        every,
        report([{ ...tenant, message: said(gate).replace('SELECT', 'UPDATE') }]),
      ).same,
    ).toBe(false);
  });
});
