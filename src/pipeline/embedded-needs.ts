import type { ParsedSql } from '../core/sql/parse-sql.ts';
import { nodeAs } from '../core/sql/statement.ts';
import type { PgliteStartOptions } from '../staging/pglite-database.ts';

/**
 * What the embedded database must offer for the SQL a run applies there, read before the lint
 * has parsed it: the extensions it creates (only these are loaded: each is an archive unpacked
 * at start), and whether it names a template database (snapshots hold none; a start asked for
 * them makes both). `check`'s staging and `fix`'s proof ask the same way, each for the texts it
 * applies.
 */
export function embeddedNeeds(
  texts: Iterable<string>,
  parse: (sql: string) => ParsedSql,
): Required<Pick<PgliteStartOptions, 'extensions' | 'templateDatabases'>> {
  const extensions = new Set<string>();
  let templateDatabases = false;
  for (const sql of texts) {
    templateDatabases ||= /\btemplate[01]\b/i.test(sql);
    // Only a text with the keyword is parsed here: by the word alone, which a comment between
    // CREATE and EXTENSION (`create/**/extension`) does not hide.
    if (!/\bextension\b/i.test(sql)) continue;
    for (const statement of parse(sql).statements) {
      const name = nodeAs(statement.node, 'CreateExtensionStmt')?.extname;
      if (name) extensions.add(name);
    }
  }
  return { extensions, templateDatabases };
}
