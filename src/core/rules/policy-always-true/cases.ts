import type { RuleCases } from '../rule-cases.ts';
import { MEMBER_OF, WORKSPACE_SCHEMA } from '../tenancy-policy-fixtures.ts';

export const cases: RuleCases = {
  valid: [
    {
      name: 'a lookup table without a tenant column read by everyone: how reference data is served',
      history: [WORKSPACE_SCHEMA],
      sql: 'CREATE POLICY "plans are public" ON public.plans FOR SELECT TO anon, authenticated USING (true);',
    },
    {
      name: 'a table the migrations do not know, opened for reading only',
      sql: 'CREATE POLICY "open" ON public.legacy_reports FOR SELECT USING (true);',
    },
    {
      name: 'membership policy',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));`,
    },
    {
      name: 'service_role-only policy with true (service_role bypasses RLS)',
      history: [WORKSPACE_SCHEMA],
      sql: 'CREATE POLICY "backend" ON public.projects FOR ALL TO service_role USING (true) WITH CHECK (true);',
    },
    {
      name: 'open permissive policy behind a restrictive tenant policy',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "tenant isolation" ON public.projects AS RESTRICTIVE FOR ALL TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));
CREATE POLICY "signed-in users" ON public.projects FOR ALL TO authenticated USING (true);`,
    },
    {
      name: 'a restrictive policy that is always true narrows nothing and opens nothing',
      history: [WORKSPACE_SCHEMA],
      sql: 'CREATE POLICY "placeholder" ON public.projects AS RESTRICTIVE FOR SELECT USING (true);',
    },
    {
      name: 'a condition that only looks constant',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "free plans" ON public.plans FOR SELECT USING (monthly_price_cents = 0 OR false);`,
    },
  ],
  invalid: [
    {
      name: 'USING (true) on a workspace table (error)',
      history: [WORKSPACE_SCHEMA],
      sql: `-- temporary: open while we debug the dashboard
CREATE POLICY "read projects" ON public.projects FOR SELECT TO authenticated USING (true);`,
      errors: [
        {
          line: 2,
          column: 1,
          severity: 'error',
          message:
            'has USING always true, so SELECT can reach any row of every workspace: public.projects holds per-workspace data (workspace_id)',
          fix: /^ALTER POLICY "read projects" ON public\.projects\n {2}USING \(workspace_id IN \(SELECT m\.workspace_id FROM public\.workspace_members m WHERE m\.user_id = \(SELECT auth\.uid\(\)\)\)\);$/,
        },
      ],
    },
    {
      name: 'INSERT WITH CHECK (true) on a workspace table',
      history: [WORKSPACE_SCHEMA],
      sql: 'CREATE POLICY "add projects" ON public.projects FOR INSERT TO authenticated WITH CHECK (true);',
      errors: [
        {
          line: 1,
          severity: 'error',
          message: 'has WITH CHECK always true, so INSERT can write any row of every workspace',
          fix: 'ALTER POLICY "add projects" ON public.projects\n  WITH CHECK (workspace_id IN (SELECT m.workspace_id',
        },
      ],
    },
    {
      name: 'a lookup table without a tenant column opened for writes (warning)',
      history: [WORKSPACE_SCHEMA],
      sql: 'CREATE POLICY "anyone edits plans" ON public.plans FOR UPDATE TO authenticated USING (true);',
      errors: [
        {
          line: 1,
          severity: 'warning',
          message:
            'public.plans has no tenant column, so this is only right for data every caller may read and write',
          fix: 'CREATE POLICY "anyone edits plans" ON public.plans FOR SELECT TO anon, authenticated USING (true);',
        },
      ],
    },
    {
      name: '1 = 1 and true OR ... spellings',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "read" ON public.projects FOR SELECT USING (1 = 1);
CREATE POLICY "edit" ON public.projects FOR UPDATE
  USING (workspace_id IN (${MEMBER_OF}))
  WITH CHECK (true OR workspace_id IS NULL);`,
      errors: [
        {
          line: 1,
          severity: 'error',
          message: 'Policy "read" on public.projects has USING always true',
        },
        {
          line: 2,
          severity: 'error',
          message:
            'Policy "edit" on public.projects has WITH CHECK always true, so UPDATE can write',
          // The USING that is already confined stays; only the open WITH CHECK is replaced.
          fix: /USING \(workspace_id IN \(SELECT m\.workspace_id .*\)\n {2}WITH CHECK \(workspace_id IN \(SELECT m\.workspace_id/,
        },
      ],
    },
    {
      name: 'a table created outside the migrations',
      sql: 'CREATE POLICY "open" ON public.legacy_reports FOR DELETE USING (true);',
      errors: [
        {
          line: 1,
          severity: 'warning',
          message:
            'The migrations so far do not create public.legacy_reports, so whether it holds per-tenant data is not known here',
        },
      ],
    },
    {
      name: 'by default: an error on a tenant table, a warning on a lookup table in the same file',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "read projects" ON public.projects FOR SELECT USING (true);
CREATE POLICY "plans are editable" ON public.plans FOR ALL USING (true);`,
      errors: [
        { line: 1, severity: 'error', message: 'public.projects holds per-workspace data' },
        { line: 2, severity: 'warning', message: 'public.plans has no tenant column' },
      ],
    },
    {
      name: 'a severity set in the config wins over the table-dependent one',
      history: [WORKSPACE_SCHEMA],
      options: { rules: { 'policy-always-true': 'notice' } },
      sql: `CREATE POLICY "read projects" ON public.projects FOR SELECT USING (true);
CREATE POLICY "plans are editable" ON public.plans FOR ALL USING (true);`,
      errors: [
        { line: 1, severity: 'notice', message: 'public.projects holds per-workspace data' },
        { line: 2, severity: 'notice', message: 'public.plans has no tenant column' },
      ],
    },
  ],
  sameProblem: [
    {
      name: 'USING (true) on a tenant table: one finding, tenant-policy-missing listed as also',
      history: [WORKSPACE_SCHEMA],
      sql: 'CREATE POLICY "read projects" ON public.projects FOR SELECT TO authenticated USING (true);',
      findings: [{ rule: 'policy-always-true', line: 1, also: ['tenant-policy-missing'] }],
    },
    {
      name: 'FOR ALL USING (true): reads and writes open, both rules say so, one finding',
      history: [WORKSPACE_SCHEMA],
      sql: 'CREATE POLICY "all projects" ON public.projects FOR ALL TO authenticated USING (true);',
      findings: [{ rule: 'policy-always-true', line: 1, also: ['tenant-policy-missing'] }],
    },
    {
      name: 'open reads and a per-user write check: two problems, two findings',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "edit projects" ON public.projects FOR UPDATE TO authenticated
  USING (true) WITH CHECK (created_by = (SELECT auth.uid()));`,
      findings: [
        { rule: 'policy-always-true', line: 1 },
        { rule: 'tenant-policy-missing', line: 1 },
      ],
    },
    {
      name: 'two policies in one file: each folds only its own statement',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "read projects" ON public.projects FOR SELECT TO authenticated USING (true);
CREATE POLICY "insert projects" ON public.projects FOR INSERT TO authenticated
  WITH CHECK (auth.uid() IS NOT NULL);`,
      findings: [
        { rule: 'policy-always-true', line: 1, also: ['tenant-policy-missing'] },
        { rule: 'tenant-policy-missing', line: 2 },
      ],
    },
    {
      name: 'a suppression of the kept rule alone leaves the other finding on its own',
      history: [WORKSPACE_SCHEMA],
      sql: `-- migration-guard-ignore policy-always-true: read by every member on purpose
CREATE POLICY "read projects" ON public.projects FOR SELECT TO authenticated USING (true);`,
      findings: [{ rule: 'tenant-policy-missing', line: 2 }],
    },
    {
      name: 'a suppression of the folded rule leaves the kept finding without it',
      history: [WORKSPACE_SCHEMA],
      sql: `-- migration-guard-ignore tenant-policy-missing: reviewed in #42
CREATE POLICY "read projects" ON public.projects FOR SELECT TO authenticated USING (true);`,
      findings: [{ rule: 'policy-always-true', line: 2 }],
    },
    {
      name: 'the folded rule turned off: nothing to fold',
      history: [WORKSPACE_SCHEMA],
      options: { rules: { 'tenant-policy-missing': 'off' } },
      sql: 'CREATE POLICY "read projects" ON public.projects FOR SELECT TO authenticated USING (true);',
      findings: [{ rule: 'policy-always-true', line: 1 }],
    },
  ],
};
