// Builds dist/ from src/: the CLI (cli.js, which loads cli-main.cjs) and the Action (index.js), the worker
// thread both start for the embedded database (pglite-worker.js), the runtime assets they load
// from disk, and the edge function as a self-contained folder (function/migration-guard/). dist/ is
// committed; CI fails when this script changes it. The licences of the third-party packages the
// bundles contain go to dist/licenses.txt.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { bundleFunction } from './bundle-function.mjs';

const require = createRequire(import.meta.url);
const out = 'dist';
const { version } = JSON.parse(await readFile('package.json', 'utf8'));
const parserId = await parserIdOf('src/core/sql');

// Bundled CommonJS code (libpg-query's loader) expects require, __filename and __dirname.
const banner = [
  "import { createRequire as __mgCreateRequire } from 'node:module';",
  "import { fileURLToPath as __mgFileURLToPath } from 'node:url';",
  "import { dirname as __mgDirname } from 'node:path';",
  'const require = __mgCreateRequire(import.meta.url);',
  'const __filename = __mgFileURLToPath(import.meta.url);',
  'const __dirname = __mgDirname(__filename);',
].join('\n');

// The embedded database's base snapshot is kept across rebuilds: scripts/base-snapshot.ts makes
// a new one only when its key changes (a snapshot is not byte-for-byte reproducible).
const keptSnapshots = [];
if (existsSync(out)) {
  for (const name of (await readdir(out)).filter((n) => /^pglite-.*\.tar\.gz$/.test(n))) {
    keptSnapshots.push([name, await readFile(join(out, name))]);
  }
}
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
for (const [name, bytes] of keptSnapshots) await writeFile(join(out, name), bytes);

/** An installed package's version, from the package.json above its entry point. */
function versionOf(name) {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

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

// cli.js is what `migration-guard` runs: it answers --help and --version itself and loads the
// rest of the CLI from cli-main.cjs beside it, so help does not wait for Node to read 1.5 MB of
// code it never runs (BENCHMARKS.md, `npm run bench:help`). cli-main.cjs is CommonJS: cli.js
// runs it with V8's code cache (src/runtime/code-cached-script.ts), which Node 20 offers for
// scripts but not for ES modules.
const CLI_MAIN = 'cli-main.cjs';
const cliMainApart = {
  name: 'cli-main-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/cli\/cli\.ts$/ }, (args) =>
      args.importer === resolve('src/cli.ts')
        ? { path: `./${CLI_MAIN}`, external: true }
        : undefined,
    );
  },
};

// TOOL_VERSION (src/core/project.ts) is package.json's version; the parser id is part of the
// parse cache's build id (src/pipeline/parse-cache.ts).
const define = {
  __MIGRATION_GUARD_VERSION__: JSON.stringify(version),
  __MIGRATION_GUARD_PARSER_ID__: JSON.stringify(parserId),
  // The embedded database's snapshots are keyed by these (src/staging/embedded-cache.ts);
  // dist/ runs where no node_modules is to read them from (the Action on a runner).
  __MIGRATION_GUARD_PGLITE_VERSIONS__: JSON.stringify({
    pglite: versionOf('@electric-sql/pglite'),
    pgvector: versionOf('@electric-sql/pglite-pgvector'),
  }),
};
const common = {
  outdir: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // node-postgres loads its optional native binding only when asked; we never ask.
  external: ['pg-native'],
  metafile: true,
};

const result = await build({
  ...common,
  // Self-contained bundles (no code splitting) but for cli.js's load of cli-main.cjs: each runs
  // with only the assets beside it. The worker is found next to the file that starts it
  // (src/staging/pglite-worker-thread.ts).
  entryPoints: {
    cli: 'src/cli.ts',
    index: 'src/action.ts',
    'pglite-worker': 'src/staging/pglite-worker.ts',
  },
  format: 'esm',
  banner: { js: `#!/usr/bin/env node\n${banner}` },
  plugins: [flatAssets, cliMainApart],
  define: { ...define, __MIGRATION_GUARD_CLI_MAIN__: JSON.stringify(`./${CLI_MAIN}`) },
});
const cliMain = await build({
  ...common,
  entryPoints: { 'cli-main': 'src/cli/cli.ts' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // What the sources read from import.meta, from the CommonJS module's own names; strict, as
  // the ES modules it is built from are (the directive must come first).
  banner: {
    js: [
      '"use strict";',
      "const __mgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
      "const __mgImportMetaResolve = (specifier) => require('node:url').pathToFileURL(require.resolve(specifier)).href;",
    ].join('\n'),
  },
  plugins: [flatAssets],
  define: {
    ...define,
    'import.meta.url': '__mgImportMetaUrl',
    'import.meta.resolve': '__mgImportMetaResolve',
  },
});
// V8 reads a file of ASCII only as a one-byte string, twice as fast as UTF-8 with other
// characters. esbuild escapes every other character in code (its default charset), but not in
// the comments it keeps (those on class members): written as code points there.
const cliMainFile = join(out, CLI_MAIN);
const cliMainText = await readFile(cliMainFile, 'utf8');
await writeFile(
  cliMainFile,
  cliMainText.replace(/[^ -~\t\n\r]/gu, (c) => `U+${c.codePointAt(0).toString(16).toUpperCase()}`),
);
// `npx migration-guard` (package.json's bin) runs the CLI file itself: it must be executable.
await chmod(join(out, 'cli.js'), 0o755);

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
await bundleFunction(join(out, 'function', 'migration-guard'), version);

// The third-party licences: every package with a file in the bundles (esbuild's metafile), plus
// the packages whose WebAssembly and data files are copied beside them, each with its licence
// text from node_modules. Sorted by name, so the file changes only when the bundled packages do.
const packageDirs = new Set([
  dirname(require.resolve('libpg-query/package.json')),
  dirname(dirname(require.resolve('@electric-sql/pglite'))),
  dirname(dirname(require.resolve('@electric-sql/pglite-pgvector'))),
]);
for (const input of [
  ...Object.keys(result.metafile.inputs),
  ...Object.keys(cliMain.metafile.inputs),
]) {
  const dir = packageDirOf(input);
  if (dir) packageDirs.add(resolve(dir));
}
const packages = [];
for (const dir of packageDirs) {
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  packages.push({
    dir,
    name: manifest.name,
    version: manifest.version,
    license: licenseOf(manifest),
  });
}
packages.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const sections = [
  [
    'Third-party software bundled in dist/ (dist/cli.js, dist/cli-main.cjs, dist/index.js, dist/pglite-worker.js and',
    'the WebAssembly and data files beside them), with the licence of each package. Generated by',
    "npm run bundle (scripts/bundle.mjs) from esbuild's list of bundled files; do not edit.",
  ].join('\n'),
];
for (const pkg of packages) {
  const text = await licenseText(pkg.dir);
  sections.push(
    [
      '-'.repeat(78),
      `${pkg.name}@${pkg.version}`,
      `License: ${pkg.license}`,
      '',
      text ?? `(no licence file in the package; its package.json says: ${pkg.license})`,
    ].join('\n'),
  );
}
await writeFile(join(out, 'licenses.txt'), `${sections.join('\n\n').trimEnd()}\n`);

// Last: the base snapshot the first run on a machine starts from (made only when missing).
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/base-snapshot.ts', out], {
  stdio: 'inherit',
});

/**
 * A hash of libpg-query's version and the sources that make a parse (src/core/sql/*.ts), as
 * src/pipeline/parse-cache.ts computes it when run from the sources: stored parses of another
 * parser are never used.
 */
async function parserIdOf(dir) {
  const manifest = await readFile(require.resolve('libpg-query/package.json'), 'utf8');
  const libpgQuery = JSON.parse(manifest).version;
  const names = (await readdir(dir)).filter((name) => name.endsWith('.ts')).sort();
  const sources = [];
  for (const name of names) sources.push([name, await readFile(join(dir, name), 'utf8')]);
  return createHash('sha256').update(JSON.stringify({ libpgQuery, sources })).digest('hex');
}

/** The package folder of a bundled input (`node_modules/<name>` or `node_modules/@scope/<name>`). */
function packageDirOf(input) {
  const parts = input.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const nameParts = parts[at + 1]?.startsWith('@') ? 2 : 1;
  const dir = parts.slice(0, at + 1 + nameParts).join(sep);
  if (!existsSync(join(dir, 'package.json'))) return undefined;
  return dir;
}

function licenseOf(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license && typeof manifest.license.type === 'string') return manifest.license.type;
  if (Array.isArray(manifest.licenses)) {
    return manifest.licenses.map((entry) => entry.type ?? entry).join(' OR ');
  }
  return 'UNKNOWN';
}

async function licenseText(dir) {
  const names = (await readdir(dir))
    .filter((name) => /^(licen[cs]e|copying)(\.|-|$)/i.test(name))
    .sort();
  if (names.length === 0) return readmeLicenseSection(dir);
  const texts = [];
  for (const name of names) texts.push((await readFile(join(dir, name), 'utf8')).trim());
  return texts.join('\n\n');
}

/** The licence section of a package's README (`## License` to the next heading), for packages
 * that ship no licence file but state it there. */
async function readmeLicenseSection(dir) {
  const readme = (await readdir(dir)).find((name) => /^readme(\.md)?$/i.test(name));
  if (!readme) return undefined;
  const text = await readFile(join(dir, readme), 'utf8');
  const match = /^#+\s*licen[cs]e\s*\n([\s\S]*?)(?=^#+\s|(?![\s\S]))/im.exec(text);
  const section = match?.[1]?.trim();
  return section ? `(from the package's ${readme})\n${section}` : undefined;
}
