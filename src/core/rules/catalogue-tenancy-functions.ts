import type { Rule } from './rule.ts';

export const tenancyFunctionRules: readonly Rule[] = [];
