import { access } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Config } from '../core/config/config.ts';
import { type FileLint, lintMigrations } from '../core/lint/lint-migrations.ts';
import { readContractHeader } from '../core/migrations/contract-header.ts';
import { type MigrationFile, oversizeWords } from '../core/migrations/migration-file.ts';
import { buildReport } from '../core/report/build-report.ts';
import type { Report } from '../core/report/report.ts';
import { RULES } from '../core/rules/registry.ts';
import { SchemaModel } from '../core/schema/schema-model.ts';
import { withFragmentStore } from '../core/sql/fragment-parses.ts';
import type { ParsedSql } from '../core/sql/parse-sql.ts';
import { loadParser, withParserOnDemand } from '../core/sql/pg-query.ts';
import { loadConfig } from '../workspace/config-file.ts';
import { classifyAgainstBase, exists, gitRoot, readBaseFiles } from '../workspace/git-base.ts';
import { InputError } from '../workspace/input-error.ts';
import { readMigrationDir, toReportPath } from '../workspace/migration-dir.ts';
import { openParseCache } from './parse-cache.ts';

export interface CheckRequest {
  /** Working directory: relative paths and the config are found from here. */
  cwd: string;
  /** Specific files to check; the rest of their directory is history. */
  files: string[];
  /** Migrations directory; default from config (supabase/migrations). */
  dir?: string;
  /** Git ref to compare against: only added and modified files are checked. */
  base?: string;
  /**
   * The directory's files as they are on the base, worked out by the caller (the Action reads
   * the pull request's file listing); used instead of `base`. `dirFromRoot` is the directory's
   * path from the repository root, as report paths have it.
   */
  baseFiles?: (current: MigrationFile[], dirFromRoot: string) => Promise<MigrationFile[]>;
  configPath?: string;
  /** Overrides the config's pgVersion. */
  pgVersion?: number;
  /** Where parses are cached between runs (`parse-cache.ts`); nothing is cached without it. */
  cacheDir?: string;
  /** A one-line notice that must reach the user (an unusable cache directory). */
  notice?: (line: string) => void;
  /**
   * Called once the files are read and the parser is loaded, just before the lint: what starts
   * the embedded database here has it starting while the lint runs.
   */
  beforeLint?: (read: FilesRead) => void;
  /**
   * Load the parser only if the lint needs it (`withParserOnDemand`): when the parse cache holds
   * every file and every piece of SQL, it never does. Only for a caller that parses nothing after
   * the check (a lint-only run whose report format quotes no parse); without a cache directory,
   * or with `beforeLint`, the parser is loaded as usual.
   */
  parserOnDemand?: boolean;
}

/** The files of a check as read, before the lint. */
export interface FilesRead {
  /** Every file of the directory (classified against the base, with --base). */
  files: MigrationFile[];
  /** Paths of the files checked. */
  checked: ReadonlySet<string>;
  config: Config;
  /** Parses a file's text as the lint does (from the run's parse cache when it has one). */
  parse: (sql: string) => ParsedSql;
}

export interface CheckOutcome {
  report: Report;
  config: Config;
  /** Source text by report path, for renderers that quote lines. */
  sources: Map<string, string>;
  results: FileLint[];
  /** Every file of the directory, in the state read. */
  files: MigrationFile[];
  /** Paths of the files checked. */
  checked: ReadonlySet<string>;
  /** Paths of the files the change adds (with --base). */
  added: ReadonlySet<string>;
  /** The schema model as the whole directory leaves it. */
  schema: SchemaModel;
  /** The repository root (or the working directory outside git). */
  root: string;
  /** Parses a file's text as the lint did (from the run's parse cache when it has one). */
  parse: (sql: string) => ParsedSql;
  /**
   * What the parse cache served and what was parsed, for the files and for the pieces of SQL the
   * rules parse apart, up to the end of the lint.
   */
  parseCache: {
    files: { hits: number; misses: number };
    fragments: { hits: number; misses: number };
  };
}

/** The static part of `check`: read the files, replay the history, lint, build the report. */
export async function runCheck(request: CheckRequest): Promise<CheckOutcome> {
  const cacheDir = request.cacheDir ?? null;
  let cache = openParseCache(cacheDir);
  const onDemand =
    request.parserOnDemand === true && request.beforeLint === undefined && cache.persists;
  // The parser's WebAssembly compiles off the main thread while the config and the files are
  // read; awaited before the first parse. A run that stops before then leaves it unawaited. On
  // demand, it is loaded here only when the cache holds nothing yet.
  let parser = !onDemand || cache.isEmpty() ? startParser() : undefined;
  const root = (await gitRoot(request.cwd)) ?? request.cwd;
  const explicit = request.files.map((f) => resolve(request.cwd, f));
  const givenDir = request.dir
    ? resolve(request.cwd, request.dir)
    : explicit.length > 0
      ? commonDir(explicit)
      : undefined;
  // The config nearest to the migrations first: the project holding the directory given (the
  // README's first command checks examples/acme-saas/supabase/migrations from the repository
  // root), then the working directory, then the repository root.
  let found = await loadConfig(
    [...(givenDir ? [projectDirOf(givenDir)] : []), request.cwd, root],
    request.configPath,
  );
  const dir = givenDir ?? (await defaultDir(request.cwd, root, found.config.migrationsDir));
  if (found.path === null && givenDir === undefined) {
    // No config here or at the root: the project of the directory the default led to.
    found = await loadConfig([projectDirOf(dir)]);
  }
  const config: Config = { ...found.config };
  if (request.pgVersion !== undefined) config.pgVersion = request.pgVersion;
  let files: MigrationFile[] = await readMigrationDir(dir, root);

  const checked = new Set<string>();
  let added = new Set<string>();
  let baseFiles: MigrationFile[] | undefined;
  let deleted: MigrationFile[] = [];
  const comparesBase = request.base !== undefined || request.baseFiles !== undefined;
  if (comparesBase) {
    baseFiles = request.baseFiles
      ? await request.baseFiles(files, toReportPath(dir, root))
      : await readBaseFiles(request.base ?? 'HEAD', root, toReportPath(dir, root));
    const classified = classifyAgainstBase(files, baseFiles);
    files = classified.files;
    deleted = classified.deleted;
    added = new Set(files.filter((f) => f.status === 'added').map((f) => f.path));
    for (const f of files) if (f.status === 'added' || f.status === 'modified') checked.add(f.path);
  }
  if (explicit.length > 0) {
    checked.clear();
    const known = new Set(files.map((f) => f.path));
    for (const path of explicit) {
      const rel = toReportPath(path, root);
      if (!known.has(rel)) {
        const where = toReportPath(dir, root) || '.';
        throw new InputError(
          (await exists(path))
            ? `${rel} is not a migration file of the migrations directory ${where}`
            : `${rel} does not exist (the migrations directory is ${where})`,
          'pass files from one migrations directory, or use --dir',
        );
      }
      checked.add(rel);
    }
  } else if (!comparesBase) {
    for (const f of files) checked.add(f.path);
  }

  // A file the cache lacks is parsed: the parser starts now, while nothing else is running.
  if (!parser && !cache.holdsAll(files.filter((f) => !f.oversize).map((f) => f.sql))) {
    parser = startParser();
  }
  if (parser) await parser;
  const parse = (sql: string) => cache.parse(sql);
  const { beforeLint } = request;
  if (beforeLint) {
    // Refused before the embedded database starts: nothing is left starting.
    withFragmentStore(cache.fragments, () => refuseBadContractHeaders(files, checked));
    beforeLint({ files, checked, config, parse });
  }
  let schema = new SchemaModel();
  // The pieces of SQL the rules parse apart are cached too: a run whose every file and piece is
  // in the cache never calls the parser. Should one be missing after all, the parser is loaded
  // and the lint runs again from the start, with a fresh cache (counting anew) and schema.
  const results = await withParserOnDemand(
    () =>
      withFragmentStore(cache.fragments, () => {
        if (!beforeLint) refuseBadContractHeaders(files, checked);
        return lintMigrations({
          schema,
          files,
          checked,
          added,
          ...(baseFiles ? { baseFiles, deleted } : {}),
          config,
          rules: RULES,
          parse,
        });
      }),
    () => {
      cache = openParseCache(cacheDir);
      schema = new SchemaModel();
    },
  );
  const parseCache = { files: { ...cache.stats }, fragments: { ...cache.fragmentStats } };
  const saved = await cache.save();
  if (!saved.ok) request.notice?.(saved.notice);
  noticeUnreadHistory(files, checked, request.notice);
  // A file over the size limit was not read: it has no lines to quote.
  const sources = new Map(files.filter((f) => !f.oversize).map((f) => [f.path, f.sql]));
  const report = buildReport(results);
  report.config = {
    file: found.path === null ? null : toReportPath(resolve(request.cwd, found.path), root),
  };
  return {
    report,
    config,
    sources,
    results,
    files,
    checked,
    added,
    schema,
    root,
    parse,
    parseCache,
  };
}

/**
 * An earlier file over the size limit is in no report (only the files under check are), yet
 * every later file is linted without what it creates: said once per such file, as a notice.
 */
function noticeUnreadHistory(
  files: readonly MigrationFile[],
  checked: ReadonlySet<string>,
  notice: ((line: string) => void) | undefined,
): void {
  if (!notice) return;
  const lastChecked = files.findLastIndex((f) => checked.has(f.path));
  for (const [i, file] of files.entries()) {
    if (i >= lastChecked || !file.oversize || checked.has(file.path) || file.version === null)
      continue;
    notice(
      `${file.path} (an earlier file, not under check) is ${oversizeWords(file.oversize)}: it was not read, so the files after it are checked without what it creates (see file-too-large)`,
    );
  }
}

/**
 * The check holds a migration a database could run: a file under check named as a migration.
 * Without one (an empty directory, only misnamed files, nothing changed since `--base`) there
 * is nothing to stage, and no database is started.
 */
export function hasMigrationsToStage(outcome: CheckOutcome): boolean {
  return outcome.files.some((f) => f.version !== null && outcome.checked.has(f.path));
}

/** The config's migrations directory under the working directory, else under the repo root. */
async function defaultDir(cwd: string, root: string, migrationsDir: string): Promise<string> {
  const here = resolve(cwd, migrationsDir);
  if (cwd === root) return here;
  try {
    await access(here);
    return here;
  } catch {
    return resolve(root, migrationsDir);
  }
}

/**
 * The project a migrations directory belongs to: `<project>/supabase/migrations` gives
 * `<project>`, any other directory its parent.
 */
function projectDirOf(dir: string): string {
  const parent = dirname(dir);
  return basename(dir) === 'migrations' && basename(parent) === 'supabase'
    ? dirname(parent)
    : parent;
}

function commonDir(paths: string[]): string {
  const dirs = new Set(paths.map((p) => p.slice(0, p.lastIndexOf('/'))));
  if (dirs.size > 1) {
    throw new InputError(
      'the files given are in different directories',
      'check one migrations directory at a time',
    );
  }
  return [...dirs][0] ?? '.';
}

/**
 * A contract header that cannot be read is a gate that cannot be trusted: the check stops
 * (status 2) naming the file and line, as for SQL it cannot read.
 */
function refuseBadContractHeaders(files: MigrationFile[], checked: ReadonlySet<string>): void {
  for (const file of files) {
    if (!checked.has(file.path)) continue;
    const reading = readContractHeader(file.sql);
    if (reading && !reading.ok) {
      throw new InputError(
        `${file.path}:${reading.line}: ${reading.problem}`,
        'write the header as the first line comment of the file: -- migration-guard:contract after=YYYY-MM-DD',
      );
    }
  }
}

/** Starts loading the parser; a run that stops before awaiting it leaves no unhandled rejection. */
function startParser(): Promise<void> {
  const loading = loadParser();
  loading.catch(() => undefined);
  return loading;
}
