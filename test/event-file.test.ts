import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventFileProblem } from '../src/action/event-file.ts';

// The Action's entry refuses an event file @actions/github could not load, naming the file;
// a file the runner would never write is refused, not half-read.
const dir = mkdtempSync(join(tmpdir(), 'migration-guard-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function eventFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('eventFileProblem', () => {
  it('accepts a JSON object, and no event file at all', () => {
    const path = eventFile('ok.json', '{"pull_request":{"number":7}}');
    expect(eventFileProblem({ GITHUB_EVENT_PATH: path })).toBeUndefined();
    expect(eventFileProblem({})).toBeUndefined();
  });

  it('leaves a missing file to @actions/github, which logs it and uses an empty payload', () => {
    expect(eventFileProblem({ GITHUB_EVENT_PATH: join(dir, 'absent.json') })).toBeUndefined();
  });

  it('names the file when it is truncated, not an object, or not a file', () => {
    const truncated = eventFile('truncated.json', '{"pull_request": {"number": 7,');
    expect(eventFileProblem({ GITHUB_EVENT_PATH: truncated })).toMatch(
      new RegExp(`^GITHUB_EVENT_PATH ${truncated}: not valid JSON \\(`),
    );
    for (const text of ['[{"pull_request":{"number":7}}]', 'null', '42', '"text"']) {
      const path = eventFile('scalar.json', text);
      expect(eventFileProblem({ GITHUB_EVENT_PATH: path })).toBe(
        `GITHUB_EVENT_PATH ${path}: the event payload is not a JSON object`,
      );
    }
    expect(eventFileProblem({ GITHUB_EVENT_PATH: dir })).toBe(
      `GITHUB_EVENT_PATH ${dir}: cannot be read (EISDIR)`,
    );
  });
});
