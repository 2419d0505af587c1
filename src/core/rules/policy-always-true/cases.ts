import type { RuleCases } from '../rule-cases.ts';
import { MEMBER_OF, WORKSPACE_SCHEMA } from '../tenancy-policy-fixtures.ts';

export const cases: RuleCases = {
  valid: [
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
      lines: [2],
    },
    {
      name: 'INSERT WITH CHECK (true) on a workspace table',
      history: [WORKSPACE_SCHEMA],
      sql: 'CREATE POLICY "add projects" ON public.projects FOR INSERT TO authenticated WITH CHECK (true);',
      lines: [1],
    },
    {
      name: 'public lookup table read by everyone (warning)',
      history: [WORKSPACE_SCHEMA],
      sql: 'CREATE POLICY "plans are public" ON public.plans FOR SELECT TO anon, authenticated USING (true);',
      lines: [1],
    },
    {
      name: '1 = 1 and true OR ... spellings',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "read" ON public.projects FOR SELECT USING (1 = 1);
CREATE POLICY "edit" ON public.projects FOR UPDATE
  USING (workspace_id IN (${MEMBER_OF}))
  WITH CHECK (true OR workspace_id IS NULL);`,
      lines: [1, 2],
    },
    {
      name: 'a table created outside the migrations',
      sql: 'CREATE POLICY "open" ON public.legacy_reports FOR SELECT USING (true);',
      lines: [1],
    },
  ],
};
