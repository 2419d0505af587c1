import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The base commit of the pull request that triggered the run (`pull_request.base.sha` in the
 * event payload at GITHUB_EVENT_PATH), or undefined when there is no such payload.
 */
export async function pullRequestBaseSha(
  eventPath: string | undefined,
): Promise<string | undefined> {
  if (eventPath === undefined || eventPath === '') return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(eventPath, 'utf8'));
  } catch {
    return undefined;
  }
  const sha = field(field(field(payload, 'pull_request'), 'base'), 'sha');
  return typeof sha === 'string' && /^[0-9a-f]{40}$/i.test(sha) ? sha : undefined;
}

/** True when `sha` names a commit present in the checkout at `cwd` (a shallow clone often lacks it). */
export async function commitExists(sha: string, cwd: string): Promise<boolean> {
  try {
    await run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd });
    return true;
  } catch {
    return false;
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[name]
    : undefined;
}
