import type { RuleCases } from '../rule-cases.ts';

const documents = `CREATE TABLE public.documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workspace_id uuid NOT NULL,
  title text NOT NULL
);`;

const membersOnly = `CREATE POLICY documents_members ON public.documents FOR ALL TO authenticated
  USING (workspace_id IN (SELECT workspace_id FROM public.workspace_members WHERE user_id = (SELECT auth.uid())))
  WITH CHECK (workspace_id IN (SELECT workspace_id FROM public.workspace_members WHERE user_id = (SELECT auth.uid())));`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'policy and ENABLE ROW LEVEL SECURITY in the same file',
      sql: `${documents}
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;
${membersOnly}`,
    },
    {
      name: 'pg_dump order: ENABLE comes after the policies',
      sql: `${documents}
${membersOnly}
ALTER TABLE ONLY public.documents ENABLE ROW LEVEL SECURITY;`,
    },
    {
      name: 'a policy added to a table whose RLS an earlier file enabled',
      history: [`${documents}\nALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;`],
      sql: membersOnly,
    },
    {
      name: 'RLS disabled and the policies dropped together',
      history: [
        `${documents}\nALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;\n${membersOnly}`,
      ],
      sql: `DROP POLICY documents_members ON public.documents;
ALTER TABLE public.documents DISABLE ROW LEVEL SECURITY;`,
    },
  ],
  invalid: [
    {
      name: 'policy written, RLS never enabled (reported at the policy)',
      sql: `${documents}
${membersOnly}`,
      lines: [6],
    },
    {
      name: 'RLS disabled on an existing table that keeps its policies',
      history: [
        `${documents}\nALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;\n${membersOnly}`,
      ],
      sql: `-- temporary, to debug an import
ALTER TABLE public.documents DISABLE ROW LEVEL SECURITY;`,
      lines: [2],
    },
    {
      name: 'a policy added to a table an earlier file created without RLS',
      history: [documents],
      sql: `ALTER TABLE public.documents ADD COLUMN body text;
${membersOnly}`,
      lines: [2],
    },
    {
      name: 'outside the exposed schemas the policies are just as inert',
      sql: `CREATE SCHEMA private;
CREATE TABLE private.exports (id bigint PRIMARY KEY, workspace_id uuid NOT NULL);
CREATE POLICY exports_owner ON private.exports USING (workspace_id = (SELECT (auth.jwt() ->> 'workspace_id')::uuid));`,
      lines: [3],
    },
  ],
  sameProblem: [
    {
      name: 'RLS disabled on a public table with policies: one finding, rls-disabled listed as also',
      history: [
        `${documents}\nALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;\n${membersOnly}`,
      ],
      sql: 'ALTER TABLE public.documents DISABLE ROW LEVEL SECURITY;',
      findings: [{ rule: 'policy-exists-rls-disabled', line: 1, also: ['rls-disabled'] }],
    },
    {
      name: 'reported on different statements: not merged',
      history: [documents],
      sql: `ALTER TABLE public.documents ADD COLUMN body text;
${membersOnly}`,
      findings: [
        { rule: 'rls-disabled', line: 1 },
        { rule: 'policy-exists-rls-disabled', line: 2 },
      ],
    },
  ],
};
