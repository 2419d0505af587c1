import type { Rule } from './rule.ts';
import { superuserStatement } from './superuser-statement/index.ts';

/** Rules about statements that reach past the database: its host, or a superuser's powers. */
export const hostAccessRules: readonly Rule[] = [superuserStatement];
