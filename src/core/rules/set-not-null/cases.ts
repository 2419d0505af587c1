import type { RuleCases } from '../rule-cases.ts';

const projects = `CREATE TABLE public.projects (
  id bigint PRIMARY KEY,
  workspace_id uuid,
  owner_id uuid,
  archived_at timestamptz
);`;

const checkNotValid = `ALTER TABLE public.projects
  ADD CONSTRAINT projects_workspace_id_not_null CHECK (workspace_id IS NOT NULL) NOT VALID;`;

const validate = 'ALTER TABLE public.projects VALIDATE CONSTRAINT projects_workspace_id_not_null;';

const setNotNull = 'ALTER TABLE public.projects ALTER COLUMN workspace_id SET NOT NULL;';

const renameToTeam = 'ALTER TABLE public.projects RENAME COLUMN workspace_id TO team_id;';

export const cases: RuleCases = {
  valid: [
    {
      name: 'after a CHECK added NOT VALID and validated in earlier migrations (Postgres 15)',
      history: [projects, checkNotValid, validate],
      sql: setNotNull,
    },
    {
      name: 'VALIDATE earlier in the same file counts from then on',
      history: [projects, checkNotValid],
      sql: `${validate}
${setNotNull}
ALTER TABLE public.projects DROP CONSTRAINT projects_workspace_id_not_null;`,
    },
    {
      name: 'a validated CHECK with IS NOT NULL as one term of an AND',
      history: [
        projects,
        `ALTER TABLE public.projects ADD CONSTRAINT projects_owner_present
  CHECK (owner_id IS NOT NULL AND owner_id <> '00000000-0000-0000-0000-000000000000') NOT VALID;`,
        'ALTER TABLE public.projects VALIDATE CONSTRAINT projects_owner_present;',
      ],
      sql: 'ALTER TABLE public.projects ALTER COLUMN owner_id SET NOT NULL;',
    },
    {
      name: 'the validated CHECK follows its column through RENAME COLUMN (Postgres keeps it by attnum)',
      history: [projects, checkNotValid, validate, renameToTeam],
      sql: 'ALTER TABLE public.projects ALTER COLUMN team_id SET NOT NULL;',
    },
    {
      name: 'VALIDATE, then RENAME COLUMN, then SET NOT NULL in one file',
      history: [projects, checkNotValid],
      sql: `${validate}
${renameToTeam}
ALTER TABLE public.projects ALTER COLUMN team_id SET NOT NULL;`,
    },
    {
      name: 'two columns swap names: each CHECK follows its own column',
      history: [
        projects,
        checkNotValid,
        validate,
        `ALTER TABLE public.projects RENAME COLUMN workspace_id TO tmp;
ALTER TABLE public.projects RENAME COLUMN owner_id TO workspace_id;
ALTER TABLE public.projects RENAME COLUMN tmp TO owner_id;`,
      ],
      sql: 'ALTER TABLE public.projects ALTER COLUMN owner_id SET NOT NULL;',
    },
    {
      name: 'the validated CHECK follows its table through RENAME TO',
      history: [projects, checkNotValid, validate, 'ALTER TABLE public.projects RENAME TO boards;'],
      sql: 'ALTER TABLE public.boards ALTER COLUMN workspace_id SET NOT NULL;',
    },
    {
      name: 'the validated CHECK follows its table through SET SCHEMA',
      history: [
        projects,
        checkNotValid,
        validate,
        'CREATE SCHEMA app;\nALTER TABLE public.projects SET SCHEMA app;',
      ],
      sql: 'ALTER TABLE app.projects ALTER COLUMN workspace_id SET NOT NULL;',
    },
    {
      name: 'a table created earlier in the same file and renamed since',
      sql: `CREATE TABLE public.invoices (id bigint PRIMARY KEY, workspace_id uuid);
ALTER TABLE public.invoices RENAME TO bills;
ALTER TABLE public.bills RENAME COLUMN workspace_id TO team_id;
ALTER TABLE public.bills ALTER COLUMN team_id SET NOT NULL;`,
    },
    {
      name: 'a table created earlier in the same file',
      sql: `CREATE TABLE public.invoices (id bigint PRIMARY KEY, workspace_id uuid);
ALTER TABLE public.invoices ALTER COLUMN workspace_id SET NOT NULL;`,
    },
    {
      name: 'a column that is already NOT NULL',
      history: [projects],
      sql: 'ALTER TABLE public.projects ALTER COLUMN id SET NOT NULL;',
    },
    {
      name: 'Postgres 18 NOT NULL ... NOT VALID checks no rows',
      history: [projects],
      options: { pgVersion: 18 },
      sql: 'ALTER TABLE public.projects ADD CONSTRAINT projects_owner_nn NOT NULL owner_id NOT VALID;',
    },
  ],
  invalid: [
    {
      name: 'plain SET NOT NULL on a table from an earlier migration',
      history: [projects],
      sql: `-- every project belongs to a workspace now
ALTER TABLE public.projects
  ALTER COLUMN workspace_id SET NOT NULL;`,
      errors: [
        {
          line: 2,
          severity: 'error',
          message:
            'SET NOT NULL on public.projects.workspace_id reads every row of the existing table to prove there is no NULL, holding an ACCESS EXCLUSIVE lock',
          fix: /^ALTER TABLE public\.projects ADD CONSTRAINT projects_workspace_id_not_null CHECK \(workspace_id IS NOT NULL\) NOT VALID;\n.*\nALTER TABLE public\.projects VALIDATE CONSTRAINT projects_workspace_id_not_null;\n/,
        },
      ],
    },
    {
      name: 'a column added by this file with no default and never filled: every row is NULL, the statement fails',
      history: [projects],
      sql: `ALTER TABLE public.projects ADD COLUMN category_id uuid;
ALTER TABLE public.projects ALTER COLUMN category_id SET NOT NULL;
ALTER TABLE public.projects ADD COLUMN priority int;
UPDATE public.projects SET priority = 0;
ALTER TABLE public.projects ALTER COLUMN priority SET NOT NULL;`,
      errors: [
        {
          line: 2,
          message:
            /^SET NOT NULL on public\.projects\.category_id, a column this file added without a default and has not filled: every existing row holds NULL in it, so the statement fails at the first row/,
        },
        { line: 5, message: /reads every row of the existing table to prove there is no NULL/ },
      ],
    },
    {
      name: 'the same validated CHECK does not help on Postgres 11',
      history: [projects, checkNotValid, validate],
      options: { pgVersion: 11 },
      sql: setNotNull,
      errors: [
        {
          line: 1,
          severity: 'error',
          message: '(Postgres 11 ignores the validated CHECK projects_workspace_id_not_null;',
          fix: '-- Postgres 11 always scans for SET NOT NULL.',
        },
      ],
    },
    {
      name: 'a CHECK still NOT VALID proves nothing',
      history: [projects, checkNotValid],
      sql: setNotNull,
      errors: [
        {
          line: 1,
          severity: 'error',
          message:
            '(CHECK projects_workspace_id_not_null is still NOT VALID here, so it proves nothing)',
          fix: 'ALTER TABLE public.projects VALIDATE CONSTRAINT projects_workspace_id_not_null;',
        },
      ],
    },
    {
      name: 'a CHECK that does not say IS NOT NULL',
      history: [
        projects,
        "ALTER TABLE public.projects ADD CONSTRAINT projects_archived_recent CHECK (archived_at > now() - interval '10 years');",
      ],
      sql: 'ALTER TABLE public.projects ALTER COLUMN archived_at SET NOT NULL;',
      lines: [1],
    },
    {
      name: 'Postgres 18 ADD CONSTRAINT ... NOT NULL without NOT VALID scans like SET NOT NULL',
      history: [projects],
      options: { pgVersion: 18 },
      sql: 'ALTER TABLE public.projects ADD CONSTRAINT projects_owner_nn NOT NULL owner_id;',
      errors: [
        {
          line: 1,
          severity: 'error',
          message: 'ADD CONSTRAINT ... NOT NULL on public.projects.owner_id reads every row',
          fix: 'ADD CONSTRAINT projects_owner_id_not_null NOT NULL owner_id NOT VALID;',
        },
      ],
    },
    {
      name: 'SET NOT NULL over a Postgres 18 NOT VALID not-null constraint validates it with the scan',
      history: [
        projects,
        'ALTER TABLE public.projects ADD CONSTRAINT projects_owner_nn NOT NULL owner_id NOT VALID;',
      ],
      options: { pgVersion: 18 },
      sql: 'ALTER TABLE public.projects ALTER COLUMN owner_id SET NOT NULL;',
      errors: [
        {
          line: 1,
          severity: 'error',
          message: '(it validates the NOT VALID constraint projects_owner_nn under that lock)',
          fix: 'ALTER TABLE public.projects VALIDATE CONSTRAINT projects_owner_nn;',
        },
      ],
    },
    {
      name: 'after RENAME COLUMN the CHECK proves the new name, not a column added under the old one',
      history: [
        projects,
        checkNotValid,
        validate,
        renameToTeam,
        'ALTER TABLE public.projects ADD COLUMN workspace_id uuid;',
      ],
      sql: setNotNull,
      errors: [
        { line: 1, severity: 'error', message: 'SET NOT NULL on public.projects.workspace_id' },
      ],
    },
    {
      name: 'a validated CHECK on another column does not follow a rename to this one',
      history: [
        projects,
        checkNotValid,
        validate,
        'ALTER TABLE public.projects RENAME COLUMN owner_id TO owner;',
      ],
      sql: 'ALTER TABLE public.projects ALTER COLUMN owner SET NOT NULL;',
      lines: [1],
    },
    {
      name: 'a CHECK still NOT VALID proves nothing after RENAME COLUMN either',
      history: [projects, checkNotValid, renameToTeam],
      sql: 'ALTER TABLE public.projects ALTER COLUMN team_id SET NOT NULL;',
      errors: [
        {
          line: 1,
          message:
            '(CHECK projects_workspace_id_not_null is still NOT VALID here, so it proves nothing)',
        },
      ],
    },
    {
      name: 'a CHECK dropped before the rename proves nothing',
      history: [
        projects,
        checkNotValid,
        validate,
        'ALTER TABLE public.projects DROP CONSTRAINT projects_workspace_id_not_null;',
        renameToTeam,
      ],
      sql: 'ALTER TABLE public.projects ALTER COLUMN team_id SET NOT NULL;',
      lines: [1],
    },
    {
      name: 'the table renamed away and a new one created under its name in this file: the old one still scans',
      history: [projects],
      sql: `ALTER TABLE public.projects RENAME TO projects_old;
CREATE TABLE public.projects (id bigint PRIMARY KEY, workspace_id uuid);
ALTER TABLE public.projects ALTER COLUMN workspace_id SET NOT NULL;
ALTER TABLE public.projects_old ALTER COLUMN workspace_id SET NOT NULL;`,
      lines: [4],
    },
    {
      name: 'a table the migrations do not know',
      sql: 'ALTER TABLE ONLY public.profiles ALTER COLUMN email SET NOT NULL;',
      lines: [1],
    },
  ],
};
