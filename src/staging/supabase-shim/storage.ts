/**
 * Supabase Storage's schema: the tables migrations insert buckets into and write policies on
 * (`storage.buckets`, `storage.objects`), the multipart-upload tables, and the SQL helpers
 * storage policies call. The service itself does not run on staging.
 */
export const storageSql = `
do $shim$
begin
  if to_regtype('storage.buckettype') is null then
    create type storage.buckettype as enum ('STANDARD', 'ANALYTICS', 'VECTOR');
  end if;
end
$shim$;

create table if not exists storage.buckets (
  id text primary key,
  name text not null,
  owner uuid,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  public boolean default false,
  avif_autodetection boolean default false,
  file_size_limit bigint,
  allowed_mime_types text[],
  owner_id text,
  type storage.buckettype not null default 'STANDARD'
);
create unique index if not exists bname on storage.buckets (name);
create table if not exists storage.objects (
  id uuid primary key default gen_random_uuid(),
  bucket_id text references storage.buckets (id),
  name text,
  owner uuid,
  created_at timestamptz default now(),
  updated_at timestamptz default now(),
  last_accessed_at timestamptz default now(),
  metadata jsonb,
  path_tokens text[] generated always as (string_to_array(name, '/')) stored,
  version text,
  owner_id text,
  user_metadata jsonb
);
create unique index if not exists bucketid_objname on storage.objects (bucket_id, name);
create index if not exists name_prefix_search on storage.objects (name text_pattern_ops);
create table if not exists storage.migrations (
  id integer primary key,
  name varchar(100) not null unique,
  hash varchar(40) not null,
  executed_at timestamp default current_timestamp
);
create table if not exists storage.s3_multipart_uploads (
  id text primary key,
  in_progress_size bigint not null default 0,
  upload_signature text not null,
  bucket_id text not null references storage.buckets (id),
  key text not null,
  version text not null,
  owner_id text,
  created_at timestamptz not null default now(),
  user_metadata jsonb
);
create table if not exists storage.s3_multipart_uploads_parts (
  id uuid primary key default gen_random_uuid(),
  upload_id text not null references storage.s3_multipart_uploads (id) on delete cascade,
  size bigint not null default 0,
  part_number integer not null,
  bucket_id text not null references storage.buckets (id),
  key text not null,
  etag text not null,
  owner_id text,
  version text not null,
  created_at timestamptz not null default now()
);
alter table storage.buckets enable row level security;
alter table storage.objects enable row level security;
alter table storage.migrations enable row level security;
alter table storage.s3_multipart_uploads enable row level security;
alter table storage.s3_multipart_uploads_parts enable row level security;
grant all on storage.buckets, storage.objects, storage.s3_multipart_uploads,
  storage.s3_multipart_uploads_parts to anon, authenticated, service_role;

-- Path helpers that storage policies call: 'a/b/c.png' -> {a,b}, 'c.png', 'png'.
create or replace function storage.foldername(name text) returns text[]
  language sql immutable set search_path = ''
as $fn$
  select (string_to_array(name, '/'))[1 : coalesce(array_length(string_to_array(name, '/'), 1), 1) - 1]
$fn$;
create or replace function storage.filename(name text) returns text
  language sql immutable set search_path = ''
as $fn$
  select (string_to_array(name, '/'))[array_length(string_to_array(name, '/'), 1)]
$fn$;
create or replace function storage.extension(name text) returns text
  language sql immutable set search_path = ''
as $fn$
  select case when storage.filename(name) like '%.%'
    then reverse(split_part(reverse(storage.filename(name)), '.', 1)) end
$fn$;
-- The operation the Storage API is performing, as it sets it for policies to read.
create or replace function storage.operation() returns text
  language sql stable set search_path = ''
as $fn$
  select current_setting('storage.operation', true)
$fn$;
create or replace function storage.get_size_by_bucket()
  returns table (size bigint, bucket_id text)
  language sql stable set search_path = ''
as $fn$
  select sum((o.metadata ->> 'size')::bigint)::bigint, o.bucket_id
    from storage.objects o group by o.bucket_id
$fn$;
create or replace function storage.search(
  prefix text, bucketname text, limits integer default 100, levels integer default 1,
  offsets integer default 0, search text default '', sortcolumn text default 'name',
  sortorder text default 'asc'
) returns table (
  name text, id uuid, updated_at timestamptz, created_at timestamptz,
  last_accessed_at timestamptz, metadata jsonb
)
  language sql stable set search_path = ''
as $fn$
  select o.name, o.id, o.updated_at, o.created_at, o.last_accessed_at, o.metadata
    from storage.objects o
   where o.bucket_id = bucketname and o.name like prefix || '%'
   order by o.name limit limits offset offsets
$fn$;
`;
