import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitRoot } from '../src/workspace/git-base.ts';

// gitRoot walks up to the nearest `.git` instead of starting git; git's own answer is the
// reference it must keep giving, since every report path is relative to it.
const base = realpathSync(mkdtempSync(join(tmpdir(), 'mg-git-root-')));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const gitsAnswer = (cwd: string): string | null => {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};

describe('gitRoot', () => {
  const repo = join(base, 'repo');
  const nested = join(repo, 'apps', 'web', 'supabase');
  mkdirSync(nested, { recursive: true });
  execFileSync('git', ['init', '--quiet'], { cwd: repo });
  const linked = join(base, 'linked');
  symlinkSync(nested, linked);
  const outside = join(base, 'outside');
  mkdirSync(outside);

  it.each([
    ['the repository root', repo],
    ['a folder deep inside it', nested],
    ['a symlink into it (resolved, as git resolves it)', linked],
  ])('gives what git gives from %s', async (_, cwd) => {
    expect(await gitRoot(cwd)).toBe(gitsAnswer(cwd));
    expect(await gitRoot(cwd)).toBe(repo);
  });

  it('is null outside a repository, as git fails there', async () => {
    // tmpdir() may itself sit inside a repository on a developer's machine: compare with git.
    expect(await gitRoot(outside)).toBe(gitsAnswer(outside));
  });
});
