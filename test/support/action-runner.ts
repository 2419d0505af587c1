import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { TempProjects } from './cli-runner.ts';
import type { PgCluster } from './pg-cluster.ts';
import { startSupabaseLikeCluster } from './supabase-server.ts';

// The Action as a runner runs it: `node dist/index.js` with INPUT_* variables and the runner's
// files. dist/ is rebuilt before the tests when it is stale (test/support/fresh-bundle.ts).
export const bundle = resolve('dist/index.js');

export interface ActionRun {
  code: number;
  stdout: string;
  outputs: Map<string, string>;
  summary: string;
}

export async function runAction(
  projects: TempProjects,
  cwd: string,
  inputs: Record<string, string>,
  event: { name: string; payload: unknown },
  extraEnv: Record<string, string> = {},
  /** `signal` ends the Action's process (SIGTERM) when aborted, e.g. by a test that failed. */
  options: { signal?: AbortSignal } = {},
): Promise<ActionRun> {
  const runner = projects.create({});
  const files = {
    event: join(runner, 'event.json'),
    output: join(runner, 'output'),
    summary: join(runner, 'summary.md'),
  };
  writeFileSync(files.event, JSON.stringify(event.payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  // The runner's form: `INPUT_` + the name upper-cased, dashes kept (INPUT_FAIL-ON).
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
  );
  const env = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? runner,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REPOSITORY: 'acme/saas-app',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: runner,
    ...inputEnv,
    ...extraEnv,
  };
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((done) => {
    execFile(
      process.execPath,
      [bundle],
      {
        cwd,
        env,
        maxBuffer: 64 * 1024 * 1024,
        ...(options.signal ? { signal: options.signal } : {}),
      },
      (error, out) => {
        const status = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
        done({ code: status, stdout: out });
      },
    );
  });
  return {
    code,
    stdout,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
  };
}

/** GITHUB_OUTPUT holds `name=value` lines or `name<<DELIMITER` heredocs (what @actions/core writes). */
function parseOutputFile(text: string): Map<string, string> {
  const outputs = new Map<string, string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] && heredoc[2]) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i] ?? '');
      outputs.set(heredoc[1], value.join('\n'));
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) outputs.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return outputs;
}

/**
 * One PostgreSQL server for a test file's Action runs, started before its tests and stopped
 * after them: `onServer()` gives the `database-url` input that sends a run's migrations there
 * (the Action rolls them back) instead of to an embedded database each run would start. It has
 * Supabase's surface already, as a staging project or preview branch has (supabase-server.ts).
 */
export function stagingServerForFile(): { onServer: () => { 'database-url': string } } {
  let staging: PgCluster | undefined;
  beforeAll(async () => {
    staging = await startSupabaseLikeCluster();
  });
  afterAll(async () => {
    await staging?.stop();
  });
  return { onServer: () => ({ 'database-url': staging?.url ?? '' }) };
}
