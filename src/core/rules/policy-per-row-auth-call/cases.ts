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
      name: 'a wrapped expression over a call, and a wrapped call inside a correlated EXISTS',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "support reads projects" ON public.projects FOR SELECT TO authenticated
  USING ((SELECT auth.jwt() ->> 'user_role') = 'support');
CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (EXISTS (SELECT 1 FROM public.workspace_members m
    WHERE m.workspace_id = projects.workspace_id AND m.user_id = (SELECT auth.uid())));`,
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
            'Policy "members read projects" on public.projects calls auth.uid() inside a sub-SELECT that scans a table',
        },
      ],
    },
    {
      name: 'auth.uid() bare inside an uncorrelated IN subquery runs once per membership row',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (SELECT workspace_id FROM public.workspace_members WHERE user_id = auth.uid()));`,
      errors: [
        {
          line: 1,
          severity: 'warning',
          message:
            'Policy "members read projects" on public.projects calls auth.uid() inside a sub-SELECT that scans a table: Postgres evaluates it once for every row that sub-SELECT reads instead of once per query',
          fix: 'also inside sub-SELECTs',
        },
      ],
    },
    {
      name: "uncorrelated EXISTS on the caller's profile, next to a bare call on the row",
      history: [
        WORKSPACE_SCHEMA,
        'CREATE TABLE public.profiles (id uuid PRIMARY KEY, agreed_terms boolean NOT NULL DEFAULT false);',
      ],
      sql: `CREATE POLICY "creators who agreed add projects" ON public.projects FOR INSERT TO authenticated
  WITH CHECK (
    created_by = auth.uid()
    AND EXISTS (SELECT 1 FROM public.profiles p WHERE p.id = auth.uid() AND p.agreed_terms)
  );`,
      errors: [
        {
          line: 1,
          message:
            'calls auth.uid() (2×) for every row it checks, some inside a sub-SELECT that scans a table',
        },
      ],
    },
    {
      name: 'a call passed to a set-returning function in a sub-SELECT, as the advisor reads it',
      history: [
        WORKSPACE_SCHEMA,
        `CREATE FUNCTION public.workspaces_of(member uuid) RETURNS SETOF uuid LANGUAGE sql STABLE SET search_path = ''
AS $$ SELECT m.workspace_id FROM public.workspace_members m WHERE m.user_id = member $$;`,
      ],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT
  USING (workspace_id IN (SELECT w FROM public.workspaces_of(auth.uid()) AS w));`,
      errors: [{ line: 1, message: 'calls auth.uid() inside a sub-SELECT' }],
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
