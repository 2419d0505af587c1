import type { Rule } from './rule.ts';

export const tenancyPolicyRules: readonly Rule[] = [];
