import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../src/core/apply/apply-migrations.ts';
import { validateApplyRequest } from '../src/core/deploy/validate-request.ts';
import {
  type MigrationFile,
  migrationFile,
  sha256Hex,
} from '../src/core/migrations/migration-file.ts';
import { loadParser } from '../src/core/sql/parse-sql.ts';
import { PgDatabase } from '../src/staging/pg-database.ts';
import { type PgCluster, startPgCluster } from './support/pg-cluster.ts';
import { lintLast } from './support/trace-target.ts';

/**
 * One definition of a valid version and name: request validation (what the edge function runs
 * on a body), the CLI's file reader (with `migration-filename`) and the apply engine agree on
 * every entry.
 */
interface IdentityCase {
  label: string;
  version: string;
  name: string;
  valid: boolean;
}

const NAME = 'create_members';
let unique = 0;
const nextVersion = () => `2024060100${String(++unique).padStart(4, '0')}`;

const versions: Array<[string, string, boolean]> = [
  ['a timestamp', '20240601120000', true],
  ['one digit', '7', true],
  ['leading zeros', '0001', true],
  ['32 digits', '1'.repeat(32), true],
  ['empty', '', false],
  ['33 digits', '2'.repeat(33), false],
  ['100,000 digits', '9'.repeat(100_000), false],
  ['Arabic-Indic digits', '١٢٣', false],
  ['fullwidth digits', '１２３', false],
  ['a dash', '2024-06-01', false],
  ['a sign', '-1', false],
  ['a leading space', ' 20240601120000', false],
  ['a letter', '2024a', false],
];

const names: Array<[string, string, boolean]> = [
  ['snake case', 'create_members', true],
  ['empty', '', true],
  ['spaces', 'add members table', true],
  ['non-ASCII letters', 'ajouter_élèves_名前', true],
  ['dots', 'v1.2_fix.sql', true],
  ['200 ASCII characters', 'a'.repeat(200), true],
  ['200 bytes of two-byte characters', 'é'.repeat(100), true],
  ['U+2028', 'add\u2028members', false],
  ['U+2029', 'add\u2029members', false],
  ['U+0000', 'add\u0000members', false],
  ['a newline', 'add\nmembers', false],
  ['a carriage return', 'add\rmembers', false],
  ['a tab', 'add\tmembers', false],
  ['DEL', 'add\u007fmembers', false],
  ['a C1 control (NEL)', 'add\u0085members', false],
  ['a slash', 'nested/create_members', false],
  ['a backslash', 'nested\\create_members', false],
  ['an unpaired surrogate', 'add\ud800members', false],
  ['201 ASCII characters', 'a'.repeat(201), false],
  ['202 bytes of two-byte characters', 'é'.repeat(101), false],
  ['very long', 'x'.repeat(100_000), false],
];

const cases: IdentityCase[] = [
  ...versions.map(([label, version, valid]) => ({
    label: `version: ${label}`,
    version,
    name: NAME,
    valid,
  })),
  ...names.map(([label, name, valid]) => ({
    label: `name: ${label}`,
    version: nextVersion(),
    name,
    valid,
  })),
];

const SQL = 'select 1;';

async function acceptedByValidation(c: IdentityCase): Promise<boolean> {
  const result = validateApplyRequest({
    deploymentId: 'identity-table',
    repository: 'acme/app',
    commit: 'a'.repeat(40),
    migrations: [{ version: c.version, name: c.name, sha256: await sha256Hex(SQL), sql: SQL }],
  });
  return result.ok;
}

/** The CLI's reader: the file is a migration with this version and name, or it is reported. */
async function acceptedByFileReader(c: IdentityCase): Promise<boolean> {
  const file = await migrationFile(`supabase/migrations/${c.version}_${c.name}.sql`, SQL, 'added');
  const reported = lintLast([file]).some((f) => f.rule === 'migration-filename');
  const read = file.version === c.version && file.name === c.name;
  // Exactly one of the two: a file is either read as a migration or reported as misnamed.
  expect(read).toBe(!reported);
  return read;
}

describe('migration versions and names', () => {
  let cluster: PgCluster | undefined;
  let db: PgDatabase | undefined;
  beforeAll(async () => {
    await loadParser();
    cluster = await startPgCluster();
    db = await PgDatabase.connect({ url: cluster.url });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await cluster?.stop();
  });

  /** The engine, given the file as a caller that skipped the reader would build it. */
  async function acceptedByEngine(c: IdentityCase): Promise<boolean> {
    if (!db) throw new Error('no database');
    const file: MigrationFile = {
      path: `supabase/migrations/${c.version.slice(0, 40)}_${c.name.slice(0, 40)}.sql`,
      fileName: `${c.version}_${c.name}.sql`,
      version: c.version,
      name: c.name,
      sql: SQL,
      sha256: await sha256Hex(SQL),
      status: 'added',
    };
    const [result] = await applyMigrations(db, [{ file }], { record: true });
    if (!result) throw new Error('applyMigrations returned no result');
    if (result.status === 'refused') {
      expect(result.failure?.message).toMatch(/the (version|name) /);
      expect(result.statements.every((s) => s.status === 'not-run')).toBe(true);
      return false;
    }
    expect(result).toMatchObject({ status: 'applied', recorded: true });
    return true;
  }

  it.each(cases.map((c) => [c.label, c] as const))('%s', async (_label, c) => {
    const verdicts = {
      validation: await acceptedByValidation(c),
      fileReader: await acceptedByFileReader(c),
      engine: await acceptedByEngine(c),
    };
    expect(verdicts).toEqual({ validation: c.valid, fileReader: c.valid, engine: c.valid });
  });

  it('records nothing for the refused ones', async () => {
    if (!db) throw new Error('no database');
    const { rows } = await db.query<{ version: string }>(
      'select version from supabase_migrations.schema_migrations order by version',
    );
    const valid = cases.filter((c) => c.valid).map((c) => c.version);
    expect(rows.map((r) => r.version).sort()).toEqual([...valid].sort());
  });
});
