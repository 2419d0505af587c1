import { addColumnRequired } from './add-column-required/index.ts';
import { addColumnRewrite } from './add-column-rewrite/index.ts';
import { addPrimaryKey } from './add-primary-key/index.ts';
import { addUniqueConstraint } from './add-unique-constraint/index.ts';
import { alterColumnType } from './alter-column-type/index.ts';
import { apiRoleEscalation } from './api-role-escalation/index.ts';
import { applyRefused } from './apply-refused/index.ts';
import { authFkNotUnique } from './auth-fk-not-unique/index.ts';
import { authUsersExposed } from './auth-users-exposed/index.ts';
import { batchHeaderInvalid } from './batch-header-invalid/index.ts';
import { contractStepNotDue } from './contract-step-not-due/index.ts';
import { batchLoopSingleTransaction } from './batch-loop-single-transaction/index.ts';
import { concurrentlyInTransaction } from './concurrently-in-transaction/index.ts';
import { constraintNotValidMissing } from './constraint-not-valid-missing/index.ts';
import { createIndexNonConcurrent } from './create-index-non-concurrent/index.ts';
import { dropColumn } from './drop-column/index.ts';
import { dropIndexNonConcurrent } from './drop-index-non-concurrent/index.ts';
import { dropTable } from './drop-table/index.ts';
import { duplicateIndex } from './duplicate-index/index.ts';
import { extensionInPublic } from './extension-in-public/index.ts';
import { fileTooLarge } from './file-too-large/index.ts';
import { foreignTableInApi } from './foreign-table-in-api/index.ts';
import { functionSearchPath } from './function-search-path/index.ts';
import { invalidSuppression } from './invalid-suppression/index.ts';
import { materializedViewInApi } from './materialized-view-in-api/index.ts';
import { migrationDeleted } from './migration-deleted/index.ts';
import { migrationFilename } from './migration-filename/index.ts';
import { migrationModified } from './migration-modified/index.ts';
import { migrationOutOfOrder } from './migration-out-of-order/index.ts';
import { mixedSchemaAndData } from './mixed-schema-and-data/index.ts';
import { multiplePermissivePolicies } from './multiple-permissive-policies/index.ts';
import { nullUnsafeComparison } from './null-unsafe-comparison/index.ts';
import { overridesTimeouts } from './overrides-timeouts/index.ts';
import { policyAlwaysTrue } from './policy-always-true/index.ts';
import { policyExistsRlsDisabled } from './policy-exists-rls-disabled/index.ts';
import { policyPerRowAuthCall } from './policy-per-row-auth-call/index.ts';
import { policyUserMetadata } from './policy-user-metadata/index.ts';
import { preferBigintIdentity } from './prefer-bigint-identity/index.ts';
import { preferJsonb } from './prefer-jsonb/index.ts';
import { preferText } from './prefer-text/index.ts';
import { preferTimestamptz } from './prefer-timestamptz/index.ts';
import { probeCrossTenantRead } from './probe-cross-tenant-read/index.ts';
import { probeCrossTenantWrite } from './probe-cross-tenant-write/index.ts';
import { probeTenantLockedOut } from './probe-tenant-locked-out/index.ts';
import { publicBucketListing } from './public-bucket-listing/index.ts';
import { queueExposedInApi } from './queue-exposed-in-api/index.ts';
import { refreshMatviewNonConcurrent } from './refresh-matview-non-concurrent/index.ts';
import { reindexNonConcurrent } from './reindex-non-concurrent/index.ts';
import { renameColumn } from './rename-column/index.ts';
import { renameTable } from './rename-table/index.ts';
import { rescanningBatch } from './rescanning-batch/index.ts';
import { rlsDisabled } from './rls-disabled/index.ts';
import { rlsNoPolicy } from './rls-no-policy/index.ts';
import { securityDefinerExposed } from './security-definer-exposed/index.ts';
import { securityDefinerSearchPath } from './security-definer-search-path/index.ts';
import { setNotNull } from './set-not-null/index.ts';
import { statementsAfterExclusiveLock } from './statements-after-exclusive-lock/index.ts';
import { stringSyntaxSetting } from './string-syntax-setting/index.ts';
import { superuserStatement } from './superuser-statement/index.ts';
import { replicationRoleSetting } from './replication-role-setting/index.ts';
import { syntaxError } from './syntax-error/index.ts';
import { tableRewriteCommand } from './table-rewrite-command/index.ts';
import { tableWithoutPrimaryKey } from './table-without-primary-key/index.ts';
import { tenantColumnNoFk } from './tenant-column-no-fk/index.ts';
import { tenantColumnNullable } from './tenant-column-nullable/index.ts';
import { tenantColumnUnindexed } from './tenant-column-unindexed/index.ts';
import { tenantPolicyMissing } from './tenant-policy-missing/index.ts';
import { traceDangerousLock } from './trace-dangerous-lock/index.ts';
import { traceNotValidated } from './trace-not-validated/index.ts';
import { traceStatementFailed } from './trace-statement-failed/index.ts';
import { traceTableRewrite } from './trace-table-rewrite/index.ts';
import { truncate } from './truncate/index.ts';
import { unbatchedDataChange } from './unbatched-data-change/index.ts';
import { unindexedForeignKey } from './unindexed-foreign-key/index.ts';
import { unusedSuppression } from './unused-suppression/index.ts';
import { vectorIndexBeforeData } from './vector-index-before-data/index.ts';
import { viewBypassesRls } from './view-bypasses-rls/index.ts';
import { writesMigrationHistory } from './writes-migration-history/index.ts';
import type { Rule } from './rule.ts';

/**
 * Every rule migration-guard knows, in the order the README lists them: the lint rules, then the
 * findings the staging trace, the isolation probes and the lint engine raise (meta only, so they
 * can be configured, suppressed and documented like any rule). Adding a rule: its folder and one
 * line here.
 */
export const RULES: readonly Rule[] = [
  // Locks and rewrites
  createIndexNonConcurrent,
  addColumnRewrite,
  addColumnRequired,
  alterColumnType,
  setNotNull,
  constraintNotValidMissing,
  addUniqueConstraint,
  addPrimaryKey,
  // Maintenance commands, CONCURRENTLY, lock duration and timeouts
  dropIndexNonConcurrent,
  concurrentlyInTransaction,
  tableRewriteCommand,
  reindexNonConcurrent,
  refreshMatviewNonConcurrent,
  statementsAfterExclusiveLock,
  overridesTimeouts,
  // Breaking changes for the code still running against the old schema
  dropColumn,
  dropTable,
  renameColumn,
  renameTable,
  truncate,
  contractStepNotDue,
  // Data changes and batched backfills
  unbatchedDataChange,
  mixedSchemaAndData,
  replicationRoleSetting,
  batchLoopSingleTransaction,
  rescanningBatch,
  batchHeaderInvalid,
  nullUnsafeComparison,
  vectorIndexBeforeData,
  // The migrations directory and the record of what ran
  migrationModified,
  migrationDeleted,
  migrationOutOfOrder,
  migrationFilename,
  writesMigrationHistory,
  stringSyntaxSetting,
  // Tenancy: row-level security on, backed by policies; tenant columns and keys
  rlsDisabled,
  rlsNoPolicy,
  policyExistsRlsDisabled,
  tenantColumnNullable,
  tenantColumnUnindexed,
  tenantColumnNoFk,
  unindexedForeignKey,
  // Tenancy: policies that isolate tenants, open policies, slow policies
  tenantPolicyMissing,
  policyAlwaysTrue,
  policyPerRowAuthCall,
  policyUserMetadata,
  multiplePermissivePolicies,
  // Tenancy: functions and views that run with their owner's rights
  securityDefinerSearchPath,
  securityDefinerExposed,
  viewBypassesRls,
  // Tenancy: the roles the Data API runs as given more than their grants
  apiRoleEscalation,
  // Security (Supabase advisor): functions and storage
  functionSearchPath,
  publicBucketListing,
  // Security: what the Data API exposes beyond tables (advisor lints 0014, 0016, 0017, 0019)
  extensionInPublic,
  foreignTableInApi,
  materializedViewInApi,
  queueExposedInApi,
  // Supabase database advisor lints about keys, indexes and auth, raised at migration time
  duplicateIndex,
  tableWithoutPrimaryKey,
  authFkNotUnique,
  authUsersExposed,
  // Statements that reach the host or need a superuser
  superuserStatement,
  // Column types for new definitions (off unless enabled)
  preferTimestamptz,
  preferJsonb,
  preferBigintIdentity,
  preferText,
  // Raised by the staging trace (meta only)
  traceDangerousLock,
  traceTableRewrite,
  traceStatementFailed,
  traceNotValidated,
  // Raised by the isolation probes on staging (meta only)
  probeCrossTenantRead,
  probeCrossTenantWrite,
  probeTenantLockedOut,
  // Raised by the lint engine itself (meta only)
  syntaxError,
  fileTooLarge,
  applyRefused,
  invalidSuppression,
  unusedSuppression,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.meta.id));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
