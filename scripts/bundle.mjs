// Builds dist/ from src/: the CLI (cli.js) and the Action (index.js) as single ESM files, the worker
// thread both start for the embedded database (pglite-worker.js), the runtime assets they load
// from disk, and the edge function as a self-contained folder (function/migration-guard/). dist/ is
// committed; CI fails when this script changes it.
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { bundleFunction } from './bundle-function.mjs';

const require = createRequire(import.meta.url);
const out = 'dist';

// Bundled CommonJS code (libpg-query's loader) expects require, __filename and __dirname.
const banner = [
  "import { createRequire as __mgCreateRequire } from 'node:module';",
  "import { fileURLToPath as __mgFileURLToPath } from 'node:url';",
  "import { dirname as __mgDirname } from 'node:path';",
  'const require = __mgCreateRequire(import.meta.url);',
  'const __filename = __mgFileURLToPath(import.meta.url);',
  'const __dirname = __mgDirname(__filename);',
].join('\n');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

// PGlite's contrib extensions find their archives one folder up (`../pgcrypto.tar.gz`); in the
// bundle every asset sits next to the code, so point them at `./`.
const flatAssets = {
  name: 'flat-assets',
  setup(b) {
    b.onLoad({ filter: /pglite[\\/]dist[\\/]contrib[\\/][^\\/]+\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return { contents: text.replaceAll('new URL("../', 'new URL("./'), loader: 'js' };
    });
  },
};

await build({
  // Self-contained bundles (no code splitting): each runs with only the assets beside it. The
  // worker is found next to the file that starts it (src/staging/pglite-worker-thread.ts).
  entryPoints: {
    cli: 'src/cli.ts',
    index: 'src/action.ts',
    'pglite-worker': 'src/staging/pglite-worker.ts',
  },
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: `#!/usr/bin/env node\n${banner}` },
  legalComments: 'none',
  logLevel: 'warning',
  // node-postgres loads its optional native binding only when asked; we never ask.
  external: ['pg-native'],
  plugins: [flatAssets],
});

// The Postgres parser's WebAssembly, found next to the bundle at run time.
const wasm = join(dirname(require.resolve('libpg-query/package.json')), 'wasm', 'libpg-query.wasm');
await copyFile(wasm, join(out, 'libpg-query.wasm'));

// The embedded database: Postgres as WebAssembly and its data files, and the archive of every
// extension the worker can load (src/staging/pglite-extensions.ts), as the bundled code names them.
const pgliteDist = dirname(require.resolve('@electric-sql/pglite'));
const vectorDist = dirname(require.resolve('@electric-sql/pglite-pgvector'));
for (const asset of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) {
  await copyFile(join(pgliteDist, asset), join(out, asset));
}
const worker = await readFile(join(out, 'pglite-worker.js'), 'utf8');
const archives = new Set(
  [...worker.matchAll(/new URL\("\.\/([\w.-]+\.tar\.gz)"/g)].map((match) => match[1]),
);
if (!archives.has('vector.tar.gz') || !archives.has('pgcrypto.tar.gz')) {
  throw new Error('bundle: no extension archives found in pglite-worker.js; did PGlite change?');
}
for (const archive of archives) {
  const from = archive === 'vector.tar.gz' ? vectorDist : pgliteDist;
  await copyFile(join(from, archive), join(out, archive));
}

// The edge function as a folder of its own, which `migration-guard function install` copies.
const { version } = JSON.parse(await readFile('package.json', 'utf8'));
await bundleFunction(join(out, 'function', 'migration-guard'), version);
