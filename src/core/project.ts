/** Facts about migration-guard itself that reports print. */
export const TOOL_NAME = 'migration-guard';

declare const __MIGRATION_GUARD_VERSION__: string | undefined;
/**
 * package.json's version, defined at build time by scripts/bundle.mjs (dist/) and by
 * vitest.config.ts. Run from source otherwise (tsx), the tool says it is no release.
 */
export const TOOL_VERSION: string =
  typeof __MIGRATION_GUARD_VERSION__ === 'string' ? __MIGRATION_GUARD_VERSION__ : '0.0.0-dev';

export const REPOSITORY_URL = 'https://github.com/migration-guard/migration-guard';

/** The documentation page of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/src/core/rules/${ruleId}/README.md`;
}
