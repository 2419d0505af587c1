import type { RuleCases } from '../rule-cases.ts';
import { MEMBER_OF, WORKSPACE_SCHEMA } from '../tenancy-policy-fixtures.ts';

export const cases: RuleCases = {
  valid: [
    {
      name: 'role taken from app_metadata (only the server can set it)',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "staff read plans" ON public.plans FOR SELECT TO authenticated
  USING ((SELECT auth.jwt() -> 'app_metadata' ->> 'role') = 'staff');`,
    },
    {
      name: 'raw_app_meta_data from auth.users',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "staff read plans" ON public.plans FOR SELECT TO authenticated
  USING (EXISTS (SELECT 1 FROM auth.users u
    WHERE u.id = (SELECT auth.uid()) AND u.raw_app_meta_data ->> 'role' = 'staff'));`,
    },
    {
      name: 'membership table, no metadata at all',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "members read projects" ON public.projects FOR SELECT TO authenticated
  USING (workspace_id IN (${MEMBER_OF}));`,
    },
    {
      name: 'a column that merely mentions metadata in a comparison value',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "read named plans" ON public.plans FOR SELECT
  USING (code <> 'user_metadata_export');`,
    },
  ],
  invalid: [
    {
      name: 'workspace taken from user_metadata in the JWT',
      history: [WORKSPACE_SCHEMA],
      sql: `CREATE POLICY "tenant from token" ON public.projects FOR ALL TO authenticated
  USING (workspace_id = ((SELECT auth.jwt()) -> 'user_metadata' ->> 'workspace_id')::uuid);`,
      lines: [1],
    },
    {
      name: 'admin flag read from auth.users.raw_user_meta_data',
      history: [WORKSPACE_SCHEMA],
      sql: `-- admins see every project
CREATE POLICY "admins read projects" ON public.projects FOR SELECT TO authenticated
  USING (EXISTS (SELECT 1 FROM auth.users u
    WHERE u.id = (SELECT auth.uid()) AND u.raw_user_meta_data ->> 'is_admin' = 'true'));`,
      lines: [2],
    },
    {
      name: 'a JSON path through user_metadata (#>>), in ALTER POLICY',
      history: [
        WORKSPACE_SCHEMA,
        'CREATE POLICY "staff edit plans" ON public.plans FOR UPDATE TO authenticated USING (false);',
      ],
      sql: `ALTER POLICY "staff edit plans" ON public.plans
  USING ((SELECT auth.jwt() #>> '{user_metadata,role}') = 'staff');`,
      lines: [1],
    },
    {
      name: 'inside a DO block guard',
      history: [WORKSPACE_SCHEMA],
      sql: `DO $$
BEGIN
  CREATE POLICY "beta readers" ON public.plans FOR SELECT
    USING ((auth.jwt() -> 'user_metadata' ->> 'beta') = 'yes');
EXCEPTION WHEN duplicate_object THEN NULL;
END
$$;`,
      lines: [3],
    },
  ],
};
