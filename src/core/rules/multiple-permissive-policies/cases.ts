import type { RuleCases } from '../rule-cases.ts';
import { MEMBER_OF, WORKSPACE_SCHEMA } from '../tenancy-policy-fixtures.ts';

export const cases: RuleCases = {
  valid: [
    {
      name: 'one policy per command',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));
CREATE POLICY "members add projects" ON public.projects FOR INSERT TO authenticated
  WITH CHECK (workspace_id IN (${MEMBER_OF}));`,
    },
    {
      name: 'same command for different roles (anon and authenticated)',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "visitors read plans" ON public.plans FOR SELECT TO anon USING (true);
CREATE POLICY "users read plans" ON public.plans FOR SELECT TO authenticated USING (true);`,
    },
    {
      name: 'a permissive policy beside a restrictive one (they are AND-ed, not OR-ed)',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));
CREATE POLICY "mfa required" ON public.projects AS RESTRICTIVE FOR ALL TO authenticated
  USING ((SELECT auth.jwt() ->> 'aal') = 'aal2');`,
    },
    {
      name: 'an overlap from earlier files is not reported when this file touches another table',
      history: [
        WORKSPACE_SCHEMA,
        `CREATE POLICY "a" ON public.plans FOR SELECT USING (true);
CREATE POLICY "b" ON public.plans FOR SELECT USING (true);`,
      ],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));`,
    },
    {
      name: 'a service_role policy beside an authenticated one',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "backend" ON public.projects FOR ALL TO service_role USING (true);
CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));`,
    },
    {
      name: 'a DO block dropping every policy of the schema through pg_policies, then one per command',
      history: [
        WORKSPACE_SCHEMA,
        `CREATE POLICY "old read" ON public.projects FOR SELECT TO authenticated USING (workspace_id IN (${MEMBER_OF}));
CREATE POLICY "old read 2" ON public.projects FOR SELECT TO authenticated USING (true);`,
      ],
      sql: `DO $$
DECLARE pol record;
BEGIN
  FOR pol IN
    SELECT schemaname, tablename, policyname FROM pg_policies WHERE schemaname = 'public'
  LOOP
    EXECUTE format('DROP POLICY IF EXISTS %I ON %I.%I', pol.policyname, pol.schemaname, pol.tablename);
  END LOOP;
END $$;
CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));`,
    },
  ],
  invalid: [
    {
      name: 'an ALL policy and a SELECT policy for the same role',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "members manage projects" ON public.projects FOR ALL TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));
CREATE POLICY "creators read projects" ON public.projects FOR SELECT TO authenticated
  USING (created_by = (SELECT auth.uid()));`,
      lines: [3],
    },
    {
      name: 'a policy for public overlaps with one for authenticated',
      history: [
        WORKSPACE_SCHEMA,
        'CREATE POLICY "everyone reads plans" ON public.plans FOR SELECT USING (true);',
      ],
      sql: 'CREATE POLICY "users read plans" ON public.plans FOR SELECT TO authenticated USING (true);',
      lines: [1],
    },
    {
      name: 'two public policies, reported once at the last one the file creates',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "read open plans" ON public.plans FOR SELECT USING (monthly_price_cents = 0);
CREATE POLICY "read all plans" ON public.plans FOR SELECT USING (true);`,
      lines: [2],
    },
    {
      name: 'the overlap is reported at the policy this file adds, not the older one',
      history: [
        WORKSPACE_SCHEMA,
        `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));`,
      ],
      sql: `CREATE INDEX projects_created_by_idx ON public.projects (created_by);
CREATE POLICY "creators read projects" ON public.projects FOR SELECT TO authenticated
  USING (created_by = (SELECT auth.uid()));`,
      lines: [2],
    },
    {
      name: 'a pg_policies loop filtered on a policy name or another table drops nothing the model can tell',
      history: [
        WORKSPACE_SCHEMA,
        `CREATE POLICY "old read" ON public.projects FOR SELECT TO authenticated USING (workspace_id IN (${MEMBER_OF}));`,
      ],
      sql: `DO $$
DECLARE pol record;
BEGIN
  FOR pol IN SELECT policyname FROM pg_policies WHERE tablename = 'projects' AND policyname LIKE 'tmp_%' LOOP
    EXECUTE format('DROP POLICY %I ON public.projects', pol.policyname);
  END LOOP;
  FOR pol IN SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename IN ('workspaces') LOOP
    EXECUTE format('DROP POLICY %I ON public.workspaces', pol.policyname);
  END LOOP;
END $$;
CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));`,
      lines: [11],
    },
    {
      name: 'a pg_policies loop that only mentions DROP POLICY (a message, a comment) drops nothing',
      history: [
        WORKSPACE_SCHEMA,
        `CREATE POLICY "old read" ON public.projects FOR SELECT TO authenticated USING (workspace_id IN (${MEMBER_OF}));`,
      ],
      sql: `DO $$
DECLARE pol record;
BEGIN
  FOR pol IN SELECT policyname FROM pg_policies WHERE schemaname = 'public' LOOP
    EXECUTE format('SELECT %L /* DROP POLICY */', 'DROP POLICY ' || pol.policyname);
  END LOOP;
END $$;
CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));`,
      lines: [8],
    },
  ],
};
