/**
 * What `migration-guard fix` would do for one file of a pull request, as the PR comment offers
 * it: the command that rewrites and proves the file, and for a rewrite that changes one
 * statement in place, that change as a suggestion on its lines.
 */
export interface FixOffer {
  /** The file, as the report names it. */
  file: string;
  /** How many migration files replace the file. */
  files: number;
  /** The shell command that rewrites the file; absent when its path cannot be typed safely. */
  command?: string;
  suggestion?: SuggestedChange;
}

/** A rewrite of whole lines of the file: what a GitHub suggested change can apply. */
export interface SuggestedChange {
  /** 1-based first and last line replaced. */
  startLine: number;
  endLine: number;
  /** The text that replaces those lines. */
  replacement: string;
  /** The review comment that carries it, once posted. */
  url?: string;
}
