import type { CatalogTable } from './probe-catalog.ts';
import type { Membership } from './tenant-setup.ts';

export type ProbeCommand = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/**
 * What one probe step saw: rows returned or changed, the new row refused by row level
 * security, no table privilege for the role, or another error (inconclusive).
 */
export type StepOutcome =
  | { kind: 'rows'; rows: number }
  | { kind: 'refused' }
  | { kind: 'no-privilege' }
  | { kind: 'failed'; error: string };

/** What the probes saw on one table, acting as two members of two tenants. */
export interface ProbeObservation {
  table: CatalogTable;
  tenantColumn: string;
  /** Member A on A's own row (INSERT: A inserting it). */
  own: Partial<Record<ProbeCommand, StepOutcome>>;
  /** Member B on A's row (INSERT: B inserting a row into A's tenant). */
  other: Partial<Record<ProbeCommand, StepOutcome>>;
  /** The table that made the probe's members members of their tenants, when it used one. */
  membership?: Membership;
}

type ProbeRuleId =
  | 'probe-cross-tenant-read'
  | 'probe-cross-tenant-write'
  | 'probe-tenant-locked-out';

export interface ProbeVerdict {
  rule: ProbeRuleId;
  command: ProbeCommand;
  message: string;
  /** Names of the policies involved. */
  policies: string[];
  /**
   * The problem seen, as the lint names it (`RuleReport.problems`): `cross-tenant-read
   * public.notes`, `rls-off public.notes`, `locked-out-insert public.notes`.
   */
  problem: string;
  /** The SQL that fixes it, for this table and its tenant column. */
  fix?: string;
}
