/**
 * The object an advisor finding or a rule finding is about, as one comparable key, so the
 * advisor-parity bench can tell whether a rule raised what the advisor found.
 *
 * An advisor row names its object in `metadata` (schema, name, and for foreign keys the
 * constraint); a rule finding only in its message, so a per-lint extractor reads it from there.
 * The grain is the table, view, function, extension or bucket: the advisor's several rows for
 * one table (one per policy, role or command) count as one finding.
 */

/** `schema.name`, plus `#constraint` for the foreign-key lints. */
export type ObjectKey = string;

/** The advisor lints one rule's `advisor` also stands for (one rule, two roles). */
export const SIBLING_LINTS: Readonly<Record<string, readonly string[]>> = {
  '0028_anon_security_definer_function_executable': [
    '0029_authenticated_security_definer_function_executable',
  ],
  '0029_authenticated_security_definer_function_executable': [
    '0028_anon_security_definer_function_executable',
  ],
};

/** The role a lint is about, for the lints split by role. */
const LINT_ROLE: Readonly<Record<string, string>> = {
  '0028_anon_security_definer_function_executable': 'anon',
  '0029_authenticated_security_definer_function_executable': 'authenticated',
};

/** Lints keyed by a foreign key: the metadata field that names it. */
const CONSTRAINT_FIELD: Readonly<Record<string, string>> = {
  '0001_unindexed_foreign_keys': 'fkey_name',
  '0021_fkey_to_auth_unique': 'foreign_key',
};

/** Lints about extensions and buckets, which messages may name bare (`vector`, `avatars`). */
const BARE_NAME_LINTS: ReadonlySet<string> = new Set([
  '0014_extension_in_public',
  '0022_extension_versions_outdated',
  '0025_public_bucket_allows_listing',
]);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/** The key of an advisor row; its cache_key when the metadata names no object. */
export function advisorObject(lint: string, metadata: unknown, cacheKey: string): ObjectKey {
  const meta = (typeof metadata === 'object' && metadata !== null ? metadata : {}) as Record<
    string,
    unknown
  >;
  const schema = text(meta['schema']);
  const name = text(meta['name']) ?? text(meta['extension_name']);
  if (!name) return `cache_key:${cacheKey}`;
  const base = schema ? `${schema}.${name}` : name;
  const field = CONSTRAINT_FIELD[lint];
  const constraint = field ? text(meta[field]) : undefined;
  return constraint ? `${base}#${constraint}` : base;
}

const IDENT = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)`;
const QUALIFIED = new RegExp(`(${IDENT})\\.(${IDENT})`, 'g');

function unquote(identifier: string): string {
  return identifier.startsWith('"') ? identifier.slice(1, -1).replaceAll('""', '"') : identifier;
}

/** Every `schema.name` in the message, in order, with policy names (`Policy "..."`) left out. */
function qualifiedNames(message: string): string[] {
  const withoutPolicies = message.replace(/\bpolicy\s+"(?:[^"]|"")*"/gi, 'policy');
  return [...withoutPolicies.matchAll(QUALIFIED)].map(
    (m) => `${unquote(m[1] ?? '')}.${unquote(m[2] ?? '')}`,
  );
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function mentions(message: string, word: string): boolean {
  return new RegExp(`(^|[^\\w$])"?${escapeRegExp(word)}"?($|[^\\w$])`).test(message);
}

/**
 * Whether a rule finding stands for `lint` at all: security-definer-exposed names the roles
 * that can execute the function, and each role is its own advisor lint.
 */
export function findingConcernsLint(lint: string, message: string): boolean {
  const role = LINT_ROLE[lint];
  if (!role) return true;
  const callers = /executable by (.+?) \(/.exec(message)?.[1];
  return callers === undefined || mentions(callers, role);
}

/**
 * The object a rule finding is about, for `lint`: the first advisor object of that lint the
 * message names (`known`, the objects the advisor reported anywhere in the history), else the
 * first qualified name in it; undefined when the message names none (reported as unmatched).
 */
export function ruleObject(
  lint: string,
  message: string,
  known: ReadonlySet<ObjectKey>,
): ObjectKey | undefined {
  const names = qualifiedNames(message);
  if (CONSTRAINT_FIELD[lint]) {
    const fk = new RegExp(`foreign key (${IDENT}) on (${IDENT})\\.(${IDENT})`, 'i').exec(message);
    if (fk) {
      return `${unquote(fk[2] ?? '')}.${unquote(fk[3] ?? '')}#${unquote(fk[1] ?? '')}`;
    }
    const onNamedTables = [...known].filter((key) => names.includes(key.split('#')[0] ?? ''));
    const named = onNamedTables.find((key) => mentions(message, key.split('#')[1] ?? ''));
    if (named) return named;
    // A message that names the table but not the constraint: unambiguous when the table has one.
    if (onNamedTables.length === 1) return onNamedTables[0];
  }
  const knownNamed = names.find((name) => known.has(name));
  if (knownNamed) return knownNamed;
  if (BARE_NAME_LINTS.has(lint)) {
    for (const key of known) {
      if (mentions(message, key.slice(key.indexOf('.') + 1))) return key;
    }
  }
  return names[0];
}
