import { REPOSITORY_URL } from '../project.ts';

/**
 * The documentation page of a post-migration check: the README in the check's folder, as rules
 * link theirs. Check ids are `check-<what>` and name their folder under `src/staging/checks/`.
 */
export function checkDocsUrl(checkId: string): string {
  return `${REPOSITORY_URL}/blob/main/src/staging/checks/${checkId}/README.md`;
}
