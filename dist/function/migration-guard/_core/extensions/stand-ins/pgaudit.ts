import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * pgaudit is all C: it hooks the executor and logs, and `CREATE EXTENSION pgaudit` creates only
 * its event triggers' C functions. The stand-in creates nothing, so the extension can be
 * created; `pgaudit.*` settings are ordinary custom settings on staging, and nothing is logged.
 */
export const pgaudit: ExtensionStandIn = {
  name: 'pgaudit',
  version: '1.7',
  comment: 'provides auditing functionality',
  sql: '',
  examples: [`set pgaudit.log = 'ddl'`, `set local pgaudit.log_relation = on`],
};
