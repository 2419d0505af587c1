/** Facts about migration-guard itself that reports print. */
export const TOOL_NAME = 'migration-guard';
export const TOOL_VERSION = '0.1.0';
export const REPOSITORY_URL = 'https://github.com/migration-guard/migration-guard';

/** The documentation page of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/src/core/rules/${ruleId}/README.md`;
}
