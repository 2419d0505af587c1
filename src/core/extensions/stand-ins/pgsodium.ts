import type { ExtensionStandIn } from '../stand-in.ts';

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

/** Zero bytes of a given length: the stand-in's key, nonce and MAC. */
const zeros = (length: string | number): string => `decode(repeat('00', (${length})::int), 'hex')`;

type Volatility = 'immutable' | 'stable' | 'volatile';

/** One `create function` in the stand-in's schema with a one-expression SQL body. */
const fn = (
  signature: string,
  returns: string,
  body: string,
  volatility: Volatility = 'immutable',
): string =>
  `create function @extschema@.${signature} returns ${returns} language sql ${volatility} as $$ select ${body} $$;`;

const ctx = `context bytea = 'pgsodium'`;

const cryptoFunctions: readonly string[] = [
  fn('randombytes_random()', 'integer', '0', 'volatile'),
  fn('randombytes_uniform(upper_bound integer)', 'integer', '0', 'volatile'),
  fn('randombytes_buf(size integer)', 'bytea', zeros('size'), 'volatile'),
  fn('randombytes_new_seed()', 'bytea', zeros(32), 'volatile'),
  fn('randombytes_buf_deterministic(size integer, seed bytea)', 'bytea', zeros('size')),

  fn('crypto_secretbox_keygen()', 'bytea', zeros(32), 'volatile'),
  fn('crypto_secretbox_noncegen()', 'bytea', zeros(24), 'volatile'),
  fn('crypto_secretbox(message bytea, nonce bytea, key bytea)', 'bytea', 'message'),
  fn(`crypto_secretbox(message bytea, nonce bytea, key_id bigint, ${ctx})`, 'bytea', 'message'),
  fn('crypto_secretbox(message bytea, nonce bytea, key_uuid uuid)', 'bytea', 'message', 'stable'),
  fn('crypto_secretbox_open(ciphertext bytea, nonce bytea, key bytea)', 'bytea', 'ciphertext'),
  fn(
    `crypto_secretbox_open(message bytea, nonce bytea, key_id bigint, ${ctx})`,
    'bytea',
    'message',
  ),
  fn(
    'crypto_secretbox_open(message bytea, nonce bytea, key_uuid uuid)',
    'bytea',
    'message',
    'stable',
  ),

  fn('crypto_auth_keygen()', 'bytea', zeros(32), 'volatile'),
  fn('crypto_auth(message bytea, key bytea)', 'bytea', zeros(32)),
  fn(`crypto_auth(message bytea, key_id bigint, ${ctx})`, 'bytea', zeros(32)),
  fn('crypto_auth(message bytea, key_uuid uuid)', 'bytea', zeros(32), 'stable'),
  fn('crypto_auth_verify(mac bytea, message bytea, key bytea)', 'boolean', 'true'),
  fn(`crypto_auth_verify(mac bytea, message bytea, key_id bigint, ${ctx})`, 'boolean', 'true'),
  fn('crypto_auth_verify(mac bytea, message bytea, key_uuid uuid)', 'boolean', 'true', 'stable'),

  fn('crypto_generichash_keygen()', 'bytea', zeros(32), 'volatile'),
  fn('crypto_generichash(message bytea, key bytea default null)', 'bytea', zeros(32)),
  fn(`crypto_generichash(message bytea, key bigint, ${ctx})`, 'bytea', zeros(32)),
  fn('crypto_generichash(message bytea, key_uuid uuid)', 'bytea', zeros(32), 'stable'),
  fn('crypto_shorthash_keygen()', 'bytea', zeros(16), 'volatile'),
  fn('crypto_shorthash(message bytea, key bytea)', 'bytea', zeros(8)),
  fn(`crypto_shorthash(message bytea, key bigint, ${ctx})`, 'bytea', zeros(8)),
  fn('crypto_shorthash(message bytea, key_uuid uuid)', 'bytea', zeros(8), 'stable'),
  fn('crypto_hash_sha256(message bytea)', 'bytea', 'pg_catalog.sha256(message)'),
  fn('crypto_hash_sha512(message bytea)', 'bytea', 'pg_catalog.sha512(message)'),

  fn(
    'crypto_box_new_keypair()',
    '@extschema@.crypto_box_keypair',
    `(${zeros(32)}, ${zeros(32)})`,
    'volatile',
  ),
  fn('crypto_box_new_seed()', 'bytea', zeros(32), 'volatile'),
  fn(
    'crypto_box_seed_new_keypair(seed bytea)',
    '@extschema@.crypto_box_keypair',
    `(${zeros(32)}, ${zeros(32)})`,
  ),
  fn('crypto_box_noncegen()', 'bytea', zeros(24), 'volatile'),
  fn('crypto_box(message bytea, nonce bytea, public bytea, secret bytea)', 'bytea', 'message'),
  fn(
    'crypto_box_open(ciphertext bytea, nonce bytea, public bytea, secret bytea)',
    'bytea',
    'ciphertext',
  ),
  fn('crypto_box_seal(message bytea, public_key bytea)', 'bytea', 'message'),
  fn(
    'crypto_box_seal_open(ciphertext bytea, public_key bytea, secret_key bytea)',
    'bytea',
    'ciphertext',
  ),

  fn(
    'crypto_sign_new_keypair()',
    '@extschema@.crypto_sign_keypair',
    `(${zeros(32)}, ${zeros(64)})`,
    'volatile',
  ),
  fn('crypto_sign_new_seed()', 'bytea', zeros(32), 'volatile'),
  fn(
    'crypto_sign_seed_new_keypair(seed bytea)',
    '@extschema@.crypto_sign_keypair',
    `(${zeros(32)}, ${zeros(64)})`,
  ),
  fn('crypto_sign(message bytea, key bytea)', 'bytea', 'message'),
  fn('crypto_sign_open(signed_message bytea, key bytea)', 'bytea', 'signed_message'),
  fn('crypto_sign_detached(message bytea, key bytea)', 'bytea', zeros(64)),
  fn('crypto_sign_verify_detached(sig bytea, message bytea, key bytea)', 'boolean', 'true'),
  fn('crypto_sign_init()', 'bytea', zeros(64)),
  fn('crypto_sign_update(state bytea, message bytea)', 'bytea', 'state'),
  fn('crypto_sign_final_create(state bytea, key bytea)', 'bytea', zeros(64)),
  fn('crypto_sign_final_verify(state bytea, signature bytea, key bytea)', 'boolean', 'true'),
  fn(
    'crypto_sign_update_agg1(state bytea, message bytea)',
    'bytea',
    `coalesce(state, ${zeros(64)})`,
  ),
  fn(
    'crypto_sign_update_agg2(cur_state bytea, initial_state bytea, message bytea)',
    'bytea',
    `coalesce(cur_state, initial_state)`,
  ),

  fn('crypto_pwhash_saltgen()', 'bytea', zeros(16), 'volatile'),
  fn('crypto_pwhash(password bytea, salt bytea)', 'bytea', zeros(32)),
  fn(
    'crypto_pwhash_str(password bytea)',
    'bytea',
    `convert_to('stand-in password hash', 'utf8')`,
    'volatile',
  ),
  fn('crypto_pwhash_str_verify(hashed_password bytea, password bytea)', 'boolean', 'true'),

  fn('crypto_kdf_keygen()', 'bytea', zeros(32), 'volatile'),
  fn(
    'crypto_kdf_derive_from_key(subkey_size bigint, subkey_id bigint, context bytea, primary_key bytea)',
    'bytea',
    zeros('subkey_size'),
  ),
  fn(
    'crypto_kdf_derive_from_key(subkey_size integer, subkey_id bigint, context bytea, primary_key uuid)',
    'bytea',
    zeros('subkey_size'),
    'stable',
  ),
  fn(
    "derive_key(key_id bigint, key_len integer = 32, context bytea = 'pgsodium')",
    'bytea',
    zeros('key_len'),
    'volatile',
  ),
  fn(
    `pgsodium_derive(key_id bigint, key_len integer = 32, context bytea = decode('pgsodium', 'escape'))`,
    'bytea',
    zeros('key_len'),
    'volatile',
  ),

  fn(
    'crypto_kx_new_keypair()',
    '@extschema@.crypto_kx_keypair',
    `(${zeros(32)}, ${zeros(32)})`,
    'volatile',
  ),
  fn('crypto_kx_new_seed()', 'bytea', zeros(32), 'volatile'),
  fn(
    'crypto_kx_seed_new_keypair(seed bytea)',
    '@extschema@.crypto_kx_keypair',
    `(${zeros(32)}, ${zeros(32)})`,
  ),
  fn(
    'crypto_kx_client_session_keys(client_pk bytea, client_sk bytea, server_pk bytea)',
    '@extschema@.crypto_kx_session',
    `(${zeros(32)}, ${zeros(32)})`,
    'volatile',
  ),
  fn(
    'crypto_kx_server_session_keys(server_pk bytea, server_sk bytea, client_pk bytea)',
    '@extschema@.crypto_kx_session',
    `(${zeros(32)}, ${zeros(32)})`,
    'volatile',
  ),

  ...(['512', '256'] as const).flatMap((bits) => {
    const mac = zeros(Number(bits) / 8);
    return [
      fn(`crypto_auth_hmacsha${bits}_keygen()`, 'bytea', zeros(32), 'volatile'),
      fn(`crypto_auth_hmacsha${bits}(message bytea, secret bytea)`, 'bytea', mac),
      fn(`crypto_auth_hmacsha${bits}(message bytea, key_id bigint, ${ctx})`, 'bytea', mac),
      fn(`crypto_auth_hmacsha${bits}(message bytea, key_uuid uuid)`, 'bytea', mac, 'stable'),
      fn(
        `crypto_auth_hmacsha${bits}_verify(hash bytea, message bytea, secret bytea)`,
        'boolean',
        'true',
      ),
      fn(
        `crypto_auth_hmacsha${bits}_verify(hash bytea, message bytea, key_id bigint, ${ctx})`,
        'boolean',
        'true',
      ),
      fn(
        `crypto_auth_hmacsha${bits}_verify(signature bytea, message bytea, key_uuid uuid)`,
        'boolean',
        'true',
        'stable',
      ),
    ];
  }),

  ...(['encrypt', 'decrypt'] as const).flatMap((way) => [
    fn(
      `crypto_aead_ietf_${way}(message bytea, additional bytea, nonce bytea, key bytea)`,
      'bytea',
      'message',
    ),
    fn(
      `crypto_aead_ietf_${way}(message bytea, additional bytea, nonce bytea, key_id bigint, ${ctx})`,
      'bytea',
      'message',
    ),
    fn(
      `crypto_aead_ietf_${way}(message bytea, additional bytea, nonce bytea, key_uuid uuid)`,
      'bytea',
      'message',
      'stable',
    ),
    fn(
      `crypto_aead_det_${way}(message bytea, additional bytea, key_id bigint, ${ctx}, nonce bytea = null)`,
      'bytea',
      'message',
    ),
    fn(
      `crypto_aead_det_${way}(message bytea, additional bytea, key_uuid uuid)`,
      'bytea',
      'message',
      'stable',
    ),
    fn(
      `crypto_aead_det_${way}(message bytea, additional bytea, key_uuid uuid, nonce bytea)`,
      'bytea',
      'message',
      'stable',
    ),
  ]),
  fn(
    'crypto_aead_det_encrypt(message bytea, additional bytea, key bytea, nonce bytea = null)',
    'bytea',
    'message',
  ),
  fn(
    'crypto_aead_det_decrypt(ciphertext bytea, additional bytea, key bytea, nonce bytea = null)',
    'bytea',
    'ciphertext',
  ),
  fn('crypto_aead_ietf_keygen()', 'bytea', zeros(32), 'volatile'),
  fn('crypto_aead_ietf_noncegen()', 'bytea', zeros(12), 'volatile'),
  fn('crypto_aead_det_keygen()', 'bytea', zeros(32), 'volatile'),
  fn('crypto_aead_det_noncegen()', 'bytea', zeros(16), 'volatile'),

  fn('crypto_secretstream_keygen()', 'bytea', zeros(32), 'volatile'),
  fn('crypto_stream_xchacha20_keygen()', 'bytea', zeros(32), 'volatile'),
  fn('crypto_stream_xchacha20_noncegen()', 'bytea', zeros(24), 'volatile'),
  fn('crypto_stream_xchacha20(bigint, bytea, bytea)', 'bytea', zeros('$1')),
  fn(`crypto_stream_xchacha20(bigint, bytea, bigint, ${ctx})`, 'bytea', zeros('$1')),
  fn('crypto_stream_xchacha20_xor(bytea, bytea, bytea)', 'bytea', '$1'),
  // The real default really is spelt 'pgosdium'.
  fn(
    `crypto_stream_xchacha20_xor(bytea, bytea, bigint, context bytea = 'pgosdium')`,
    'bytea',
    '$1',
  ),
  fn('crypto_stream_xchacha20_xor_ic(bytea, bytea, bigint, bytea)', 'bytea', '$1'),
  fn(`crypto_stream_xchacha20_xor_ic(bytea, bytea, bigint, bigint, ${ctx})`, 'bytea', '$1'),

  fn(
    'crypto_signcrypt_new_keypair()',
    '@extschema@.crypto_signcrypt_keypair',
    `(${zeros(32)}, ${zeros(32)})`,
    'volatile',
  ),
  fn(
    'crypto_signcrypt_sign_before(sender bytea, recipient bytea, sender_sk bytea, recipient_pk bytea, additional bytea)',
    '@extschema@.crypto_signcrypt_state_key',
    `(${zeros(32)}, ${zeros(32)})`,
    'volatile',
  ),
  fn(
    'crypto_signcrypt_sign_after(state bytea, sender_sk bytea, ciphertext bytea)',
    'bytea',
    zeros(64),
    'volatile',
  ),
  fn(
    'crypto_signcrypt_verify_before(signature bytea, sender bytea, recipient bytea, additional bytea, sender_pk bytea, recipient_sk bytea)',
    '@extschema@.crypto_signcrypt_state_key',
    `(${zeros(32)}, ${zeros(32)})`,
    'volatile',
  ),
  fn(
    'crypto_signcrypt_verify_after(state bytea, signature bytea, sender_pk bytea, ciphertext bytea)',
    'boolean',
    'true',
    'volatile',
  ),
  fn(
    'crypto_signcrypt_verify_public(signature bytea, sender bytea, recipient bytea, additional bytea, sender_pk bytea, ciphertext bytea)',
    'boolean',
    'true',
    'volatile',
  ),

  fn('crypto_cmp(text, text)', 'boolean', '$1 = $2'),
  fn('sodium_bin2base64(bin bytea)', 'text', `encode(bin, 'base64')`),
  fn('sodium_base642bin(base64 text)', 'bytea', `decode(base64, 'base64')`),
  fn('version()', 'text', `'3.1.8'`),
];

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
    null::text as key_id_column, null::uuid as key_id, null::text as associated_columns,
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
