import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Config,
  ConfigError,
  DEFAULT_CONFIG,
  parseConfig,
  parseJsonc,
} from '../core/config/config.ts';
import { RULE_IDS } from '../core/rules/registry.ts';
import { InputError } from './input-error.ts';

const CONFIG_FILE_NAMES = ['migration-guard.config.json', 'migration-guard.config.jsonc'];

/**
 * Load the config: the file given, else the first of CONFIG_FILE_NAMES in the search
 * directories (the working directory, then the repository root), else the defaults. Any
 * problem names the file and the key.
 */
export async function loadConfig(
  searchDirs: string[],
  explicitPath?: string,
): Promise<{ config: Config; path: string | null }> {
  const candidates = explicitPath
    ? [explicitPath]
    : [...new Set(searchDirs)].flatMap((dir) => CONFIG_FILE_NAMES.map((n) => join(dir, n)));
  for (const path of candidates) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      if (explicitPath) {
        throw new InputError(`cannot read config file ${path}`, 'check the --config path');
      }
      continue;
    }
    let value: unknown;
    try {
      value = parseJsonc(text);
    } catch (error) {
      throw new InputError(
        `${path} is not valid JSON: ${(error as Error).message}`,
        'fix the syntax (comments and trailing commas are allowed)',
      );
    }
    try {
      return { config: parseConfig(value, RULE_IDS), path };
    } catch (error) {
      if (error instanceof ConfigError) {
        throw new InputError(
          `${path}: ${error.message}`,
          `fix or remove the key '${error.key}'; see the README's Configuration section`,
        );
      }
      throw error;
    }
  }
  return { config: { ...DEFAULT_CONFIG, rules: {} }, path: null };
}
