import './runtime/wasm-baseline-only.ts';
import { fileURLToPath } from 'node:url';
import { helpOrVersion } from './cli/usage.ts';
import { loadCodeCachedScript } from './runtime/code-cached-script.ts';

/** In the bundle, the file beside cli.js that holds the rest of the CLI (scripts/bundle.mjs). */
declare const __MIGRATION_GUARD_CLI_MAIN__: string | undefined;

type Main = typeof import('./cli/cli.ts').main;

const argv = process.argv.slice(2);
// Help and version are answered before the rest of the CLI loads (a tenth of the start-up).
const quick = helpOrVersion(argv);
if (quick) {
  process.stdout.write(quick.text);
  process.exitCode = quick.code;
} else {
  // The bundle loads the rest of the CLI with V8's code cache (src/runtime/code-cached-script.ts);
  // from the sources it is imported.
  const bundled =
    typeof __MIGRATION_GUARD_CLI_MAIN__ === 'string'
      ? loadCodeCachedScript(
          fileURLToPath(new URL(__MIGRATION_GUARD_CLI_MAIN__, import.meta.url)),
          process.env,
        )
      : undefined;
  const { main } = bundled ? (bundled.exports as { main: Main }) : await import('./cli/cli.ts');
  process.exitCode = await main(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  });
  bundled?.saveCache();
}
