import './runtime/wasm-baseline-only.ts';
import { helpOrVersion } from './cli/usage.ts';

const argv = process.argv.slice(2);
// Help and version are answered before the rest of the CLI loads (a tenth of the start-up).
const quick = helpOrVersion(argv);
if (quick) {
  process.stdout.write(quick.text);
  process.exitCode = quick.code;
} else {
  const { main } = await import('./cli/cli.ts');
  process.exitCode = await main(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  });
}
