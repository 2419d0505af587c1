import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * Vitest global setup: the tests that run dist/ (the bundled Action and CLI, the function
 * folder `function install` copies) must not test an old bundle. dist/ is rebuilt with
 * `npm run bundle` unless a stamp says it was built from the sources as they are now.
 *
 * The stamp (in node_modules/.cache) is keyed by the checkout's path and a hash of the bundle's
 * inputs (src/, the edge function without its tests, the bundle scripts, package.json and
 * package-lock.json), and holds the hash of the dist/ that build produced. dist/ is fresh when
 * the stamp for the current inputs exists and names the dist/ on disk: an edit to a source or
 * to dist/ itself leads to a rebuild. A fresh clone has no stamp: the first run builds.
 *
 * Also runnable on its own (`node --import tsx test/support/fresh-bundle.ts`), as .ci/run's
 * "dist is fresh" step does after the tests: it finds the stamp they left and builds nothing, or
 * builds and stamps.
 */

const run = promisify(execFile);
const root = process.cwd();
const stampDir = join(root, 'node_modules', '.cache', 'migration-guard-tests', 'bundle');

const inputs = [
  'src',
  join('supabase', 'functions'),
  join('scripts', 'bundle.mjs'),
  join('scripts', 'bundle-function.mjs'),
  join('scripts', 'base-snapshot.ts'),
  'package.json',
  'package-lock.json',
];

/** Every file under `path` (or `path` itself), relative to the root, sorted. */
async function filesUnder(path: string): Promise<string[]> {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  const entries = await readdir(full, { recursive: true, withFileTypes: true }).catch(
    () => undefined,
  );
  if (!entries) return [path];
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** The edge function's tests are not bundled (scripts/bundle-function.mjs leaves them out). */
function isFunctionTest(path: string): boolean {
  const parts = path.split(sep);
  return parts[0] === 'supabase' && (parts.includes('test') || /_test\.ts$/.test(path));
}

async function hashFiles(paths: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(`${path.split(sep).join('/')}\0`);
    hash.update(await readFile(join(root, path)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

async function inputsHash(): Promise<string> {
  const files = (await Promise.all(inputs.map(filesUnder))).flat();
  return hashFiles(files.filter((path) => !isFunctionTest(path)));
}

/** dist/ as built: the CLI's code cache (`.code-cache/`, written by runs) is not part of it. */
const distHash = async (): Promise<string> =>
  hashFiles((await filesUnder('dist')).filter((path) => path.split(sep)[1] !== '.code-cache'));

export default async function freshBundle(): Promise<void> {
  const key = createHash('sha256')
    .update(`${root}\0${await inputsHash()}`)
    .digest('hex');
  const stamp = join(stampDir, key);
  const recorded = await readFile(stamp, 'utf8').catch(() => undefined);
  if (recorded !== undefined && recorded === (await distHash())) return;
  const began = performance.now();
  try {
    await run('npm', ['run', '-s', 'bundle'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`dist/ is older than its sources and \`npm run bundle\` failed: ${reason}`);
  }
  await mkdir(stampDir, { recursive: true });
  await writeFile(stamp, await distHash());
  const seconds = ((performance.now() - began) / 1000).toFixed(1);
  process.stderr.write(`dist/ was stale or unstamped: rebuilt by npm run bundle (${seconds} s)\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await freshBundle();
}
