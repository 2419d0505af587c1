/**
 * The keys of Supabase Auth's tables that a foreign key can reference: the primary key, and the
 * UNIQUE constraints and plain unique indexes (partial and expression indexes cannot back a
 * foreign key, so `users.email`, unique only among non-SSO users, is not one). Auth's own
 * migrations create these; the project's migrations never see them. Tables not listed here are
 * keyed on `id`.
 */
export interface AuthTableKeys {
  primaryKey: readonly string[];
  /** Each unique key that is not the primary key, with the name Auth gives it. */
  unique: readonly { name: string; columns: readonly string[] }[];
}

export const AUTH_TABLE_KEYS: ReadonlyMap<string, AuthTableKeys> = new Map<string, AuthTableKeys>([
  ['users', { primaryKey: ['id'], unique: [{ name: 'users_phone_key', columns: ['phone'] }] }],
  [
    'identities',
    {
      primaryKey: ['id'],
      unique: [
        { name: 'identities_provider_id_provider_unique', columns: ['provider_id', 'provider'] },
      ],
    },
  ],
  ['sessions', { primaryKey: ['id'], unique: [] }],
  [
    'refresh_tokens',
    { primaryKey: ['id'], unique: [{ name: 'refresh_tokens_token_unique', columns: ['token'] }] },
  ],
  [
    'mfa_factors',
    {
      primaryKey: ['id'],
      unique: [
        { name: 'mfa_factors_last_challenged_at_key', columns: ['last_challenged_at'] },
        { name: 'unique_phone_factor_per_user', columns: ['user_id', 'phone'] },
      ],
    },
  ],
  ['mfa_challenges', { primaryKey: ['id'], unique: [] }],
  [
    'mfa_amr_claims',
    {
      primaryKey: ['id'],
      unique: [
        {
          name: 'mfa_amr_claims_session_id_authentication_method_pkey',
          columns: ['session_id', 'authentication_method'],
        },
      ],
    },
  ],
  [
    'one_time_tokens',
    {
      primaryKey: ['id'],
      unique: [
        { name: 'one_time_tokens_user_id_token_type_key', columns: ['user_id', 'token_type'] },
      ],
    },
  ],
  [
    'oauth_authorizations',
    {
      primaryKey: ['id'],
      unique: [
        { name: 'oauth_authorizations_authorization_id_key', columns: ['authorization_id'] },
        { name: 'oauth_authorizations_authorization_code_key', columns: ['authorization_code'] },
      ],
    },
  ],
  ['audit_log_entries', { primaryKey: ['id'], unique: [] }],
  ['flow_state', { primaryKey: ['id'], unique: [] }],
  ['instances', { primaryKey: ['id'], unique: [] }],
  ['sso_providers', { primaryKey: ['id'], unique: [] }],
  ['sso_domains', { primaryKey: ['id'], unique: [] }],
  [
    'saml_providers',
    {
      primaryKey: ['id'],
      unique: [{ name: 'saml_providers_entity_id_key', columns: ['entity_id'] }],
    },
  ],
  ['saml_relay_states', { primaryKey: ['id'], unique: [] }],
  ['schema_migrations', { primaryKey: ['version'], unique: [] }],
]);
