import { beforeAll, describe, expect, it } from 'vitest';
import { notNullCheck } from '../src/core/schema/not-null-proof.ts';
import { loadParser } from '../src/core/sql/parse-sql.ts';
import { replay } from './support/replay-sql.ts';

const projects = 'CREATE TABLE public.projects (id bigint PRIMARY KEY, owner_id uuid, name text);';

beforeAll(loadParser);

describe('Postgres 18 NOT NULL ... NOT VALID in the schema model', () => {
  it('marks the column NOT NULL with a pending validation until VALIDATE CONSTRAINT', () => {
    const model = replay(`${projects}
ALTER TABLE public.projects ADD CONSTRAINT projects_owner_nn NOT NULL owner_id NOT VALID;`);
    const column = model.column('public.projects', 'owner_id');
    expect(column?.notNull).toBe(true);
    expect(column?.notNullPending?.constraint).toBe('projects_owner_nn');

    replay('ALTER TABLE public.projects VALIDATE CONSTRAINT projects_owner_nn;', model);
    expect(model.column('public.projects', 'owner_id')?.notNullPending).toBeUndefined();
  });

  it('is cleared by SET NOT NULL and DROP NOT NULL, and never set on a validated add', () => {
    const model = replay(`${projects}
ALTER TABLE public.projects ADD CONSTRAINT projects_owner_nn NOT NULL owner_id NOT VALID;
ALTER TABLE public.projects ALTER COLUMN owner_id SET NOT NULL;
ALTER TABLE public.projects ADD CONSTRAINT projects_name_nn NOT NULL name;`);
    expect(model.column('public.projects', 'owner_id')?.notNullPending).toBeUndefined();
    expect(model.column('public.projects', 'name')?.notNullPending).toBeUndefined();
    expect(model.column('public.projects', 'name')?.notNull).toBe(true);
  });
});

describe('notNullCheck', () => {
  it('finds col IS NOT NULL alone or as a term of an AND, preferring a validated one', () => {
    const model = replay(`${projects}
ALTER TABLE public.projects ADD CONSTRAINT a CHECK (owner_id IS NOT NULL) NOT VALID;
ALTER TABLE public.projects ADD CONSTRAINT b CHECK (name <> '' AND (owner_id IS NOT NULL AND id > 0));`);
    const table = model.table('public.projects');
    if (!table) throw new Error('table missing from the model');
    expect(notNullCheck(table, 'owner_id')?.name).toBe('b');
    expect(notNullCheck(table, 'name')).toBeUndefined();
  });

  it('does not take OR, NOT or a comparison as proof', () => {
    const model = replay(`${projects}
ALTER TABLE public.projects ADD CONSTRAINT a CHECK (owner_id IS NOT NULL OR id < 0);
ALTER TABLE public.projects ADD CONSTRAINT b CHECK (NOT (owner_id IS NULL));
ALTER TABLE public.projects ADD CONSTRAINT c CHECK (length(name) > 0);`);
    const table = model.table('public.projects');
    if (!table) throw new Error('table missing from the model');
    expect(notNullCheck(table, 'owner_id')).toBeUndefined();
    expect(notNullCheck(table, 'name')).toBeUndefined();
  });
});
