import './runtime/wasm-baseline-only.ts';
import * as core from '@actions/core';
import { eventFileProblem } from './action/event-file.ts';

// The rest of the Action is loaded only after the event file is known to parse: loading
// `@actions/github` parses it, and a failure there would be a stack trace, not a message.
const problem = eventFileProblem(process.env);
if (problem !== undefined) {
  core.setFailed(`${problem}\n  fix: the runner writes this file; re-run the job`);
} else {
  const { runAction } = await import('./action/main.ts');
  await runAction(process.env, process.cwd());
}
