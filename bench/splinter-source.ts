/**
 * Supabase's database advisor, splinter (https://github.com/supabase/splinter), read at run
 * time at a pinned commit: its SQL is third-party and never committed here.
 *
 * Sources, in order: a bare git dir `$MIGRATION_GUARD_MIRRORS/supabase+splinter/repo` holding
 * the commit; else a blobless clone of the GitHub repository into a temporary folder, removed
 * once the lints are read.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from './bounded-command.ts';

/** The splinter commit the advisor-parity figures are measured against. */
const SPLINTER_REPOSITORY = 'supabase/splinter';
const SPLINTER_COMMIT = '55db5b1f28e58d816f7d9136eed87eabcd95868d';

/** One advisor lint: its file's name without `.sql` (`0013_rls_disabled_in_public`) and query. */
export interface AdvisorLintQuery {
  lint: string;
  /** The view's SELECT, to be run as a subquery. */
  select: string;
}

export interface SplinterSource {
  repository: string;
  commit: string;
  /** Where the lints were read from. */
  label: string;
  lints: AdvisorLintQuery[];
}

const gitEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
const GIT_TIMEOUT_MS = 60_000;
const CLONE_TIMEOUT_MS = Number(process.env['BENCH_CLONE_TIMEOUT_MS'] ?? 600_000);

async function git(gitDir: string, args: string[], timeoutMs = GIT_TIMEOUT_MS) {
  return runCommand('git', [`--git-dir=${gitDir}`, ...args], { env: gitEnv, timeoutMs });
}

async function hasCommit(gitDir: string): Promise<boolean> {
  return (await git(gitDir, ['cat-file', '-e', `${SPLINTER_COMMIT}^{commit}`])).code === 0;
}

/**
 * Each lint file is `create view lint."<lint>" as <select>;`: keep the SELECT, so the lints run
 * as queries and leave nothing in the database a migration could trip over.
 */
function lintSelect(lint: string, text: string): string {
  const header = new RegExp(`create\\s+view\\s+lint\\."${lint}"\\s+as\\s`, 'i').exec(text);
  if (!header) throw new Error(`lints/${lint}.sql does not start with create view lint."${lint}"`);
  return text
    .slice(header.index + header[0].length)
    .trim()
    .replace(/;\s*$/, '');
}

async function readLints(gitDir: string, label: string): Promise<SplinterSource> {
  const listing = await git(gitDir, ['ls-tree', '--name-only', SPLINTER_COMMIT, 'lints/']);
  if (listing.code !== 0) throw new Error(`git ls-tree in ${gitDir}: ${listing.stderr.trim()}`);
  const files = listing.stdout
    .split('\n')
    .filter((path) => /^lints\/\d{4}_\w+\.sql$/.test(path))
    .sort();
  if (files.length === 0) throw new Error(`${label} has no lints/*.sql at ${SPLINTER_COMMIT}`);
  const lints: AdvisorLintQuery[] = [];
  for (const path of files) {
    const shown = await git(gitDir, ['show', `${SPLINTER_COMMIT}:${path}`], CLONE_TIMEOUT_MS);
    if (shown.code !== 0) throw new Error(`git show ${path}: ${shown.stderr.trim()}`);
    const lint = path.slice('lints/'.length, -'.sql'.length);
    lints.push({ lint, select: lintSelect(lint, shown.stdout) });
  }
  return { repository: SPLINTER_REPOSITORY, commit: SPLINTER_COMMIT, label, lints };
}

/** The advisor's lints at the pinned commit, or a sentence saying why they cannot be had. */
export async function loadSplinter(): Promise<SplinterSource | string> {
  const mirrors = process.env['MIGRATION_GUARD_MIRRORS'];
  const mirror = mirrors ? join(mirrors, 'supabase+splinter', 'repo') : undefined;
  if (mirror && existsSync(mirror) && (await hasCommit(mirror))) {
    return readLints(mirror, `mirror ${mirror}`);
  }
  const url = `https://github.com/${SPLINTER_REPOSITORY}.git`;
  const work = mkdtempSync(join(tmpdir(), 'mg-splinter-'));
  try {
    const clone = await runCommand(
      'git',
      ['clone', '--quiet', '--filter=blob:none', '--no-checkout', url, work],
      { env: gitEnv, timeoutMs: CLONE_TIMEOUT_MS },
    );
    const gitDir = join(work, '.git');
    if (clone.code !== 0 || !(await hasCommit(gitDir))) {
      const why = clone.code !== 0 ? clone.stderr.trim().split('\n').at(-1) : 'commit missing';
      return `splinter ${SPLINTER_COMMIT} is not available: ${mirror ? `no usable mirror at ${mirror}` : 'MIGRATION_GUARD_MIRRORS is not set'}, and cloning ${url} failed (${why}). Point MIGRATION_GUARD_MIRRORS at a folder holding supabase+splinter/repo, a bare git dir with that commit.`;
    }
    return await readLints(gitDir, `clone of ${url}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
