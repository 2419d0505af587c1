/**
 * Why a migration did not apply on staging, normalised so that files failing for the same
 * reason count together: "function cron.schedule(unknown, unknown) does not exist" and
 * "function cron.schedule(text, text, text) does not exist" are both "missing function
 * cron.schedule". Pure: Postgres's message in, a cause out.
 */

export interface FailureCause {
  /** Coarse group: `missing extension`, `missing relation`, `syntax error`, `permission denied`... */
  kind: string;
  /** The kind and the object, e.g. `missing extension pg_net`. */
  key: string;
  /** The missing object as Postgres named it, when the cause is one. */
  object?: string;
  /** For a missing column: its table, when Postgres named it. */
  table?: string;
}

const unquote = (name: string) => name.replaceAll('"', '');

/** `foo(int, text)` → `foo`; `"Foo".bar` → `Foo.bar`. */
const bareName = (name: string) => unquote(name.replace(/\(.*$/s, ''));

const missing = (kind: string, object: string, table?: string): FailureCause => ({
  kind: `missing ${kind}`,
  key: `missing ${kind} ${table ? `${table}.` : ''}${object}`,
  object,
  ...(table !== undefined ? { table } : {}),
});

const patterns: { re: RegExp; cause: (m: RegExpExecArray) => FailureCause }[] = [
  // Postgres 16+; 15 says "could not open extension control file .../name.control".
  { re: /^extension "([^"]+)" is not available/, cause: (m) => missing('extension', m[1]!) },
  {
    re: /^could not open extension control file ".*\/([^/]+)\.control"/,
    cause: (m) => missing('extension', m[1]!),
  },
  {
    re: /^column "([^"]+)" of relation "([^"]+)" does not exist/,
    cause: (m) => missing('column', m[1]!, m[2]!),
  },
  { re: /^column (\S+) does not exist/, cause: (m) => missing('column', unquote(m[1]!)) },
  {
    re: /^(function|procedure) (.+?)\(.*\) does not exist/s,
    cause: (m) => missing(m[1]!, bareName(m[2]!)),
  },
  { re: /^operator does not exist: (.+)$/s, cause: (m) => missing('operator', m[1]!.trim()) },
  {
    re: /^(relation|type|schema|role|extension|publication|sequence|index|trigger|constraint|policy|access method|text search configuration|foreign-data wrapper|server|event trigger|collation|table) "?([^"]+?)"? does not exist/,
    cause: (m) => missing(m[1]!, unquote(m[2]!)),
  },
  {
    re: /^syntax error at or near "(.*)"/s,
    cause: (m) => ({ kind: 'syntax error', key: `syntax error at or near "${m[1]}"` }),
  },
  {
    re: /^(permission denied|must be owner|must be superuser|must be a superuser|must have)/,
    cause: (m) => ({ kind: 'permission denied', key: generic(m.input) }),
  },
];

/** Quoted names and numbers replaced, so the same message on other objects groups together. */
function generic(message: string): string {
  return message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\b\d+\b/g, 'N')
    .trim();
}

/** The cause of a failed statement from Postgres's message (its `(SQLSTATE ...)` tail stripped). */
export function failureCause(postgresMessage: string): FailureCause {
  const message = postgresMessage.replace(/\s*\(SQLSTATE \w+\)\s*$/, '').trim();
  for (const { re, cause } of patterns) {
    const match = re.exec(message);
    if (match) return cause(match);
  }
  // A RAISE with a long text: its first line names it.
  const key = generic(message.split('\n')[0] ?? message);
  return { kind: key, key };
}

/** Postgres's own message inside a trace finding's text ("... on staging (MESSAGE); ..." or ": MESSAGE (SQLSTATE"). */
export function postgresMessageOf(findingMessage: string): string | undefined {
  const failed = /rejected the statement on staging: (.*) \(SQLSTATE (\w+)\)\./s.exec(
    findingMessage,
  );
  if (failed) return `${failed[1]} (SQLSTATE ${failed[2]})`;
  return /failed on staging \((.*)\); the rest of the file/s.exec(findingMessage)?.[1];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `sql` creates the object a cause says is missing (textually: CREATE of that name,
 * CREATE EXTENSION of that name for an extension's type such as `vector`, or ADD COLUMN for a
 * column). A heuristic for "this failure follows from an earlier file that did not apply".
 */
export function createsMissingObject(sql: string, cause: FailureCause): boolean {
  if (!cause.object) return false;
  const name = escapeRegExp(cause.object.split('.').at(-1) ?? cause.object);
  const ident = `(?:"?[\\w$]+"?\\.)?"?${name}"?(?![\\w$])`;
  if (cause.kind === 'missing column') {
    const column = new RegExp(
      `add\\s+(?:column\\s+)?(?:if\\s+not\\s+exists\\s+)?"?${name}"?\\s`,
      'i',
    );
    const table = cause.table
      ? escapeRegExp(cause.table.split('.').at(-1) ?? cause.table)
      : undefined;
    const createsTable =
      table !== undefined &&
      new RegExp(
        `create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?(?:"?[\\w$]+"?\\.)?"?${table}"?[\\s(]`,
        'i',
      ).test(sql);
    return column.test(sql) || createsTable;
  }
  const create = new RegExp(
    `create\\s+(?:or\\s+replace\\s+)?(?:unlogged\\s+|materialized\\s+|temp(?:orary)?\\s+)?(?:table|view|function|procedure|type|domain|schema|sequence|extension|role|publication|index|aggregate|server|foreign\\s+data\\s+wrapper|foreign\\s+table)\\s+(?:concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?${ident}`,
    'i',
  );
  return create.test(sql);
}
