import type { ExtensionStandIn } from '../stand-in.ts';
import { cryptoFunctions } from './pgsodium-functions.ts';

/**
 * pgsodium wraps libsodium in C. The stand-in declares its public functions with the real
 * argument names, types and defaults (the 3.1.8 interface: raw-key, key-id and key-uuid
 * overloads), its types, the `key` table and its views, and the roles it creates. Nothing is
 * encrypted: encrypt/decrypt, box/open and sign/open pairs return their input, so round trips
 * in application SQL still work; keys, nonces, MACs and hashes are zero bytes of the real length
 * (the SHA-2 functions are real, from core). `crypto_*_verify*` always answers true.
 *
 * Not reproduced: transparent column encryption. It is driven by
 * `security label for pgsodium on column ...`, which needs a label provider registered by C
 * code, so such a statement fails on staging; the mask-view functions exist and do nothing.
 */

export const pgsodium: ExtensionStandIn = {
  name: 'pgsodium',
  version: '3.1.8',
  comment: 'Postgres extension for libsodium functions',
  schema: 'pgsodium',
  sql: `
do $$
declare
  role_name text;
begin
  foreach role_name in array array['pgsodium_keyiduser', 'pgsodium_keyholder', 'pgsodium_keymaker'] loop
    if not exists (select from pg_catalog.pg_roles where rolname = role_name) then
      execute format('create role %I nologin noinherit', role_name);
    end if;
  end loop;
end
$$;

create schema if not exists pgsodium_masks;

create type @extschema@.crypto_box_keypair as (public bytea, secret bytea);
create type @extschema@.crypto_sign_keypair as (public bytea, secret bytea);
create type @extschema@.crypto_kx_keypair as (public bytea, secret bytea);
create type @extschema@.crypto_kx_session as (rx bytea, tx bytea);
create type @extschema@.crypto_signcrypt_state_key as (state bytea, shared_key bytea);
create type @extschema@.crypto_signcrypt_keypair as (public bytea, secret bytea);
create type @extschema@._key_id_context as (key_id bigint, key_context bytea);
create type @extschema@.key_status as enum ('default', 'valid', 'invalid', 'expired');
create type @extschema@.key_type as enum (
  'aead-ietf', 'aead-det', 'hmacsha512', 'hmacsha256', 'auth', 'shorthash', 'generichash',
  'kdf', 'secretbox', 'secretstream', 'stream_xchacha20'
);

${cryptoFunctions.join('\n')}

create aggregate @extschema@.crypto_sign_update_agg(message bytea) (
  sfunc = @extschema@.crypto_sign_update_agg1, stype = bytea, parallel = unsafe
);
create aggregate @extschema@.crypto_sign_update_agg(state bytea, message bytea) (
  sfunc = @extschema@.crypto_sign_update_agg2, stype = bytea, parallel = unsafe
);

create table @extschema@.key (
  id uuid primary key default gen_random_uuid(),
  status @extschema@.key_status default 'valid',
  created timestamptz not null default current_timestamp,
  expires timestamptz,
  key_type @extschema@.key_type,
  key_id bigserial,
  key_context bytea default 'pgsodium' check (length(key_context) = 8),
  name text constraint pgsodium_key_unique_name unique,
  associated_data text default 'associated',
  raw_key bytea,
  raw_key_nonce bytea,
  parent_key uuid references @extschema@.key (id),
  comment text,
  user_data text,
  constraint pgsodium_raw check (
    case when raw_key is not null
      then key_id is null and key_context is null and parent_key is not null
      else key_id is not null and key_context is not null and parent_key is null
    end)
);
create index on @extschema@.key (status) where status in ('valid', 'default');
create unique index on @extschema@.key (status) where status = 'default';
create unique index on @extschema@.key (key_id, key_context, key_type);

create view @extschema@.valid_key as
  select id, name, status, key_type, key_id, key_context, created, expires, associated_data
  from @extschema@.key
  where status in ('valid', 'default') and (expires is null or expires > now());

create view @extschema@.decrypted_key as
  select id, status, created, expires, key_type, key_id, key_context, name, associated_data,
    raw_key, raw_key as decrypted_raw_key, raw_key_nonce, parent_key, comment
  from @extschema@.key;

create view @extschema@.masking_rule as
  select null::oid as attrelid, null::integer as attnum, null::regnamespace as relnamespace,
    null::name as relname, null::name as attname, null::text as format_type, null::text as col_description,
    null::text as key_id_column, null::text as key_id, null::text as associated_columns,
    null::text as nonce_column, null::text as view_name, null::integer as priority,
    null::boolean as security_invoker
  where false;

create view @extschema@.mask_columns as
  select a.attname, a.attrelid, m.key_id, m.key_id_column, m.associated_columns, m.nonce_column,
    m.format_type
  from pg_catalog.pg_attribute a
  left join @extschema@.masking_rule m on m.attrelid = a.attrelid and m.attname = a.attname
  where false;

create function @extschema@.create_key(
  key_type @extschema@.key_type = 'aead-det',
  name text = null,
  raw_key bytea = null,
  raw_key_nonce bytea = null,
  parent_key uuid = null,
  key_context bytea = 'pgsodium',
  expires timestamptz = null,
  associated_data text = ''
) returns @extschema@.valid_key language plpgsql security definer set search_path = '' as $$
declare
  new_id uuid;
  result @extschema@.valid_key;
begin
  insert into @extschema@.key (key_type, name, raw_key, raw_key_nonce, parent_key, key_context, expires, associated_data, key_id)
    values (
      create_key.key_type, create_key.name, create_key.raw_key, create_key.raw_key_nonce,
      create_key.parent_key,
      case when create_key.raw_key is null then create_key.key_context end,
      create_key.expires, create_key.associated_data,
      case when create_key.raw_key is null then nextval(pg_get_serial_sequence('@extschema@.key', 'key_id')) end)
    returning id into new_id;
  select * into result from @extschema@.valid_key v where v.id = new_id;
  return result;
end
$$;

create function @extschema@.get_key_by_id(uuid) returns @extschema@.valid_key
  language sql security definer set search_path = '' as $$
  select * from @extschema@.valid_key where id = $1
$$;
create function @extschema@.get_key_by_name(text) returns @extschema@.valid_key
  language sql security definer set search_path = '' as $$
  select * from @extschema@.valid_key where name = $1
$$;
create function @extschema@.get_named_keys(filter text = '%') returns setof @extschema@.valid_key
  language sql security definer set search_path = '' as $$
  select * from @extschema@.valid_key where name like filter
$$;

-- Masking needs security labels, which need C: these answer "nothing to mask".
create function @extschema@.has_mask(role regrole, source_name text) returns boolean
  language sql stable as $$ select false $$;
create function @extschema@.mask_columns(source_relid oid)
  returns table (attname name, key_id text, key_id_column text, associated_column text, nonce_column text, format_type text)
  language sql stable as $$ select null::name, null, null, null, null, null where false $$;
create function @extschema@.quote_assoc(text, boolean = false) returns text
  language sql immutable as $$ select case when $2 then quote_literal($1) else quote_ident($1) end $$;
create function @extschema@.decrypted_columns(relid oid) returns text language sql as $$ select '' $$;
create function @extschema@.encrypted_columns(relid oid) returns text language sql as $$ select '' $$;
create function @extschema@.encrypted_column(relid oid, m record) returns text
  language plpgsql as $$ begin return ''; end $$;
create function @extschema@.create_mask_view(relid oid, subid integer, debug boolean = false) returns void
  language plpgsql as $$ begin return; end $$;
create function @extschema@.update_mask(target oid, debug boolean = false) returns void
  language plpgsql security definer as $$ begin return; end $$;
create function @extschema@.update_masks(debug boolean = false) returns void
  language plpgsql as $$ begin return; end $$;
create function @extschema@.mask_role(masked_role regrole, source_name text, view_name text) returns void
  language plpgsql security definer as $$ begin return; end $$;
create function @extschema@.enable_security_label_trigger() returns void
  language sql security definer as $$ select $$;
create function @extschema@.disable_security_label_trigger() returns void
  language sql security definer as $$ select $$;
create function @extschema@.trg_mask_update() returns event_trigger
  language plpgsql as $$ begin return; end $$;

grant usage on schema @extschema@ to pgsodium_keyiduser, pgsodium_keyholder, pgsodium_keymaker;
grant select on @extschema@.valid_key to pgsodium_keyiduser;
grant select on @extschema@.decrypted_key to pgsodium_keyholder;
grant all on @extschema@.key to pgsodium_keymaker;
`,
  examples: [
    `select pgsodium.crypto_aead_det_decrypt(pgsodium.crypto_aead_det_encrypt(convert_to('hello', 'utf8'), 'ad', (pgsodium.create_key()).id), 'ad', (select id from pgsodium.valid_key limit 1))`,
    `select id, key_id from pgsodium.create_key(name := 'orders_key')`,
    `select pgsodium.crypto_secretbox(convert_to('msg', 'utf8'), pgsodium.crypto_secretbox_noncegen(), pgsodium.crypto_secretbox_keygen())`,
    `select encode(pgsodium.crypto_hash_sha256('abc'), 'hex')`,
    `create table public.secrets_demo (id bigint primary key, ciphertext bytea default pgsodium.crypto_aead_det_encrypt('x', 'y', 1::bigint))`,
  ],
};
