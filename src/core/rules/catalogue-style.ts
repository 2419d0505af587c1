import type { Rule } from './rule.ts';

export const styleRules: readonly Rule[] = [];
