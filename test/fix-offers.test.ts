import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixOfferBlock, suggestionCommentBody } from '../src/core/report/render-fix-offer.ts';
import { fixOffers } from '../src/pipeline/fix-offers.ts';
import { runCheck } from '../src/pipeline/run-check.ts';
import { TempProjects } from './support/cli-runner.ts';

// What the PR comment offers of `migration-guard fix`: decided by fix's own planner and lint,
// and safe to show whatever the migration file holds.

const M = 'supabase/migrations';
const history = {
  [`${M}/20240101000000_orders.sql`]: `create table public.orders (
  id bigint generated always as identity primary key,
  status text,
  note text
);
alter table public.orders enable row level security;
create policy orders_read on public.orders for select to authenticated using (true);
`,
};

const projects = new TempProjects();
afterAll(() => projects.removeAll());

async function offersFor(files: Record<string, string>, base = { ref: 'main' }) {
  const dir = projects.create({ ...history, ...files });
  const outcome = await runCheck({ cwd: dir, files: Object.keys(files).map((f) => join(dir, f)) });
  return { offers: await fixOffers(outcome, base), dir };
}

/**
 * The lines of the first fenced block opened by `opening` in `markdown`, up to the fence that
 * closes it as CommonMark reads it: a line of at least as many backticks and nothing else.
 */
function fencedBlock(markdown: string, opening: RegExp): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => opening.test(l));
  if (start < 0) throw new Error(`no fence ${opening} in:\n${markdown}`);
  const fence = /^(`{3,})/.exec(lines[start] ?? '')?.[1] ?? '```';
  const end = lines.findIndex(
    (l, i) => i > start && /^ {0,3}(`{3,})\s*$/.test(l) && l.trim().length >= fence.length,
  );
  if (end < 0) throw new Error('the block is never closed');
  return lines.slice(start + 1, end);
}

/** The lines of `markdown` outside its fenced code blocks, read as CommonMark closes them. */
function outsideBlocks(markdown: string): string {
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const run = /^ {0,3}(`{3,})/.exec(line)?.[1];
    if (fence === undefined) {
      if (run !== undefined) fence = run;
      else kept.push(line);
    } else if (run !== undefined && run.length >= fence.length && line.trim() === run) {
      fence = undefined;
    }
  }
  return kept.join('\n');
}

describe('fix offers for the PR comment', () => {
  it('offers the command for a file fix rewrites, and a suggestion when one statement changes in place', async () => {
    const file = `${M}/20240301000000_orders_status_idx.sql`;
    const { offers } = await offersFor({
      [file]: `-- orders are listed by status
create index orders_status_idx
  on public.orders (status);
`,
    });
    expect(offers).toHaveLength(1);
    const [offer] = offers;
    expect(offer?.file).toBe(file);
    expect(offer?.files).toBe(1);
    expect(offer?.command).toBe(`npx migration-guard fix ${file} --base origin/main --write`);
    expect(offer?.suggestion).toEqual({
      startLine: 2,
      endLine: 3,
      replacement: 'create index concurrently orders_status_idx\n  on public.orders (status);',
    });
  });

  it('a rewrite into several files gets the command only', async () => {
    const { offers } = await offersFor({
      [`${M}/20240301000000_status_required.sql`]:
        'alter table public.orders alter column status set not null;\n',
    });
    expect(offers).toHaveLength(1);
    expect(offers[0]?.files).toBeGreaterThan(1);
    expect(offers[0]?.suggestion).toBeUndefined();
  });

  it('no offer for a file with an error finding fix does not rewrite (fix would write nothing), nor for a clean file', async () => {
    const { offers } = await offersFor({
      [`${M}/20240301000000_mixed.sql`]: `create index orders_status_idx on public.orders (status);
truncate public.orders;
`,
      [`${M}/20240302000000_clean.sql`]: 'create table public.tags (id bigint primary key);\n',
    });
    expect(offers).toEqual([]);
  });

  it('offers fix for the first 3 such files only (each costs a lint of the directory)', async () => {
    const files = Object.fromEntries(
      [1, 2, 3, 4].map((n) => [
        `${M}/2024030${n}000000_idx_${n}.sql`,
        `create index orders_idx_${n} on public.orders (status, id);\n`,
      ]),
    );
    const { offers } = await offersFor(files);
    expect(offers.map((o) => o.file)).toEqual(Object.keys(files).slice(0, 3));
  });

  it('no suggestion when the statement shares its line with something a suggestion would drop', async () => {
    const { offers } = await offersFor({
      [`${M}/20240301000000_idx.sql`]:
        'create index orders_status_idx on public.orders (status); -- keep me\n',
    });
    expect(offers).toHaveLength(1);
    expect(offers[0]?.suggestion).toBeUndefined();
  });

  it('a hostile file name is one shell word: the command runs nothing of it', async () => {
    const file = `${M}/20240301000000_x'$(touch pwned)\`touch pwned2\`;echo.sql`;
    const { offers, dir } = await offersFor({
      [file]: 'create index orders_status_idx on public.orders (status);\n',
    });
    const command = offers[0]?.command;
    expect(command).toBeDefined();
    // The shell splits the command as a user pasting it would; printf shows each word.
    const words = execFileSync(
      'sh',
      ['-c', `set -- ${(command ?? '').replace(/^npx /, '')}; printf '%s\\n' "$@"`],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(words.split('\n').slice(0, -1)).toEqual([
      'migration-guard',
      'fix',
      file,
      '--base',
      'origin/main',
      '--write',
    ]);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(existsSync(join(dir, 'pwned2'))).toBe(false);
  });

  it('a hostile base branch name is one shell word too', async () => {
    const ref = "feat/$(touch pwned)'`touch pwned2`";
    const { offers, dir } = await offersFor(
      {
        [`${M}/20240301000000_idx.sql`]:
          'create index orders_status_idx on public.orders (status);\n',
      },
      { ref },
    );
    const command = offers[0]?.command ?? '';
    const words = execFileSync('sh', ['-c', `set -- ${command}; printf '%s\\n' "$@"`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(words.split('\n').slice(0, -1).slice(-3)).toEqual([
      '--base',
      `origin/${ref}`,
      '--write',
    ]);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(existsSync(join(dir, 'pwned2'))).toBe(false);
  });

  it('SQL that holds fences, HTML and mentions stays inside its code block', async () => {
    const sql = `create index orders_note_idx on public.orders (note)
  where note <> '
\`\`\`
<img src=x onerror=alert(1)> @octocat **bold**
\`\`\`\`
';
`;
    const { offers } = await offersFor({ [`${M}/20240301000000_idx.sql`]: sql });
    const offer = offers[0];
    const change = offer?.suggestion;
    if (!offer || !change) throw new Error('expected an in-place change');
    expect(change.replacement).toContain('<img src=x');

    const body = suggestionCommentBody(offer, change, 'k');
    const suggestion = fencedBlock(body, /^`{3,}suggestion$/);
    expect(suggestion.join('\n')).toBe(change.replacement);
    // Outside the blocks, the body holds only the marker and the tool's own words.
    const outside = outsideBlocks(body);
    expect(outside).not.toContain('@octocat');
    expect(outside).not.toContain('<img');

    const block = fixOfferBlock(offer, false);
    expect(fencedBlock(block, /^`{3,}sql$/).join('\n')).toBe(change.replacement);
  });
});
