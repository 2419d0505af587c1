/**
 * pgsodium's libsodium wrappers as the stand-in declares them: the real names, argument names,
 * types and defaults of the 3.1.8 interface, each with a one-expression body that does no
 * cryptography (see pgsodium.ts for what the bodies return and why).
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

export const cryptoFunctions: readonly string[] = [
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
