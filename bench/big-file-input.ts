/**
 * Inputs for `bench:big-file`: realistic migration SQL of a given size, in 1 MiB parts. A part
 * is a schema change set (tables, indexes, foreign keys, a PL/pgSQL function, a policy) and
 * data loaded with multi-row `INSERT ... VALUES`, the way a seed-like migration carries it.
 * Each part names its own objects, so twenty parts as twenty files and as one file are the
 * same statements.
 */

const MIB = 1024 * 1024;

/** Part `n` (0-based): about `bytes` of SQL, ending with a newline. */
export function migrationPart(n: number, bytes = MIB): string {
  const p = `p${String(n).padStart(3, '0')}`;
  const out: string[] = [];
  let size = 0;
  const push = (s: string) => {
    out.push(s);
    size += s.length;
  };
  push(`-- part ${n}: accounts, orders and their data\n`);
  push(
    `create table public.${p}_account (\n  id bigint generated always as identity primary key,\n  tenant_id uuid not null,\n  email text not null,\n  created_at timestamptz not null default now()\n);\n`,
  );
  push(`create index ${p}_account_tenant_idx on public.${p}_account (tenant_id);\n`);
  push(`alter table public.${p}_account enable row level security;\n`);
  push(
    `create policy ${p}_account_own on public.${p}_account for select to authenticated using (tenant_id = (select auth.uid()));\n`,
  );
  push(
    `create table public.${p}_order (\n  id bigint generated always as identity primary key,\n  account_id bigint not null references public.${p}_account (id),\n  total numeric(12, 2) not null check (total >= 0),\n  note text\n);\n`,
  );
  push(`create index ${p}_order_account_idx on public.${p}_order (account_id);\n`);
  push(
    `create or replace function public.${p}_touch() returns trigger\nlanguage plpgsql as $$\nbegin\n  new.note := coalesce(new.note, '');\n  return new;\nend;\n$$;\n`,
  );
  let batch = 0;
  while (size < bytes - 4096) {
    const rows: string[] = [];
    const perStatement = batch % 10 === 9 ? 1 : 100;
    for (let r = 0; r < 100; r++) {
      const k = batch * 100 + r;
      rows.push(
        `  ('${hexUuid(n, k)}', 'user${k}@example.com', '2024-01-${String((k % 28) + 1).padStart(2, '0')} 10:00:00+00')`,
      );
    }
    // Most data as 100-row statements, one batch in ten as one statement per row.
    for (let r = 0; r < rows.length; r += perStatement) {
      push(
        `insert into public.${p}_account (tenant_id, email, created_at) values\n${rows.slice(r, r + perStatement).join(',\n')};\n`,
      );
    }
    if (batch % 5 === 4) {
      push(
        `insert into public.${p}_order (account_id, total, note) values (${batch + 1}, ${batch}.50, 'batch ${batch}'), (${batch + 2}, ${batch}.75, null);\n`,
      );
    }
    batch++;
  }
  return out.join('');
}

function hexUuid(n: number, k: number): string {
  const a = ((n * 7919 + k) >>> 0).toString(16).padStart(8, '0');
  const b = (k >>> 0).toString(16).padStart(12, '0');
  return `${a}-0000-4000-8000-${b}`;
}
