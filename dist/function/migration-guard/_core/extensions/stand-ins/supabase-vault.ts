import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * Supabase Vault stores secrets encrypted with a key held by its C code (libsodium). Since 0.3.0
 * it no longer needs pgsodium (the 0.3.x control file has no `requires`). The stand-in keeps the
 * table, the view and the functions with their real signatures, but does not encrypt: `secret`
 * holds the base64 of the plain text (the same shape as the real ciphertext column) and
 * `decrypted_secrets` decodes it. Staging data only; never point this at real secrets.
 */
export const supabaseVault: ExtensionStandIn = {
  name: 'supabase_vault',
  version: '0.3.1',
  comment: 'Supabase Vault Extension',
  schema: 'vault',
  sql: `
-- The cipher is the identity: these keep the real names and signatures, nothing else.
create function @extschema@._crypto_aead_det_encrypt(
  message bytea, additional bytea, key_id bigint, context bytea = 'pgsodium', nonce bytea = null
) returns bytea language sql immutable as $$ select message $$;

create function @extschema@._crypto_aead_det_decrypt(
  message bytea, additional bytea, key_id bigint, context bytea = 'pgsodium', nonce bytea = null
) returns bytea language sql immutable as $$ select message $$;

create function @extschema@._crypto_aead_det_noncegen() returns bytea
  language sql immutable as $$ select '\\x00000000000000000000000000000000'::bytea $$;

create table @extschema@.secrets (
  id uuid primary key default gen_random_uuid(),
  name text,
  description text not null default '',
  secret text not null,
  key_id uuid,
  nonce bytea default @extschema@._crypto_aead_det_noncegen(),
  created_at timestamptz not null default current_timestamp,
  updated_at timestamptz not null default current_timestamp
);
comment on table @extschema@.secrets is
  'Table with encrypted \`secret\` column for storing sensitive information on disk.';
create unique index on @extschema@.secrets using btree (name) where name is not null;

create view @extschema@.decrypted_secrets as
  select s.id, s.name, s.description, s.secret,
    convert_from(decode(s.secret, 'base64'), 'utf8') as decrypted_secret,
    s.key_id, s.nonce, s.created_at, s.updated_at
  from @extschema@.secrets s;

create function @extschema@.create_secret(
  new_secret text,
  new_name text = null,
  new_description text = '',
  new_key_id uuid = null
) returns uuid language plpgsql security definer set search_path = '' as $$
declare
  new_id uuid;
begin
  insert into @extschema@.secrets (secret, name, description)
    values (encode(convert_to(new_secret, 'utf8'), 'base64'), new_name, new_description)
    returning id into new_id;
  return new_id;
end
$$;

create function @extschema@.update_secret(
  secret_id uuid,
  new_secret text = null,
  new_name text = null,
  new_description text = null,
  new_key_id uuid = null
) returns void language plpgsql security definer set search_path = '' as $$
begin
  update @extschema@.secrets s
    set secret = coalesce(encode(convert_to(new_secret, 'utf8'), 'base64'), s.secret),
        name = coalesce(new_name, s.name),
        description = coalesce(new_description, s.description),
        updated_at = now()
    where s.id = secret_id;
end
$$;

revoke all on function
  @extschema@._crypto_aead_det_encrypt,
  @extschema@._crypto_aead_det_decrypt,
  @extschema@._crypto_aead_det_noncegen,
  @extschema@.create_secret,
  @extschema@.update_secret
from public;
`,
  examples: [
    `select vault.create_secret('s3cr3t', 'service_role_key', 'used by the nightly job')`,
    `select vault.create_secret(new_secret := 'abc', new_name := 'project_url')`,
    `select vault.update_secret((select id from vault.secrets where name = 'project_url'), new_secret := 'def')`,
    `select decrypted_secret from vault.decrypted_secrets where name = 'service_role_key'`,
    `select net_url.decrypted_secret || '/functions/v1/hook' from vault.decrypted_secrets net_url where net_url.name = 'project_url'`,
  ],
};
