import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/core/rules/registry.ts';
import { readmeWithTable } from '../scripts/rules-table.ts';
import { runCli } from './support/cli-runner.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every rule with a link to its page (npm run docs:rules regenerates it)', () => {
    expect(readme).toBe(readmeWithTable(readme));
    for (const rule of RULES) {
      expect(readme).toContain(`[\`${rule.meta.id}\`](src/core/rules/${rule.meta.id}/README.md)`);
    }
  });

  it('starts with the two set-up commands', () => {
    const setup = readme.slice(readme.indexOf('## Set up'));
    expect(setup).toContain(
      'npx migration-guard check --dir examples/acme-saas/supabase/migrations',
    );
    expect(setup).toContain('npm test');
  });

  it('shows the example workflows verbatim', () => {
    for (const name of ['migration-guard-check.yml', 'migration-guard-rollout.yml']) {
      const text = readFileSync(new URL(`../examples/workflows/${name}`, import.meta.url), 'utf8');
      expect(readme).toContain(`\`\`\`yaml\n${text}\`\`\``);
    }
  });

  it('documents every input of action.yml with its default, and every output', () => {
    const action = parseYaml(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
    };
    for (const [name, input] of Object.entries(action.inputs)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, name).toBeDefined();
      if (input.default !== undefined && !input.default.startsWith('${{'))
        expect(row, name).toContain(`\`${input.default}\``);
    }
    for (const name of Object.keys(action.outputs)) expect(readme).toContain(`\`${name}\``);
  });
});

describe("README's CLI section and the CLI's help", () => {
  async function help(args: string[]): Promise<string> {
    const run = await runCli(args, process.cwd());
    expect(run.code, args.join(' ')).toBe(0);
    return run.stdout + run.stderr;
  }
  const words = (line: string) => line.trim().split(/\s+/).join(' ');
  const cli = readme.slice(
    readme.indexOf('## The CLI'),
    readme.indexOf('\n## ', readme.indexOf('## The CLI') + 1),
  );
  const flagsIn = (text: string) => new Set(text.match(/--[a-z][a-z-]*/g) ?? []);
  const optionsOf = (usage: string) => {
    const start = usage.indexOf('\nOptions:\n');
    return usage.slice(start, usage.indexOf('\n\n', start + 1));
  };

  it('the synopsis at the top of the section is what --help prints', async () => {
    const top = await help(['--help']);
    const block = /```\n([\s\S]*?)```/.exec(cli)?.[1] ?? '';
    const fromHelp = top.slice('Usage:\n'.length, top.indexOf('\n\n')).split('\n').map(words);
    expect(block.trimEnd().split('\n').map(words)).toEqual(fromHelp);
  });

  it("each command's help opens with its line of that synopsis, and names the FILES rule", async () => {
    const block = /```\n([\s\S]*?)```/.exec(cli)?.[1] ?? '';
    for (const command of ['check', 'fix', 'stats', 'function']) {
      const text = await help([command, '--help']);
      expect(await help(['help', command])).toBe(text);
      const first = text.slice('Usage: '.length, text.indexOf('\n\n')).split('\n').map(words);
      const start = block.split('\n').findIndex((l) => l.startsWith(`migration-guard ${command} `));
      const lines = block
        .split('\n')
        .slice(start, start + first.length)
        .map(words);
      expect(lines, command).toEqual(first);
      if (command === 'check' || command === 'fix') expect(text).toMatch(/FILES: [\s\S]*history/);
      if (command !== 'function') expect(text).toMatch(/Examples?:\n {2}migration-guard /);
    }
  });

  it("the flag tables list only flags the command's help has, and the help no flag the section lacks", async () => {
    const check = await help(['check', '--help']);
    const fix = await help(['fix', '--help']);
    const tables = cli.split('\n').filter((l) => l.startsWith('| `'));
    const checkTable = tables.slice(
      0,
      tables.findIndex((l) => l.startsWith('| `--write`')),
    );
    const fixTable = tables.slice(checkTable.length);
    for (const flag of flagsIn(checkTable.join('\n')))
      expect(flagsIn(optionsOf(check)), flag).toContain(flag);
    for (const flag of flagsIn(fixTable.join('\n')))
      expect(flagsIn(optionsOf(fix)), `fix ${flag}`).toContain(flag);
    for (const flag of [...flagsIn(optionsOf(check)), ...flagsIn(optionsOf(fix))]) {
      if (flag === '--help' || flag === '--version') continue;
      expect(flagsIn(cli), flag).toContain(flag);
    }
  });
});
