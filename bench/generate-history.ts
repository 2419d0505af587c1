import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes a synthetic but realistic Supabase migration history: tenant tables with policies,
 * column additions, indexes (plain and concurrent), constraints, functions, DO blocks and
 * small data fixes. Deterministic, so runs compare.
 */
export async function generateHistory(
  dir: string,
  fileCount: number,
  statementsPerFile: number,
): Promise<{ files: number; statements: number }> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let statements = 0;
  const tables: string[] = [];
  for (let f = 0; f < fileCount; f++) {
    const version = `2023${String(1 + (Math.floor(f / 28) % 12)).padStart(2, '0')}${String(1 + (f % 28)).padStart(2, '0')}${String(f).padStart(6, '0')}`;
    const lines: string[] = [`-- migration ${f}: generated for the benchmark`];
    let n = 0;
    while (n < statementsPerFile) {
      const pick = (f * 31 + n * 7) % 10;
      if (pick < 2 || tables.length === 0) {
        const t = `entity_${f}_${n}`;
        tables.push(t);
        lines.push(
          `create table if not exists public.${t} (\n  id bigint generated always as identity primary key,\n  workspace_id uuid not null references public.workspaces (id) on delete cascade,\n  title text not null,\n  payload jsonb not null default '{}'::jsonb,\n  created_at timestamptz not null default now()\n);`,
          `create index ${t}_workspace_idx on public.${t} (workspace_id);`,
          `alter table public.${t} enable row level security;`,
          `create policy "${t} members" on public.${t} for all to authenticated\n  using (workspace_id in (select workspace_id from public.workspace_members where user_id = (select auth.uid())))\n  with check (workspace_id in (select workspace_id from public.workspace_members where user_id = (select auth.uid())));`,
        );
        n += 4;
        continue;
      }
      const t = tables[(f * 13 + n) % tables.length];
      switch (pick) {
        case 2:
          lines.push(`alter table public.${t} add column note_${n} text;`);
          break;
        case 3:
          lines.push(
            `create index concurrently if not exists ${t}_created_${n}_idx on public.${t} (created_at);`,
          );
          break;
        case 4:
          lines.push(
            `alter table public.${t} add constraint ${t}_title_${n}_check check (char_length(title) < 500) not valid;`,
          );
          break;
        case 5:
          lines.push(
            `update public.${t} set title = trim(title) where id between ${n * 1000} and ${n * 1000 + 999};`,
          );
          break;
        case 6:
          lines.push(
            `create or replace function public.${t}_touch_${n}() returns trigger\nlanguage plpgsql as $$\nbegin\n  if old.title is distinct from new.title then\n    new.created_at := now();\n  end if;\n  return new;\nend;\n$$;`,
          );
          break;
        case 7:
          lines.push(
            `do $$\nbegin\n  if not exists (select 1 from pg_type where typname = 'status_${f}_${n}') then\n    create type public.status_${f}_${n} as enum ('open', 'closed');\n  end if;\nend\n$$;`,
          );
          break;
        case 8:
          lines.push(
            `comment on column public.${t}.title is 'Shown in lists; at most 500 characters.';`,
          );
          break;
        default:
          lines.push(`create index ${t}_title_${n}_idx on public.${t} (title);`);
      }
      n += 1;
    }
    statements += n;
    await writeFile(join(dir, `${version}_step_${f}.sql`), `${lines.join('\n\n')}\n`);
  }
  return { files: fileCount, statements };
}
