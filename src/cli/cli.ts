import { writeFile } from 'node:fs/promises';
import { closest } from '../core/config/closest.ts';
import { PG_VERSIONS } from '../core/config/config.ts';
import { TOOL_NAME } from '../core/project.ts';
import type { Severity } from '../core/report/finding.ts';
import { reachesThreshold } from '../core/report/report.ts';
import { renderJson } from '../core/report/render-json.ts';
import { renderMarkdown } from '../core/report/render-markdown.ts';
import { renderSarif } from '../core/report/render-sarif.ts';
import { renderText } from '../core/report/render-text.ts';
import { RULES } from '../core/rules/registry.ts';
import { hasMigrationsToStage, runCheck } from '../pipeline/run-check.ts';
import { defaultCacheDir } from '../staging/embedded-cache.ts';
import { InputError } from '../workspace/input-error.ts';
import type { PgliteDatabase } from '../staging/pglite-database.ts';
import { functionCommand } from './function-install.ts';
import { parseFlags } from './parse-flags.ts';
import { CHECK_USAGE, helpOrVersion, STATS_USAGE } from './usage.ts';

const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  /** Progress lines go to stderr only when a person is watching it. */
  stderrIsTty?: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Run the CLI; returns the exit status. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`${TOOL_NAME}: ${error.message}\n  fix: ${error.hint}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `${TOOL_NAME}: internal error: ${message}\n  this is a bug; please report it with the command you ran\n`,
    );
    return 2;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const quick = helpOrVersion(argv);
  if (quick) {
    io.stdout(quick.text);
    return quick.code;
  }
  if (command === 'stats') return stats(rest, io);
  if (command === 'function') return functionCommand(rest, io);
  if (command === 'fix') {
    // Loaded only for `fix`: nothing of it is part of `check` or `--help`.
    const { fixCommand } = await import('./fix-command.ts');
    return fixCommand(rest, io);
  }
  if (command !== 'check') {
    const guess = closest(command ?? '', ['check', 'stats', 'function']);
    throw new InputError(
      `unknown command '${command}'`,
      guess
        ? `did you mean '${TOOL_NAME} ${guess}'? (run '${TOOL_NAME} --help')`
        : `run '${TOOL_NAME} --help'`,
    );
  }
  return check(rest, io);
}

async function check(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCheckArgs(args);
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${CHECK_USAGE}\n`);
    return 0;
  }
  const format = oneOf('--format', values.format ?? 'text', FORMATS);
  const failOn = oneOf('--fail-on', values['fail-on'] ?? 'error', FAIL_ON);
  let pgVersion: number | undefined;
  if (values['pg-version'] !== undefined) {
    pgVersion = Number(values['pg-version']);
    if (
      !Number.isInteger(pgVersion) ||
      pgVersion < PG_VERSIONS.min ||
      pgVersion > PG_VERSIONS.max
    ) {
      throw new InputError(
        `--pg-version must be a Postgres major version from ${PG_VERSIONS.min} to ${PG_VERSIONS.max}, not '${values['pg-version']}'`,
        'pass the major version production runs (Supabase: 15 or 17)',
      );
    }
  }
  if (values.db !== undefined && !isPostgresUrl(values.db)) {
    throw new InputError(
      `--db '${values.db.includes('@') ? '(not shown: it may hold a password)' : values.db}' is not a Postgres URL`,
      'pass postgresql://USER:PASSWORD@HOST:PORT/DATABASE (a Supabase preview branch: its "Session pooler" or direct connection string)',
    );
  }
  if (values.db !== undefined && values['no-db']) {
    throw new InputError('--db and --no-db contradict each other', 'pass one of them');
  }
  if (values.apply && values.db === undefined) {
    throw new InputError(
      '--apply needs --db URL',
      'the embedded database is thrown away after each run; pass --db URL to apply to a server',
    );
  }
  if (values.apply && values.rollback) {
    throw new InputError('--apply and --rollback contradict each other', 'pass one of them');
  }
  if (values.rollback && values.db === undefined) {
    throw new InputError(
      '--rollback needs --db URL',
      'the embedded database is thrown away after each run anyway',
    );
  }
  if (values['no-db'] && (values.seed !== undefined || values.stats !== undefined)) {
    throw new InputError('--seed and --stats need a staging run', 'drop --no-db');
  }
  if (values.stats !== undefined) {
    // Read first: a wrong path or a file of the wrong kind ends the run before anything starts.
    const { readStats } = await import('../pipeline/staging-inputs.ts');
    await readStats(io.cwd, values.stats);
  }
  const notice = (line: string) => io.stderr(`${TOOL_NAME}: notice: ${line}\n`);
  // Loaded only for a staging run (PGlite and pg are no part of a lint-only one), and from the
  // start, so the embedded database can start as soon as the files are read and boot while the
  // lint runs.
  const staging = values['no-db'] ? undefined : import('../pipeline/run-staging.ts');
  // The module once loaded (it is by the time the files are read): the lint is synchronous, so a
  // start chained on `staging` would wait for the lint's end instead of running beside it.
  let stagingLoaded: Awaited<typeof staging> | undefined;
  let embeddedStart: Promise<PgliteDatabase | undefined> | undefined;
  const onEmbedded = staging !== undefined && values.db === undefined;
  staging?.then(
    (loaded) => {
      stagingLoaded = loaded;
      if (onEmbedded) loaded.prestartEmbedded();
    },
    () => undefined,
  );
  const outcome = await runCheck({
    cwd: io.cwd,
    files: positionals,
    notice,
    ...(values['no-cache'] ? {} : { cacheDir: defaultCacheDir() }),
    // Lint-only: nothing after the check parses, unless the report is Markdown (its runbooks
    // read statements with the parser), so a fully cached check need not load the parser.
    parserOnDemand: values['no-db'] === true && format !== 'markdown',
    ...(values.dir !== undefined ? { dir: values.dir } : {}),
    ...(values.base !== undefined ? { base: values.base } : {}),
    ...(values.config !== undefined ? { configPath: values.config } : {}),
    ...(pgVersion !== undefined ? { pgVersion } : {}),
    ...(onEmbedded
      ? {
          beforeLint: (read) => {
            const options = values['no-cache'] ? { cacheDir: null } : {};
            const loaded = stagingLoaded;
            // The executor runs now; a throw in it becomes the promise's rejection.
            embeddedStart = loaded
              ? new Promise((resolve) => resolve(loaded.startEmbedded(read, options)))
              : staging?.then(({ startEmbedded }) => startEmbedded(read, options));
            // A failed start is reported when staging awaits it, not as an unhandled rejection.
            embeddedStart?.catch(() => undefined);
          },
        }
      : {}),
  }).catch(async (error: unknown) => {
    await staging?.then(({ discardEmbedded }) => discardEmbedded(embeddedStart));
    throw error;
  });
  const progress = io.stderrIsTty
    ? (line: string) => io.stderr(`${TOOL_NAME}: ${line}\n`)
    : () => {};
  if (!values['no-db'] && !hasMigrationsToStage(outcome)) {
    await staging?.then(({ discardEmbedded }) => discardEmbedded(embeddedStart));
    progress('no migrations to check, so no staging database is started');
  } else if (!values['no-db']) {
    // Loaded here, not at start-up: PGlite and pg are no part of a lint-only run.
    const { runStaging } = await (staging ?? import('../pipeline/run-staging.ts'));
    outcome.report = await runStaging(outcome, {
      cwd: io.cwd,
      // A server is left as it was unless --apply says otherwise.
      rollback: values.db !== undefined && values.apply !== true,
      progress,
      notice,
      ...(values['no-cache'] ? { cacheDir: null } : {}),
      ...(values.db !== undefined ? { dbUrl: values.db } : {}),
      ...(values.seed !== undefined ? { seedPath: values.seed } : {}),
      ...(values.stats !== undefined ? { statsPath: values.stats } : {}),
      ...(embeddedStart ? { embeddedStart } : {}),
    });
  }
  const { target } = outcome.report;
  if (target.recorded !== undefined) notice(appliedNotice(target.recorded, target.shim));
  const color =
    format === 'text' &&
    values.output === undefined &&
    io.isTty &&
    !values['no-color'] &&
    !io.env['NO_COLOR'];
  const rendered = render(format, outcome.report, outcome.sources, color);
  if (values.output !== undefined) {
    try {
      await writeFile(values.output, rendered);
    } catch (error) {
      throw new InputError(
        `cannot write ${values.output}: ${(error as Error).message}`,
        'check the --output path',
      );
    }
  } else {
    // Two writes, not one joined string: a JSON report of a large history is tens of MB, and
    // joining copies it whole before the write copies it again.
    io.stdout(rendered);
    if (!rendered.endsWith('\n')) io.stdout('\n');
  }
  return reachesThreshold(outcome.report, failOn as Severity | 'never') ? 1 : 0;
}

function render(format: Format, ...[report, sources, color]: RenderArgs): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      // Whole: the comment-size limit is the Action's, not a file's or a terminal's.
      return renderMarkdown(report, { maxLength: Number.POSITIVE_INFINITY });
    case 'sarif':
      return renderSarif(report, RULES);
    default:
      return renderText(report, { color, sources });
  }
}

type RenderArgs = [Parameters<typeof renderJson>[0], Map<string, string>, boolean];

function parseCheckArgs(args: string[]) {
  return parseFlags(
    'check',
    args,
    {
      dir: { type: 'string' },
      base: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      'fail-on': { type: 'string' },
      config: { type: 'string' },
      'pg-version': { type: 'string' },
      'no-color': { type: 'boolean' },
      db: { type: 'string' },
      'no-db': { type: 'boolean' },
      'no-cache': { type: 'boolean' },
      apply: { type: 'boolean' },
      rollback: { type: 'boolean' },
      seed: { type: 'string' },
      stats: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
}

async function stats(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags('stats', args, {
    db: { type: 'string' },
    output: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(`${STATS_USAGE}\n`);
    return 0;
  }
  if (values.db === undefined) {
    throw new InputError(
      'stats needs --db URL',
      'pass the production database URL (read-only use)',
    );
  }
  const { readProductionStats } = await import('../pipeline/run-stats.ts');
  const json = await readProductionStats(values.db);
  if (values.output !== undefined) {
    try {
      await writeFile(values.output, json);
    } catch (error) {
      throw new InputError(
        `cannot write ${values.output}: ${(error as Error).message}`,
        'check the --output path',
      );
    }
  } else {
    io.stdout(json);
  }
  return 0;
}

/** What `--apply` left on the server, for stderr whatever the report's format. */
function appliedNotice(
  recorded: readonly string[],
  shim: { roles: string[]; schemas: string[] } | undefined,
): string {
  const what =
    recorded.length === 0
      ? '--apply recorded no migration in supabase_migrations.schema_migrations'
      : `--apply recorded ${recorded.length} migration(s) in supabase_migrations.schema_migrations: ${recorded.join(', ')}`;
  if (!shim) return what;
  const list = (noun: string, names: string[]) =>
    names.length === 0 ? `no ${noun}s` : `${noun}s ${names.join(', ')}`;
  return `${what}; the Supabase shim it added stays too (${list('role', shim.roles)}; ${list('schema', shim.schemas)})`;
}

/**
 * `postgres://` or `postgresql://` with a host, in the URL or as `?host=` (a Unix socket's
 * directory), as the pg driver reads a connection string.
 */
function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    const protocol = url.protocol === 'postgres:' || url.protocol === 'postgresql:';
    return protocol && (url.hostname !== '' || url.searchParams.has('host'));
  } catch {
    return false;
  }
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(
      `${flag} must be one of ${allowed.join(', ')}, not '${value}'`,
      `run '${TOOL_NAME} --help'`,
    );
  }
  return value as T;
}
