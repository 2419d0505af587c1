import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOOL_VERSION } from '../src/core/project.ts';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  version: string;
};

describe('TOOL_VERSION', () => {
  it("is package.json's version under test", () => {
    expect(TOOL_VERSION).toBe(version);
  });

  it("is package.json's version in the bundled CLI (dist/ is rebuilt by npm run bundle)", () => {
    const printed = execFileSync(process.execPath, ['dist/cli.js', '--version'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(printed).toBe(`${version}\n`);
  });

  it('says no release when run from source without the build-time definition', () => {
    const printed = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '--eval',
        "const { TOOL_VERSION } = await import('./src/core/project.ts'); console.log(TOOL_VERSION);",
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(printed).toBe('0.0.0-dev\n');
  });
});
