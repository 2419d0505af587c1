import { readFileSync } from 'node:fs';

/**
 * `@actions/github` builds its `context` when it is loaded, by parsing GITHUB_EVENT_PATH; a
 * truncated or otherwise unreadable event file makes that load throw a bare SyntaxError before
 * the Action can say anything. The entry calls this first, so the job fails naming the file.
 * Returns the problem, or undefined when the file is absent from the environment or valid JSON
 * (a path that does not exist is left to `@actions/github`, which logs it and uses `{}`).
 */
export function eventFileProblem(env: NodeJS.ProcessEnv): string | undefined {
  const path = env['GITHUB_EVENT_PATH'];
  if (!path) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    return `GITHUB_EVENT_PATH ${path}: cannot be read (${code ?? String(error)})`;
  }
  try {
    const payload: unknown = JSON.parse(text);
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
      return `GITHUB_EVENT_PATH ${path}: the event payload is not a JSON object`;
  } catch (error) {
    return `GITHUB_EVENT_PATH ${path}: not valid JSON (${(error as Error).message})`;
  }
  return undefined;
}
