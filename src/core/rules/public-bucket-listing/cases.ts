import type { RuleCases } from '../rule-cases.ts';

const AVATARS_PUBLIC = `insert into storage.buckets (id, name, public) values ('avatars', 'avatars', true);`;

export const cases: RuleCases = {
  valid: [
    {
      name: 'a public bucket with no SELECT policy: files are served by URL',
      sql: `${AVATARS_PUBLIC}
create policy "users upload their avatar" on storage.objects for insert to authenticated
  with check (bucket_id = 'avatars' and (storage.foldername(name))[1] = (select auth.uid())::text);`,
    },
    {
      name: 'a private bucket with a broad SELECT policy',
      sql: `insert into storage.buckets (id, name, public) values ('invoices', 'invoices', false);
create policy "read invoices" on storage.objects for select to authenticated using (bucket_id = 'invoices');`,
    },
    {
      name: 'a SELECT policy narrowed to the caller’s folder',
      sql: `${AVATARS_PUBLIC}
create policy "users list their avatars" on storage.objects for select to authenticated
  using (bucket_id = 'avatars' and (storage.foldername(name))[1] = (select auth.uid())::text);`,
    },
    {
      name: 'the broad policy of another bucket, and one for service_role only',
      sql: `${AVATARS_PUBLIC}
insert into storage.buckets (id, name) values ('exports', 'exports');
create policy "read exports" on storage.objects for select using (bucket_id = 'exports');
create policy "service reads avatars" on storage.objects for select to service_role using (bucket_id = 'avatars');`,
    },
    {
      name: 'made private again later in the file',
      sql: `${AVATARS_PUBLIC}
create policy "avatars are readable" on storage.objects for select using (bucket_id = 'avatars');
update storage.buckets set public = false where id = 'avatars';`,
    },
    {
      name: 'a policy and bucket of earlier migrations are not reported again',
      history: [
        `${AVATARS_PUBLIC}
create policy "avatars are readable" on storage.objects for select using (bucket_id = 'avatars');`,
      ],
      sql: `update storage.buckets set file_size_limit = 1048576 where id = 'avatars';`,
    },
    {
      name: 'the broad policy dropped and replaced by a narrow one in a later migration',
      history: [
        `${AVATARS_PUBLIC}
create policy "avatars are readable" on storage.objects for select using (bucket_id = 'avatars');`,
      ],
      sql: `drop policy "avatars are readable" on storage.objects;
create policy "avatars are readable" on storage.objects for select to authenticated
  using (bucket_id = 'avatars' and owner_id = (select auth.uid())::text);`,
    },
  ],
  invalid: [
    {
      name: 'Supabase quickstart: a public avatars bucket readable by everyone',
      sql: `-- Set up Storage
${AVATARS_PUBLIC}

create policy "Avatar images are publicly accessible." on storage.objects
  for select using (bucket_id = 'avatars');`,
      errors: [
        {
          line: 4,
          severity: 'warning',
          message:
            'Policy "Avatar images are publicly accessible." on storage.objects lets public list every file of public bucket "avatars": a public bucket already serves each file by its URL without any policy',
          fix: 'DROP POLICY "Avatar images are publicly accessible." ON storage.objects;',
        },
      ],
    },
    {
      name: 'the bucket made public after the policy: reported at the UPDATE',
      history: [
        `insert into storage.buckets (id, name) values ('media', 'media');
create policy "media is readable" on storage.objects as permissive for select to anon, authenticated
  using ((bucket_id = 'media'::text));`,
      ],
      sql: `alter table public.profiles add column bio text;
update storage.buckets set public = true where id = 'media';`,
      errors: [
        { line: 2, message: 'lets anon, authenticated list every file of public bucket "media"' },
      ],
    },
    {
      name: 'an always-true SELECT policy lists every public bucket, upserted',
      history: [`insert into storage.buckets (id, name) values ('media', 'media');`],
      sql: `insert into storage.buckets (id, name, public) values ('media', 'media', true), ('docs', 'docs', 'true')
  on conflict (id) do update set public = excluded.public;
create policy "read everything" on storage.objects for all to authenticated using (true);`,
      errors: [
        {
          line: 3,
          message: 'lets authenticated list every file of public buckets "media", "docs"',
          fix: "USING (bucket_id = 'media' AND",
        },
      ],
    },
  ],
};
