import type { Node } from 'libpg-query';
import { parseStatements } from '../../sql/function-body.ts';
import { embeddedLine } from '../../sql/plpgsql.ts';
import type { Statement } from '../../sql/statement.ts';
import type { Rule } from '../rule.ts';
import { hostAccessesIn, plpgsqlAccesses } from './host-access.ts';
import type { HostAccess } from './server-functions.ts';

export const superuserStatement: Rule = {
  meta: {
    id: 'superuser-statement',
    defaultSeverity: 'error',
    category: 'tenancy',
    summary:
      'A statement that reaches the database host or needs a superuser (COPY FROM/TO PROGRAM or a server file, pg_read_file, ALTER SYSTEM, an untrusted language, SUPERUSER roles, LOAD, event triggers): Supabase refuses it, and staging never runs it.',
    fix: "Load data from the client (\\copy ... FROM 'file.csv' in psql, COPY ... FROM STDIN) or supabase/seed.sql; write functions in SQL or plpgsql; set settings with ALTER ROLE/DATABASE ... SET.",
  },
  statement(ctx) {
    const reported = new Set<string>();
    for (const { access, line, column } of located(ctx.statement)) {
      const key = `${line}:${access.what}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report({
        line,
        column,
        message: `${access.what}; that needs ${access.needs}. ${capitalized(access.risk)}.`,
        fix: access.fix,
      });
    }
  },
};

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface Located {
  access: HostAccess;
  line: number;
  column: number;
}

/**
 * The statement's host accesses at their own lines. The SQL a DO block runs reaches the rule as
 * statements of their own (with `parent`); here only its conditions and assignments are read,
 * and for a PL/pgSQL function, its whole body. Blocks and functions nested in a body count at
 * the line of the statement that holds them.
 */
function located(statement: Statement): Located[] {
  const found: Located[] = [];
  for (const access of ownAccesses(statement)) {
    found.push({ access, ...position(statement, access) });
  }
  const at = (line: number) => (access: HostAccess) => found.push({ access, line, column: 1 });
  if (statement.parent) {
    plpgsqlAccesses(statement.node, statement.text).forEach(at(statement.line));
    return found;
  }
  const body = statement.plpgsql;
  for (const sql of body?.sql ?? []) {
    if (body?.context === 'do' && sql.mode === 'statement') continue;
    for (const node of sql.nodes) {
      for (const access of hostAccessesIn(node)) at(embeddedLine(sql, access.location))(access);
      if (sql.mode === 'statement') plpgsqlAccesses(node, sql.sql).forEach(at(sql.line));
    }
  }
  return found;
}

/**
 * The statement's host accesses with locations that count from its first character. A
 * top-level statement knows where its node's locations start (`locationBase`); SQL from a DO
 * block is parsed again on its own.
 */
function ownAccesses(statement: Statement): HostAccess[] {
  const base = statement.locationBase;
  if (base === undefined) {
    // Parsed again only for the locations of what it holds: most statements hold nothing.
    const accesses = hostAccessesIn(statement.node);
    return accesses.length === 0
      ? accesses
      : hostAccessesIn(reparse(statement.text) ?? statement.node);
  }
  return hostAccessesIn(statement.node).map((access) =>
    // Accesses in a SQL function's body count from the body, which was parsed alone.
    access.body === undefined && access.location !== undefined
      ? { ...access, location: access.location - base }
      : access,
  );
}

/** The first statement of `text`, parsed alone; the parse is kept a while (`parseStatements`). */
function reparse(text: string): Node | undefined {
  return parseStatements(text)[0];
}

/** Line and column of an access found in the statement's text (or a string body in it). */
function position(statement: Statement, access: HostAccess): { line: number; column: number } {
  const here = { line: statement.line, column: statement.column };
  if (access.location === undefined) return here;
  // SQL a DO block runs: its line is known, its column in the block is not.
  const column = (c: number) => (statement.parent ? 1 : c);
  let prefix = '';
  if (access.body !== undefined) {
    const at = statement.text.indexOf(access.body);
    if (at === -1) return here;
    prefix = statement.text.slice(0, at);
  }
  const bytes = new TextEncoder().encode(statement.text.slice(prefix.length));
  const before = prefix + new TextDecoder().decode(bytes.subarray(0, access.location));
  const lines = before.split('\n');
  const last = lines.at(-1) ?? '';
  return lines.length === 1
    ? { line: here.line, column: column(here.column + last.length) }
    : { line: here.line + lines.length - 1, column: column(last.length + 1) };
}
