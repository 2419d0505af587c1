import type { ExtensionModel, SchemaModel } from '../../schema/schema-model.ts';
import { nodeAs, type Statement } from '../../sql/statement.ts';
import { statementOfOrigin } from '../shared/origin-statement.ts';
import type { Rule } from '../rule.ts';

/** Installed in public by Postgres itself, outside the migration's control; the advisor skips it. */
const BUILT_IN = new Set(['plpgsql']);

export const extensionInPublic: Rule = {
  meta: {
    id: 'extension-in-public',
    defaultSeverity: 'warning',
    advisor: { lint: '0014_extension_in_public', level: 'WARN' },
    category: 'security',
    summary:
      'An extension is installed into (or moved to) schema public, where its functions, types and tables sit in the schema the Data API exposes.',
    fix: 'CREATE EXTENSION IF NOT EXISTS extension_name WITH SCHEMA extensions;',
  },
  fileEnd(ctx) {
    for (const extension of ctx.schema.extensions.values()) {
      if (extension.schema !== 'public' || BUILT_IN.has(extension.name)) continue;
      const moved = statementOfOrigin(ctx, extension.movedBy);
      const at = moved ?? statementOfOrigin(ctx, extension.createdBy);
      if (!at) continue;
      const name = quoted(extension.name);
      ctx.report(at, {
        message: `${how(extension, at, moved !== undefined)}: what it creates (${owned(ctx.schema, extension)}) sits in the schema the Data API exposes and every role's search path reaches.`,
        fix: moved
          ? `ALTER EXTENSION ${name} SET SCHEMA extensions;`
          : `CREATE EXTENSION IF NOT EXISTS ${name} WITH SCHEMA extensions;\n-- call its functions as extensions.<name>: Supabase's search path includes extensions`,
      });
    }
  },
};

function how(extension: ExtensionModel, at: Statement, moved: boolean): string {
  const name = extension.name;
  if (moved) return `This file moves extension ${name} to schema public`;
  const create = nodeAs(at.node, 'CreateExtensionStmt');
  const named = create?.options?.some((o) => nodeAs(o, 'DefElem')?.defname === 'schema');
  if (create && !named) {
    return `CREATE EXTENSION ${name} names no schema, so it is installed in the first schema of the search path, public`;
  }
  return `Extension ${name} is installed in schema public`;
}

/** How many of the extension's objects the model knows in public, for the message. */
function owned(schema: SchemaModel, extension: ExtensionModel): string {
  const count = (objects: Iterable<{ extension?: string; schema: string }>) =>
    [...objects].filter((o) => o.extension === extension.name && o.schema === 'public').length;
  const t = count(schema.tables.values());
  const f = count(schema.functions.values());
  const parts = [];
  if (t) parts.push(`${t} relation${t === 1 ? '' : 's'}`);
  if (f) parts.push(`${f} function${f === 1 ? '' : 's'}`);
  return parts.length ? parts.join(', ') : 'its functions, types and operators';
}

function quoted(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name}"`;
}
