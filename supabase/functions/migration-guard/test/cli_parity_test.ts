import { CLI_PARITY_CORPUS } from '../../../../test/support/cli-parity-corpus.ts';
import type { ApplyMigration } from '@core/deploy/protocol.ts';
import { loadParser } from '@core/sql/parse-sql.ts';
import { assert, assertEquals } from './assertions.ts';
import {
  applyBody,
  call,
  clusterTest,
  createTestDatabase,
  type Handler,
  handlerFor,
  migration,
  statusOf,
  withDatabase,
} from './deploy-harness.ts';

/**
 * Golden tests against the real Supabase CLI (npm package `supabase`, whose platform package
 * ships the binary): the same files applied by `supabase migration up` on one database and by
 * the function's handler on another database of the same PostgreSQL 15 cluster leave identical
 * rows in `supabase_migrations.schema_migrations`; and `supabase migration repair` keeps
 * working with the function: after a repair and a re-apply of an edited file (by either side)
 * the function's next deployment is not refused. The CLI runs offline (`--remote=<url>`) from a
 * temporary project directory, each run in a process group of its own that is killed after it.
 */

const root = new URL('../../../../', import.meta.url).pathname;

/** The platform binary of the npm package (its `.bin/supabase` is a Node launcher for it). */
async function supabaseBinary(): Promise<string> {
  const arch = Deno.build.arch === 'aarch64' ? 'arm64' : 'x64';
  for (const suffix of [`linux-${arch}`, `linux-${arch}-musl`, `darwin-${arch}`]) {
    const path = `${root}node_modules/@supabase/cli-${suffix}/bin/supabase`;
    if (await exists(path)) return path;
  }
  return `${root}node_modules/.bin/supabase`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}

const corpus = CLI_PARITY_CORPUS;

const REPAIRED = '20240101000009';
const REPAIRED_FILE = '20240101000009_trailing_comments.sql';
const EDITED =
  'insert into public.ledger values (20);\ninsert into public.ledger values (21);\n-- edited after repair\n';

interface HistoryRow {
  version: string;
  name: string | null;
  statements: string[] | null;
}

/** A project directory: `supabase/migrations/` holding `files`, as a repository would. */
class Project {
  readonly files = new Map<string, string>();
  private constructor(readonly dir: string) {}

  static async create(files: Record<string, string>): Promise<Project> {
    const project = new Project(await Deno.makeTempDir({ prefix: 'mg-deno-cli-parity-' }));
    await Deno.mkdir(`${project.dir}/supabase/migrations`, { recursive: true });
    for (const [name, text] of Object.entries(files)) await project.write(name, text);
    return project;
  }

  async write(name: string, text: string): Promise<void> {
    this.files.set(name, text);
    await Deno.writeTextFile(`${this.dir}/supabase/migrations/${name}`, text);
  }

  /** The apply request's migrations: every file, in version order, as the Action sends them. */
  async migrations(): Promise<ApplyMigration[]> {
    const names = [...this.files.keys()].sort();
    return Promise.all(
      names.map((file) => {
        const match = /^([0-9]+)_(.*)\.sql$/.exec(file);
        if (!match?.[1] || match[2] === undefined) throw new Error(`not a migration: ${file}`);
        return migration(match[1], match[2], this.files.get(file) ?? '');
      }),
    );
  }

  async remove(): Promise<void> {
    await Deno.remove(this.dir, { recursive: true }).catch(() => undefined);
  }
}

/**
 * Run the real Supabase CLI in `project` (it writes `supabase/.temp/` there), in a process group
 * of its own (`setsid`) that is killed when it ends or runs over a minute.
 */
async function supabase(args: string[], project: Project): Promise<string> {
  const child = new Deno.Command('setsid', {
    args: [await supabaseBinary(), ...args, '--yes'],
    cwd: project.dir,
    env: { NO_COLOR: '1', DO_NOT_TRACK: '1', SUPABASE_TELEMETRY_DISABLED: '1' },
    stdin: 'null',
    stdout: 'piped',
    stderr: 'piped',
  }).spawn();
  const killGroup = () => {
    try {
      Deno.kill(-child.pid, 'SIGKILL');
    } catch {
      // The group is gone already.
    }
  };
  const timer = setTimeout(killGroup, 60_000);
  try {
    const result = await child.output();
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    const output = `${decode(result.stdout)}${decode(result.stderr)}`;
    if (!result.success) {
      throw new Error(`supabase ${args.join(' ')} failed (${result.code}):\n${output}`);
    }
    return output;
  } finally {
    clearTimeout(timer);
    killGroup();
  }
}

const cliUp = (url: string, project: Project) =>
  supabase(['migration', 'up', '--include-all', `--remote=${url}`], project);

const cliRepair = (
  url: string,
  project: Project,
  status: 'reverted' | 'applied',
  version: string,
) => supabase(['migration', 'repair', '--status', status, version, `--remote=${url}`], project);

let deployments = 0;

/** One deployment of the project's files through the handler, as the Action sends it. */
async function deploy(
  handler: Handler,
  project: Project,
  allowOutOfOrder = false,
): Promise<{ status: number; body: Record<string, unknown> }> {
  deployments++;
  return call(
    handler,
    'apply',
    applyBody(`cli-parity-${deployments}`, await project.migrations(), { allowOutOfOrder }),
  );
}

function assertSucceeded(result: { status: number; body: Record<string, unknown> }): void {
  const body = JSON.stringify(result.body);
  assertEquals(result.status, 200, body);
  assertEquals(result.body['status'], 'succeeded', body);
}

async function history(url: string): Promise<HistoryRow[]> {
  return withDatabase(url, async (db) => {
    const { rows } = await db.query<HistoryRow>(
      'SELECT version, name, statements FROM supabase_migrations.schema_migrations ORDER BY version',
    );
    return rows.map((r) => ({ version: r.version, name: r.name, statements: r.statements }));
  });
}

/** The function's `history` answer: version → sha256 (null: applied another way). */
async function checksums(handler: Handler): Promise<Map<string, string | null>> {
  const result = await call(handler, 'history', {});
  assertEquals(result.status, 200, JSON.stringify(result.body));
  const entries = result.body['migrations'] as { version: string; sha256: string | null }[];
  return new Map(entries.map((e) => [e.version, e.sha256]));
}

async function ledgerIds(url: string): Promise<number[]> {
  return withDatabase(url, async (db) => {
    const { rows } = await db.query<{ id: number }>('SELECT id FROM public.ledger ORDER BY id');
    return rows.map((r) => r.id);
  });
}

async function sha256Of(text: string): Promise<string> {
  return (await migration('1', 'x', text)).sha256;
}

clusterTest(
  'history rows are the Supabase CLI’s (supabase 3.x), and migration repair keeps working',
  async (cluster, t) => {
    await loadParser();
    const cliUrl = await createTestDatabase(cluster.url);
    const functionUrl = await createTestDatabase(cluster.url);
    const handler = handlerFor(functionUrl);
    const cliProject = await Project.create(corpus);
    const functionProject = await Project.create(corpus);
    try {
      await t.step('the tricky corpus is recorded row for row as `migration up` does', async () => {
        await cliUp(cliUrl, cliProject);
        assertSucceeded(await deploy(handler, functionProject));

        const expected = await history(cliUrl);
        assertEquals(expected.length, Object.keys(corpus).length);
        assertEquals(await history(functionUrl), expected);
        // What the CLI proved, spelled out.
        const byName = new Map(expected.map((r) => [r.name, r.statements]));
        assertEquals(byName.get('empty'), []);
        assertEquals(byName.get('semicolons_only'), []);
        assertEquals(byName.get('byte_order_mark'), [
          'create table public.bom_notes (id int primary key, body text)',
        ]);
        assertEquals(byName.get('double_semicolon'), [
          'create table public.ledger (id int)',
          'insert into public.ledger values (1)',
        ]);
        assertEquals(await ledgerIds(functionUrl), await ledgerIds(cliUrl));
      });

      await t.step(
        '`repair --status reverted`, an edited file and a new one: applied again alike',
        async () => {
          const later = '20240101000014_after_repair.sql';
          const laterSql = 'alter table public.ledger add column note text;\n';
          for (const [url, project] of [
            [cliUrl, cliProject],
            [functionUrl, functionProject],
          ] as const) {
            await cliRepair(url, project, 'reverted', REPAIRED);
            assert(
              !(await history(url)).some((r) => r.version === REPAIRED),
              `${REPAIRED} is gone from ${url}`,
            );
            await project.write(REPAIRED_FILE, EDITED);
            await project.write(later, laterSql);
          }
          await cliUp(cliUrl, cliProject);
          // The reverted version is older than production's newest: out of order, as
          // `--include-all` is for the CLI.
          const result = await deploy(handler, functionProject, true);
          assertSucceeded(result);
          assertEquals(
            statusOf(result.body).filter((s) => !s.endsWith(':skipped-already-applied')),
            [`${REPAIRED}:applied`, '20240101000014:applied'],
            JSON.stringify(result.body),
          );

          const expected = await history(cliUrl);
          assertEquals(expected.find((r) => r.version === REPAIRED)?.statements, [
            'insert into public.ledger values (20)',
            'insert into public.ledger values (21)',
            '-- edited after repair',
          ]);
          assertEquals(await history(functionUrl), expected);
          assertEquals(await ledgerIds(functionUrl), await ledgerIds(cliUrl));
          // The function replaced the version's checksum with the edited file's.
          assertEquals((await checksums(handler)).get(REPAIRED), await sha256Of(EDITED));
        },
      );

      await t.step('the following deployment is not refused; rows stay equal', async () => {
        const next = '20240101000015_next.sql';
        const nextSql = 'insert into public.ledger (id, note) values (30, $$a;b$$);\n';
        await cliProject.write(next, nextSql);
        await functionProject.write(next, nextSql);
        await cliUp(cliUrl, cliProject);
        const result = await deploy(handler, functionProject);
        assertSucceeded(result);
        assertEquals(
          statusOf(result.body).filter((s) => !s.endsWith(':skipped-already-applied')),
          ['20240101000015:applied'],
          JSON.stringify(result.body),
        );
        assertEquals(await history(functionUrl), await history(cliUrl));
        assertEquals(await ledgerIds(functionUrl), await ledgerIds(cliUrl));
      });
    } finally {
      await cliProject.remove();
      await functionProject.remove();
    }
  },
);

clusterTest(
  'the function applied a version, the CLI repaired and re-applied it edited: the next deployment is not refused',
  async (cluster, t) => {
    await loadParser();
    const url = await createTestDatabase(cluster.url);
    const handler = handlerFor(url);
    const project = await Project.create({
      '20240201000001_accounts.sql': 'create table public.accounts (id bigint primary key);\n',
      '20240201000002_seed.sql': 'insert into public.accounts values (1);\n',
      '20240201000003_notes.sql': 'create table public.notes (id bigint primary key);\n',
    });
    try {
      await t.step('the function applies every file', async () => {
        assertSucceeded(await deploy(handler, project));
        const sums = await checksums(handler);
        assertEquals(
          sums.get('20240201000002'),
          await sha256Of(project.files.get('20240201000002_seed.sql') ?? ''),
        );
      });

      await t.step('`repair --status reverted` + `migration up` of an edited file', async () => {
        await cliRepair(url, project, 'reverted', '20240201000002');
        const edited = 'insert into public.accounts values (2);\n-- edited after repair\n';
        await project.write('20240201000002_seed.sql', edited);
        await cliUp(url, project);
        const row = (await history(url)).find((r) => r.version === '20240201000002');
        assertEquals(row?.statements, [
          'insert into public.accounts values (2)',
          '-- edited after repair',
        ]);
        // The CLI applied it: the function's checksum of the old file no longer speaks for it.
        assertEquals((await checksums(handler)).get('20240201000002'), null);

        await project.write(
          '20240201000004_more_notes.sql',
          'alter table public.notes add column body text;\n',
        );
        const result = await deploy(handler, project);
        assertSucceeded(result);
        assertEquals(
          statusOf(result.body),
          [
            '20240201000001:skipped-already-applied',
            '20240201000002:skipped-already-applied',
            '20240201000003:skipped-already-applied',
            '20240201000004:applied',
          ],
          JSON.stringify(result.body),
        );
      });

      await t.step(
        '`repair --status reverted` + `repair --status applied` of an edited file',
        async () => {
          await cliRepair(url, project, 'reverted', '20240201000003');
          await project.write(
            '20240201000003_notes.sql',
            'create table public.notes (id bigint primary key);\n-- the table was there already\n',
          );
          await cliRepair(url, project, 'applied', '20240201000003');
          assert(
            (await history(url)).some((r) => r.version === '20240201000003'),
            'repair --status applied wrote the row',
          );
          await project.write('20240201000005_tags.sql', 'create table public.tags (id int);\n');
          const result = await deploy(handler, project);
          assertSucceeded(result);
          assertEquals(
            statusOf(result.body).filter((s) => !s.endsWith(':skipped-already-applied')),
            ['20240201000005:applied'],
            JSON.stringify(result.body),
          );
        },
      );

      await t.step('an unrepaired edit is still refused as a checksum mismatch', async () => {
        await project.write('20240201000005_tags.sql', 'create table public.tags (id bigint);\n');
        const result = await deploy(handler, project);
        const body = JSON.stringify(result.body);
        assertEquals(result.status, 409, body);
        assertEquals(result.body['status'], 'refused', body);
        assert(body.includes('checksum mismatch: 20240201000005_tags.sql'), body);
      });
    } finally {
      await project.remove();
    }
  },
);
