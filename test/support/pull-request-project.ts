import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TempProjects } from './cli-runner.ts';

/** The pull request the bundled Action's tests check: a small history, one risky change. */

export const M = 'supabase/migrations';

export const history = {
  [`${M}/20240101000000_workspaces.sql`]: `create table public.workspaces (
  id bigint generated always as identity primary key,
  name text not null
);
create table public.invoices (
  id bigint generated always as identity primary key,
  workspace_id bigint not null references public.workspaces (id),
  amount_cents integer not null
);
`,
};

// Rewrites the whole table under an ACCESS EXCLUSIVE lock: an error by default.
export const change = {
  [`${M}/20240301000000_widen_amount.sql`]: `alter table public.invoices alter column amount_cents type bigint;
`,
};

/** A git repository with the history committed as the base and the change committed on top. */
export function pullRequestProject(projects: TempProjects): { dir: string; baseSha: string } {
  const dir = projects.create(history);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], {
      cwd: dir,
      encoding: 'utf8',
    }).trim();
  git('init', '--quiet');
  git('add', '.');
  git('commit', '--quiet', '-m', 'history');
  const baseSha = git('rev-parse', 'HEAD');
  for (const [path, text] of Object.entries(change)) writeFileSync(join(dir, path), text);
  git('add', '.');
  git('commit', '--quiet', '-m', 'change');
  return { dir, baseSha };
}

export const pullRequest = (baseSha: string, headRef = 'feature/widen-amount') => ({
  name: 'pull_request',
  payload: {
    pull_request: {
      number: 7,
      base: { sha: baseSha },
      head: { sha: 'f'.repeat(40), ref: headRef },
    },
  },
});
