// Builds dist/ from src/: the CLI (and later the Action) as single ESM files, plus the runtime
// assets they load from disk. dist/ is committed; CI fails when this script changes it.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

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

await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: `#!/usr/bin/env node\n${banner}` },
  legalComments: 'none',
  logLevel: 'warning',
});

// The Postgres parser's WebAssembly, found next to the bundle at run time.
const wasm = join(dirname(require.resolve('libpg-query/package.json')), 'wasm', 'libpg-query.wasm');
await copyFile(wasm, join(out, 'libpg-query.wasm'));
