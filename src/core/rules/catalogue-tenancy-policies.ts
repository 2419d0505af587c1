import { multiplePermissivePolicies } from './multiple-permissive-policies/index.ts';
import { policyAlwaysTrue } from './policy-always-true/index.ts';
import { policyPerRowAuthCall } from './policy-per-row-auth-call/index.ts';
import { policyUserMetadata } from './policy-user-metadata/index.ts';
import type { Rule } from './rule.ts';
import { tenantPolicyMissing } from './tenant-policy-missing/index.ts';

/** Rules about row-level security policies: tenant isolation, open and slow policies. */
export const tenancyPolicyRules: readonly Rule[] = [
  tenantPolicyMissing,
  policyAlwaysTrue,
  policyPerRowAuthCall,
  policyUserMetadata,
  multiplePermissivePolicies,
];
