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
  writeFile(path: string, data: Uint8Array, options: { canOwn: boolean }): void;
}

/**
 * Text as bytes the file takes as they are: Emscripten's own conversion of a string is a
 * JavaScript loop over every character (about 40 ms for the stand-ins' scripts at each start).
 */
function writeText(fs: EmscriptenFs, path: string, text: string): void {
  fs.writeFile(path, new TextEncoder().encode(text), { canOwn: true });
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
            writeText(mod.FS, `${extensionDir}/${standIn.name}.control`, controlFile(standIn));
            writeText(
              mod.FS,
              `${extensionDir}/${standIn.name}--${standIn.version}.sql`,
              standIn.sql,
            );
            for (const earlier of standIn.earlierVersions ?? []) {
              writeText(mod.FS, `${extensionDir}/${standIn.name}--${earlier}.sql`, standIn.sql);
              // The earlier version already has the newest interface: updating changes nothing.
              writeText(
                mod.FS,
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
