import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * pgjwt is plain SQL over pgcrypto's `hmac`, so the stand-in can sign and verify for real
 * (HS256, HS384, HS512), with the real signatures; it is written afresh rather than taken from
 * the extension. It requires pgcrypto in the same schema, as the real one does.
 */
export const pgjwt: ExtensionStandIn = {
  name: 'pgjwt',
  version: '0.2.0',
  comment: 'JSON Web Token API for Postgresql',
  requires: ['pgcrypto'],
  sql: String.raw`
-- base64url without padding or line breaks.
create function @extschema@.url_encode(data bytea) returns text language sql immutable as $$
  select rtrim(translate(encode(data, 'base64'), E'+/\n', '-_'), '=')
$$;

create function @extschema@.url_decode(data text) returns bytea language sql immutable as $$
  select decode(
    translate(data, '-_', '+/') || repeat('=', (4 - length(data) % 4) % 4),
    'base64')
$$;

-- An unknown algorithm reaches hmac() as '' and fails there, as in the real extension.
create function @extschema@.algorithm_sign(signables text, secret text, algorithm text) returns text
  language sql immutable as $$
  select @extschema@.url_encode(@extschema@.hmac(signables, secret,
    case algorithm when 'HS256' then 'sha256' when 'HS384' then 'sha384' when 'HS512' then 'sha512' else '' end))
$$;

create function @extschema@.sign(payload json, secret text, algorithm text default 'HS256') returns text
  language sql immutable as $$
  select signing_input || '.' || @extschema@.algorithm_sign(signing_input, secret, algorithm)
  from (
    select @extschema@.url_encode(convert_to(format('{"alg":"%s","typ":"JWT"}', algorithm), 'utf8'))
      || '.' || @extschema@.url_encode(convert_to(payload::text, 'utf8')) as signing_input
  ) as parts
$$;

create function @extschema@.try_cast_double(inp text) returns double precision
  language plpgsql immutable as $$
begin
  return inp::double precision;
exception when others then
  return null;
end
$$;

create function @extschema@.verify(token text, secret text, algorithm text default 'HS256')
  returns table (header json, payload json, valid boolean) language sql immutable as $$
  select
    convert_from(@extschema@.url_decode(part[1]), 'utf8')::json,
    convert_from(@extschema@.url_decode(part[2]), 'utf8')::json,
    part[3] = @extschema@.algorithm_sign(part[1] || '.' || part[2], secret, algorithm)
      and tstzrange(
        to_timestamp(@extschema@.try_cast_double(convert_from(@extschema@.url_decode(part[2]), 'utf8')::json ->> 'nbf')),
        to_timestamp(@extschema@.try_cast_double(convert_from(@extschema@.url_decode(part[2]), 'utf8')::json ->> 'exp'))
      ) @> current_timestamp
  from regexp_split_to_array(token, '\.') as part
$$;
`,
  examples: [
    `select extensions.sign('{"sub": "1234567890", "role": "authenticated"}', 'secret')`,
    `select valid from extensions.verify(extensions.sign('{"sub": "1"}', 'secret', 'HS512'), 'secret', 'HS512')`,
    `select extensions.url_decode(extensions.url_encode('\\x00ff10'::bytea))`,
    `create function public.make_token(uid uuid) returns text language sql stable as $$ select extensions.sign(json_build_object('sub', uid), 'not-a-real-secret') $$`,
  ],
};
