import type { Extension } from '@electric-sql/pglite';
import type { ExtensionStandIn } from '../core/extensions/stand-in.ts';
import { standIns } from '../core/extensions/stand-ins/index.ts';

/**
 * Makes every stand-in a real extension of the embedded database: its control file and install
 * script are written into PGlite's extension directory before Postgres starts, so
 * `pg_available_extensions` lists it and `CREATE EXTENSION pg_net` (with `IF NOT EXISTS`,
 * `WITH SCHEMA`, `CASCADE`, `DROP EXTENSION`, `pg_extension` rows) behaves as on Supabase.
 */

const extensionDir = '/pglite/share/postgresql/extension';

/** The control file of a stand-in, as Postgres reads it. */
function controlFile(standIn: ExtensionStandIn): string {
  const lines = [
    `default_version = ${quote(standIn.version)}`,
    `comment = ${quote(`${standIn.comment} (migration-guard stand-in: its effects are not executed)`)}`,
    'relocatable = false',
    'trusted = true',
  ];
  if (standIn.schema !== undefined) lines.push(`schema = ${quote(standIn.schema)}`);
  if (standIn.requires?.length) lines.push(`requires = ${quote(standIn.requires.join(', '))}`);
  return `${lines.join('\n')}\n`;
}

function quote(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

interface EmscriptenFs {
  mkdirTree(path: string): void;
  writeFile(path: string, data: string): void;
}

/** A PGlite extension whose only work is writing the stand-ins' files at start. */
export const standInExtension: Extension = {
  name: 'migration-guard-stand-ins',
  setup: async (_pg, emscriptenOpts: { preRun?: Array<(mod: { FS: EmscriptenFs }) => void> }) => ({
    emscriptenOpts: {
      ...emscriptenOpts,
      preRun: [
        ...(emscriptenOpts.preRun ?? []),
        (mod: { FS: EmscriptenFs }) => {
          mod.FS.mkdirTree(extensionDir);
          for (const standIn of standIns) {
            mod.FS.writeFile(`${extensionDir}/${standIn.name}.control`, controlFile(standIn));
            mod.FS.writeFile(
              `${extensionDir}/${standIn.name}--${standIn.version}.sql`,
              standIn.sql,
            );
            for (const earlier of standIn.earlierVersions ?? []) {
              mod.FS.writeFile(`${extensionDir}/${standIn.name}--${earlier}.sql`, standIn.sql);
              // The earlier version already has the newest interface: updating changes nothing.
              mod.FS.writeFile(
                `${extensionDir}/${standIn.name}--${earlier}--${standIn.version}.sql`,
                '-- migration-guard stand-in: nothing to change\n',
              );
            }
          }
        },
      ],
    },
  }),
};
