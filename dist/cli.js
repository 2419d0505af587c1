#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
import { dirname as __mgDirname } from 'node:path';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __mgDirname(__filename);

// src/runtime/wasm-baseline-only.ts
import { setFlagsFromString } from "node:v8";
if (process.env["MIGRATION_GUARD_WASM_TIERUP"] !== "1") setFlagsFromString("--liftoff-only");

// src/cli.ts
import { fileURLToPath } from "node:url";

// src/core/project.ts
var TOOL_NAME = "migration-guard";
var TOOL_VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/cli/function-install.ts
var FUNCTION_NAME = "migration-guard";
var DEFAULT_FUNCTIONS_DIR = "supabase/functions";
var FUNCTION_USAGE = `Usage: ${TOOL_NAME} function install [--dir DIR] [--force]

Writes the edge function that applies approved migrations in production (deploy mode) into
DIR/${FUNCTION_NAME}/ (default DIR: ${DEFAULT_FUNCTIONS_DIR}): its sources, the engine they use and
a deno.json, nothing imported from outside the folder. An existing folder is left alone unless
--force replaces it. Then: verify_jwt = false for it in supabase/config.toml, a
MIGRATION_GUARD_SECRET secret, and 'supabase functions deploy ${FUNCTION_NAME}'.`;

// src/cli/usage.ts
var FIX_USAGE = `Usage: ${TOOL_NAME} fix [FILES...] [--dir DIR] [--base GIT_REF] [--write] [--db URL | --no-db]
                    [--contract-after DAYS] [--config FILE] [--no-cache]

Rewrites unsafe migrations into their safe multi-step form: CREATE/DROP INDEX and REINDEX
CONCURRENTLY in files of their own; CHECK and FOREIGN KEY added NOT VALID and validated in the
next file; SET NOT NULL through a validated CHECK; UNIQUE and PRIMARY KEY from an index built
CONCURRENTLY; ADD COLUMN with a volatile default as a nullable column, a batched backfill and a
NOT NULL through a validated CHECK; ALTER COLUMN TYPE and RENAME COLUMN through a new column a
trigger keeps in step and a batched backfill; RENAME TABLE with a compatibility view; DROP COLUMN
and DROP TABLE after a deprecation comment. What removes something running code still uses (the
drop, the swap, the view) is a contract step: a file with a '-- migration-guard:contract
after=DATE' header, which deploy refuses before that date. The new files take versions between
the file and the next migration. The rewrite is linted, then the original and the rewrite are applied on two fresh
staging databases with rows in the touched tables (the embedded one, or new databases created on
--db's server); the final schema of those tables must be identical, else nothing is offered.

Options:
  --write              replace the file with the rewrite (default: print a unified diff); refused
                       for a file that the base already has
  --base GIT_REF       files present on GIT_REF are history, never rewritten (default: HEAD)
  --dir DIR            migrations directory (as for check)
  --db URL             prove on this server (it creates and drops two databases); default:
                       the embedded PGlite database
  --no-db              lint the rewrite, but do not prove it on a database
  --contract-after DAYS
                       contract steps are due DAYS days after today, UTC (default: 7), and
                       never before the config's deprecationDays after the file's version
  --config FILE        config file (as for check)
  --no-cache           read and write no cache

FILES: the files to rewrite (default: those added or modified since --base); the files before
them in the same directory are history: replayed, never rewritten.

Examples:
  ${TOOL_NAME} fix                          # what would change, as a diff, proven on PGlite
  ${TOOL_NAME} fix --write                  # replace the new files with their rewrite
  ${TOOL_NAME} fix supabase/migrations/20240310101500_invoice_status.sql --no-db

Exit status: 0 every file under check is clean or rewritten; 1 a file keeps an error finding
that fix could not rewrite or prove (nothing is written for it); 2 usage or input error.`;
var ENVIRONMENT = `Environment:
  MIGRATION_GUARD_CACHE_DIR
                       where the embedded database keeps its snapshot, so that later runs start
                       in under 2 s, and the parse of each migration file, so that later runs
                       parse only the files that changed (default: $XDG_CACHE_HOME/migration-guard,
                       else ~/.cache/migration-guard); safe to delete. An unusable directory only
                       costs the warm start.
  MIGRATION_GUARD_HISTORY_SNAPSHOT_MS
                       save the embedded database after replaying the history (so the next check
                       of the same history starts from it) only when the replay took at least
                       this many milliseconds of CPU time (default 1000; 0: always)
  MIGRATION_GUARD_MAX_FILE_BYTES
                       the size limit on a migration file (default 20971520, 20 MiB). A bigger
                       file is not read: it is a file-too-large error, staging stops before it
                       and deploy refuses it; the other files are still checked
  MIGRATION_GUARD_WASM_TIERUP=1
                       let V8 also optimise the parser's and the embedded database's
                       WebAssembly (default: compiled once, quickly; see BENCHMARKS.md)`;
var CHECK_USAGE = `Usage: ${TOOL_NAME} check [FILES...] [--dir DIR] [--base GIT_REF] [--db URL [--apply] | --no-db]
                      [--seed FILE] [--stats FILE] [--format text|json|markdown|sarif]
                      [--output FILE] [--fail-on error|warning|notice|never] [--config FILE]
                      [--pg-version N] [--no-color] [--no-cache]

Checks Supabase migrations: parses them with the Postgres parser, replays the history into a
schema model, and reports what would lock, rewrite, break running code, lose data or let one
tenant reach another's rows; then runs them on a staging database and reports what it saw.

Options:
  --db URL             run the migrations on this Postgres (e.g. a Supabase preview branch) with
                       lock and rewrite tracing, in one transaction rolled back at the end: the
                       server is left as it was, the Supabase shim a plain Postgres gets included
                       (CONCURRENTLY and other statements that cannot run in a transaction are
                       not run, and reported not validated); default: an embedded PGlite database
  --apply              with --db: apply for real, as 'supabase db push' does: each file commits
                       and is recorded in supabase_migrations.schema_migrations, up to the first
                       that fails; the shim stays; prints the versions it recorded
  --rollback           with --db: the default (accepted for scripts written before --apply)
  --no-db              lint only: no staging run
  --seed FILE          load this SQL (e.g. supabase/seed.sql) after the history, before the
                       files under check, so the trace and checks see rows
  --stats FILE         production table sizes (from 'migration-guard stats') to scale durations
  --dir DIR            migrations directory (default: supabase/migrations, or the config's migrationsDir)
  --base GIT_REF       check only files added or modified since GIT_REF; report edits, deletions
                       and out-of-order versions
  --format FORMAT      text | json | markdown | sarif (default: text)
  --output FILE        write the report to FILE instead of standard output
  --fail-on LEVEL      error | warning | notice | never: exit 1 when a finding reaches LEVEL
                       (default: error); staging's environment gaps (trace-not-validated: the
                       target lacks what Supabase has) never count
  --config FILE        config file (default: migration-guard.config.json or .jsonc beside the project
                       of the migrations directory given, else in the working directory, else at
                       the repository root; the report's first line names the one used)
  --pg-version N       Postgres major version of production (default: 15, or the config's pgVersion)
  --no-color           plain text even on a terminal (NO_COLOR is honoured too)
  --no-cache           read and write no cache: every file is parsed and the embedded database
                       starts from the snapshot shipped with the tool
  -h, --help           this help
  -v, --version        the version

FILES: check only these files (default: every file of the migrations directory, or with --base
the added and modified ones); the files before them in the same directory are history: replayed
into the schema model and on staging, not reported.

Examples:
  ${TOOL_NAME} check                                   # lint and stage supabase/migrations
  ${TOOL_NAME} check --base origin/main --no-db        # lint what this branch adds or changes
  ${TOOL_NAME} check supabase/migrations/20240310101500_invoice_status.sql --format markdown
  ${TOOL_NAME} check --db "$PREVIEW_BRANCH_URL"        # traced on a server, rolled back
  ${TOOL_NAME} check --db "$STAGING_URL" --apply       # applied and recorded, as db push

Exit status: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, input,
config or connection error.

${ENVIRONMENT}`;
var STATS_USAGE = `Usage: ${TOOL_NAME} stats --db URL [--output FILE]

Reads each user table's row count and size (read-only: catalog reads, exact counts only for
small tables) and prints them as JSON, for 'check --stats FILE' to scale staging's timings to
production's sizes. Run it against production; write it to a new file with --output.

Options:
  --db URL             the database to read (production, or a recent copy)
  --output FILE        write the JSON to FILE instead of standard output
  -h, --help           this help

Example:
  ${TOOL_NAME} stats --db "$PRODUCTION_READONLY_URL" --output stats.json
  ${TOOL_NAME} check --stats stats.json

Exit status: 0 written; 2 usage or connection error.`;
var USAGE = `Usage:
  ${TOOL_NAME} check [FILES...] [--dir DIR] [--base GIT_REF] [--db URL [--apply] | --no-db]
                        [--seed FILE] [--stats FILE] [--format text|json|markdown|sarif]
                        [--output FILE] [--fail-on error|warning|notice|never] [--config FILE]
                        [--pg-version N] [--no-color] [--no-cache]
  ${TOOL_NAME} fix [FILES...] [--dir DIR] [--base GIT_REF] [--write] [--db URL | --no-db]
                      [--contract-after DAYS] [--config FILE] [--no-cache]
  ${TOOL_NAME} stats --db URL [--output FILE]
  ${TOOL_NAME} function install [--dir DIR] [--force]

Commands:
  check                lint the migrations, run them on a staging database, report what would
                       lock, rewrite, break running code, lose data or cross tenants
  fix                  rewrite unsafe migrations into their safe multi-step form, proven on staging
  stats                read production's table sizes for check --stats
  function install     write the edge function that applies migrations in production

Run '${TOOL_NAME} <command> --help' (or '${TOOL_NAME} help <command>') for a command's options,
examples and exit status.

${ENVIRONMENT}`;
var COMMAND_USAGE = {
  check: CHECK_USAGE,
  fix: FIX_USAGE,
  stats: STATS_USAGE,
  function: FUNCTION_USAGE
};
function helpOrVersion(argv2) {
  const [command, topic] = argv2;
  if (command === "help" && topic !== void 0 && COMMAND_USAGE[topic] !== void 0) {
    return { text: `${COMMAND_USAGE[topic]}
`, code: 0 };
  }
  if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
    return { text: `${USAGE}
`, code: command === void 0 ? 2 : 0 };
  }
  if (command === "-v" || command === "--version") return { text: `${TOOL_VERSION}
`, code: 0 };
  return void 0;
}

// src/runtime/code-cached-script.ts
import { isAscii } from "node:buffer";
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
var MAGIC = Buffer.from("MGCC1");
var HEADER_BYTES = MAGIC.length + 4;
var MAX_CACHE_BYTES = 64 * 1024 * 1024;
var CACHE_FOLDER = ".code-cache";
var STALE_PARTIAL_MS = 10 * 60 * 1e3;
function zlibCrc32() {
  const zlib = createRequire(import.meta.url)("node:zlib");
  return zlib.crc32;
}
function loadCodeCachedScript(file, env) {
  const bytes = readFileSync(file);
  const source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
  const crc32 = env["MIGRATION_GUARD_CODE_CACHE"] !== "0" ? zlibCrc32() : void 0;
  const cacheFile = crc32 ? cachePath(file, crc32) : null;
  const cachedData = cacheFile && crc32 ? readCache(cacheFile, crc32) : void 0;
  const options = { filename: file };
  if (cachedData) options.cachedData = cachedData;
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) { ${source}
})`,
    options
  );
  const cacheUsed = cachedData !== void 0 && script.cachedDataRejected === false;
  const module = { exports: {} };
  const wrapper = script.runInThisContext();
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    cacheUsed,
    saveCache: () => {
      if (!cacheFile || !crc32 || cacheUsed) return;
      try {
        writeCache(cacheFile, script.createCachedData(), crc32);
      } catch {
      }
    }
  };
}
function cachePath(file, crc32) {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    return null;
  }
  const key = crc32(
    JSON.stringify([
      process.version,
      process.platform,
      process.arch,
      process.env["MIGRATION_GUARD_WASM_TIERUP"] === "1",
      stats.size,
      stats.mtimeMs,
      stats.ino
    ])
  ).toString(16).padStart(8, "0");
  return join(dirname(file), CACHE_FOLDER, `${basename(file)}-${key}.bin`);
}
function readCache(path, crc32) {
  let fd;
  try {
    fd = openSync(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size <= HEADER_BYTES || stats.size > MAX_CACHE_BYTES) {
      return void 0;
    }
    const file = readFileSync(fd);
    if (!file.subarray(0, MAGIC.length).equals(MAGIC)) return void 0;
    const data = file.subarray(HEADER_BYTES);
    if (file.readUInt32BE(MAGIC.length) !== crc32(data)) return void 0;
    return data;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function writeCache(path, data, crc32) {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header);
  header.writeUInt32BE(crc32(data), MAGIC.length);
  const partial = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(partial, Buffer.concat([header, data]), { flag: "wx" });
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
  const stem = `${basename(path).replace(/-[0-9a-f]{8}\.bin$/, "")}-`;
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    if (name === basename(path) || !name.startsWith(stem)) continue;
    const other = join(dir, name);
    if (/-[0-9a-f]{8}\.bin$/.test(name)) rmSync(other, { force: true });
    else if (name.endsWith(".partial") && now - statSync(other).mtimeMs > STALE_PARTIAL_MS) {
      rmSync(other, { force: true });
    }
  }
}

// src/cli.ts
var argv = process.argv.slice(2);
var quick = helpOrVersion(argv);
if (quick) {
  process.stdout.write(quick.text);
  process.exitCode = quick.code;
} else {
  const bundled = true ? loadCodeCachedScript(
    fileURLToPath(new URL("./cli-main.cjs", import.meta.url)),
    process.env
  ) : void 0;
  const { main } = bundled ? bundled.exports : await import("./cli-main.cjs");
  process.exitCode = await main(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd()
  });
  bundled?.saveCache();
}
