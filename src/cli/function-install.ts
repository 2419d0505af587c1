import { copyFile, lstat, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFlags } from './parse-flags.ts';
import { TOOL_NAME } from '../core/project.ts';
import { InputError } from '../workspace/input-error.ts';

/** The edge function's folder name, as `supabase functions deploy` names the function. */
const FUNCTION_NAME = 'migration-guard';
const DEFAULT_FUNCTIONS_DIR = 'supabase/functions';

export const FUNCTION_USAGE = `Usage: ${TOOL_NAME} function install [--dir DIR] [--force]

Writes the edge function that applies approved migrations in production (deploy mode) into
DIR/${FUNCTION_NAME}/ (default DIR: ${DEFAULT_FUNCTIONS_DIR}): its sources, the engine they use and
a deno.json, nothing imported from outside the folder. An existing folder is left alone unless
--force replaces it. Then: verify_jwt = false for it in supabase/config.toml, a
MIGRATION_GUARD_SECRET secret, and 'supabase functions deploy ${FUNCTION_NAME}'.`;

export interface FunctionInstallIo {
  stdout: (text: string) => void;
  cwd: string;
}

/**
 * The folder the build ships (scripts/bundle-function.mjs): beside dist/cli.js in the bundle,
 * the repository's dist/ when running from sources.
 */
function shippedFunctionDir(): string {
  const fromHere = import.meta.url.endsWith('.ts')
    ? `../../dist/function/${FUNCTION_NAME}/`
    : `./function/${FUNCTION_NAME}/`;
  return fileURLToPath(new URL(fromHere, import.meta.url));
}

/** `function install`: copy the shipped function folder into the project. */
export async function functionCommand(args: string[], io: FunctionInstallIo): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === '-h' || subcommand === '--help') {
    io.stdout(`${FUNCTION_USAGE}\n`);
    return 0;
  }
  if (subcommand !== 'install') {
    throw new InputError(
      subcommand === undefined
        ? "'function' needs a subcommand"
        : `unknown subcommand 'function ${subcommand}'`,
      `run '${TOOL_NAME} function install [--dir DIR] [--force]'`,
    );
  }
  const { values } = parseFlags('function install', rest, {
    dir: { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(`${FUNCTION_USAGE}\n`);
    return 0;
  }
  if (values.dir === '') {
    throw new InputError('--dir is empty', 'pass the functions directory, e.g. supabase/functions');
  }
  const functionsDir = resolve(io.cwd, values.dir ?? DEFAULT_FUNCTIONS_DIR);
  const target = join(functionsDir, FUNCTION_NAME);
  const shown = relative(io.cwd, target) || '.';
  const count = await installFunction(shippedFunctionDir(), target, values.force === true, shown);
  io.stdout(
    [
      `wrote ${shown}/ (${count} files)`,
      'next:',
      '  1. in supabase/config.toml:',
      `       [functions.${FUNCTION_NAME}]`,
      '       verify_jwt = false',
      '  2. supabase secrets set MIGRATION_GUARD_SECRET="$(openssl rand -hex 32)"',
      '     (and the same value as the repository secret MIGRATION_GUARD_SECRET)',
      `  3. supabase functions deploy ${FUNCTION_NAME}`,
      '',
    ].join('\n'),
  );
  return 0;
}

/**
 * Copies `source` to `target` through a sibling staging folder, so a failed copy leaves no
 * half-written function and `--force` swaps the old folder only once the new one is complete.
 * Returns the number of files written.
 */
async function installFunction(
  source: string,
  target: string,
  force: boolean,
  shown: string,
): Promise<number> {
  if (!(await exists(join(source, 'index.ts')))) {
    throw new InputError(
      `this ${TOOL_NAME} has no edge function bundle at ${source}`,
      `reinstall ${TOOL_NAME}, or run 'npm run bundle' in a clone of it`,
    );
  }
  if ((await exists(target)) && !force) {
    throw new InputError(
      `${shown} already exists`,
      'pass --force to replace it with this version (your edits to it are lost), or choose another --dir',
    );
  }
  const parent = dirname(target);
  try {
    await mkdir(parent, { recursive: true });
  } catch (error) {
    throw new InputError(
      `cannot create ${parent}: ${(error as Error).message}`,
      'check the --dir path',
    );
  }
  const staging = join(parent, `.${FUNCTION_NAME}-install-${process.pid}-${Date.now()}`);
  try {
    const count = await copyTree(source, staging);
    if (force) await rm(target, { recursive: true, force: true });
    await rename(staging, target);
    return count;
  } catch (error) {
    throw new InputError(
      `cannot write ${shown}: ${(error as Error).message}`,
      'check that the directory is writable',
    );
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function copyTree(from: string, to: string): Promise<number> {
  await mkdir(to, { recursive: true });
  let count = 0;
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      count += await copyTree(join(from, entry.name), join(to, entry.name));
    } else if (entry.isFile()) {
      await copyFile(join(from, entry.name), join(to, entry.name));
      count += 1;
    }
  }
  return count;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}
