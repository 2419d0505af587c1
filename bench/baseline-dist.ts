import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The committed `dist/` of `ref`, taken from git into `<into>/dist` (made if missing), for the
 * benches that run a baseline build beside the current one; returns its `cli.js`.
 */
export function extractBaselineDist(ref: string, into: string, repositoryRoot: string): string {
  mkdirSync(into, { recursive: true });
  const archive = execFileSync('git', ['archive', ref, 'dist'], {
    cwd: repositoryRoot,
    maxBuffer: 512 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', into], { input: archive });
  return join(into, 'dist', 'cli.js');
}
