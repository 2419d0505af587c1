import type { Rule } from './rule.ts';
import { securityDefinerExposed } from './security-definer-exposed/index.ts';
import { securityDefinerSearchPath } from './security-definer-search-path/index.ts';
import { viewBypassesRls } from './view-bypasses-rls/index.ts';

/** Tenancy rules about functions and views that run with their owner's rights. */
export const tenancyFunctionRules: readonly Rule[] = [
  securityDefinerSearchPath,
  securityDefinerExposed,
  viewBypassesRls,
];
