import type { RuleCases } from '../rule-cases.ts';
import { MEMBER_OF, WORKSPACE_SCHEMA } from '../tenancy-policy-fixtures.ts';

export const cases: RuleCases = {
  valid: [
    {
      name: 'every call wrapped in a scalar subquery',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));
CREATE POLICY "creators edit projects" ON public.projects FOR UPDATE TO authenticated
  USING (created_by = (SELECT auth.uid()))
  WITH CHECK (created_by = (SELECT auth.uid()) AND (SELECT auth.jwt() ->> 'aal') = 'aal2');`,
    },
    {
      name: 'auth.uid() inside an uncorrelated IN subquery runs once per query',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (SELECT workspace_id FROM public.workspace_members WHERE user_id = auth.uid()));`,
    },
    {
      name: 'current_setting wrapped',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "tenant from setting" ON public.projects FOR SELECT
  USING (workspace_id = (SELECT current_setting('app.workspace_id', true))::uuid);`,
    },
  ],
  invalid: [
    {
      name: 'auth.uid() compared directly',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "creators read projects" ON public.projects FOR SELECT TO authenticated
  USING (created_by = auth.uid());`,
      errors: [
        {
          line: 1,
          severity: 'warning',
          message:
            'Policy "creators read projects" on public.projects calls auth.uid() for every row it checks: a scan of public.projects evaluates it once per row instead of once per query',
          fix: '-- in ALTER POLICY "creators read projects" ON public.projects, wrap each call in a scalar subquery',
        },
      ],
    },
    {
      name: 'several calls in USING and WITH CHECK, reported once',
      history: [WORKSPACE_SCHEMA],
      sql: `-- creators edit their projects
CREATE POLICY "creators edit projects" ON public.projects FOR UPDATE TO authenticated
  USING (created_by = auth.uid() AND auth.role() = 'authenticated')
  WITH CHECK (created_by = auth.uid());`,
      errors: [
        {
          line: 2,
          severity: 'warning',
          message: 'calls auth.uid() (2×), auth.role() for every row it checks',
          fix: '--   auth.uid()  ->  (SELECT auth.uid())',
        },
      ],
    },
    {
      name: 'auth.uid() inside a correlated EXISTS runs for every row',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (EXISTS (SELECT 1 FROM public.workspace_members m
    WHERE m.workspace_id = projects.workspace_id AND m.user_id = auth.uid()));`,
      errors: [
        {
          line: 1,
          severity: 'warning',
          message:
            'Policy "members read projects" on public.projects calls auth.uid() for every row',
        },
      ],
    },
    {
      name: 'current_setting and auth.jwt() in an ALTER POLICY',
      history: [
        WORKSPACE_SCHEMA,
        'CREATE POLICY "tenant from setting" ON public.projects FOR SELECT USING (false);',
      ],
      sql: `ALTER POLICY "tenant from setting" ON public.projects
  USING (workspace_id = current_setting('app.workspace_id')::uuid OR (auth.jwt() ->> 'role') = 'support');`,
      errors: [
        {
          line: 1,
          severity: 'warning',
          message: 'calls current_setting(...), auth.jwt() for every row it checks',
          fix: '--   current_setting(...)  ->  (SELECT current_setting(...))',
        },
      ],
    },
  ],
};
