import { policyExistsRlsDisabled } from './policy-exists-rls-disabled/index.ts';
import { rlsDisabled } from './rls-disabled/index.ts';
import { rlsNoPolicy } from './rls-no-policy/index.ts';
import type { Rule } from './rule.ts';
import { tenantColumnNoFk } from './tenant-column-no-fk/index.ts';
import { tenantColumnNullable } from './tenant-column-nullable/index.ts';
import { tenantColumnUnindexed } from './tenant-column-unindexed/index.ts';
import { unindexedForeignKey } from './unindexed-foreign-key/index.ts';

/** Row level security switched on and backed by policies; tenant columns and keys that hold. */
export const tenancyTableRules: readonly Rule[] = [
  rlsDisabled,
  rlsNoPolicy,
  policyExistsRlsDisabled,
  tenantColumnNullable,
  tenantColumnUnindexed,
  tenantColumnNoFk,
  unindexedForeignKey,
];
