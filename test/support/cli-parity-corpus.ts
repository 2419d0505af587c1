/**
 * Files that trip naive splitters, written for the golden tests against the real Supabase CLI
 * (test/supabase-cli-parity.test.ts, and the edge function's cli_parity_test.ts, which imports
 * this file too: it has no imports of its own, so Node and Deno both load it).
 */
export const CLI_PARITY_CORPUS: Readonly<Record<string, string>> = {
  '20240101000001_empty.sql': '',
  '20240101000002_comment_only.sql': '-- written by supabase migration new\n',
  '20240101000003_double_semicolon.sql':
    'create table public.ledger (id int);;\ninsert into public.ledger values (1);\n',
  '20240101000004_byte_order_mark.sql':
    '\uFEFFcreate table public.bom_notes (id int primary key, body text);\n',
  '20240101000005_dollar_quotes.sql':
    'create function public.bump() returns int language plpgsql as $$\nbegin\n  perform 1; return 2;\nend;\n$$;\n' +
    "create function public.semi() returns text language sql as $body$ select 'a;b' $body$;\n",
  '20240101000006_begin_atomic.sql':
    'create function public.ledger_count() returns bigint language sql\nbegin atomic\n  select 1;\n  select count(*) from public.ledger;\nend;\n' +
    'select public.ledger_count();\n',
  '20240101000007_index_concurrently.sql':
    '-- build without blocking writes\ncreate index concurrently ledger_id_idx on public.ledger (id);\n',
  '20240101000008_do_blocks.sql':
    "do $$ begin raise notice 'one; two'; end $$;\ndo language plpgsql $do$ begin perform 1; end $do$;\n",
  '20240101000009_trailing_comments.sql':
    'insert into public.ledger values (2);\n-- psql-style note at the end\n/* and a block comment */\n',
  '20240101000010_crlf.sql':
    '-- windows line endings\r\ninsert into public.ledger values (3);\r\ninsert into public.ledger values (4);\r\n',
  '20240101000011_trailing_whitespace.sql':
    'insert into public.ledger values (5);   \n\t\ninsert into public.ledger values (6) ;  \t \n\n',
  '20240101000012_comments_between.sql': 'select 1; -- about the next one\nselect 2; /* the end */',
  '20240101000013_semicolons_only.sql': ';\n;;\n',
};
