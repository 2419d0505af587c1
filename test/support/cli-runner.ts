import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/cli.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in process, as a script would (no TTY), capturing its output. */
export async function runCli(args: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTty: false,
    env: {},
    cwd,
  });
  return { code, stdout, stderr };
}

/** Temporary project directories, written from path -> text, removed by `removeAll`. */
export class TempProjects {
  readonly #dirs: string[] = [];

  create(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'mg-project-'));
    this.#dirs.push(dir);
    for (const [path, text] of Object.entries(files)) {
      const full = join(dir, path);
      mkdirSync(join(full, '..'), { recursive: true });
      writeFileSync(full, text);
    }
    return dir;
  }

  removeAll(): void {
    for (const d of this.#dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  }
}
