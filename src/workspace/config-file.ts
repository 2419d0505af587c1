import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Config,
  ConfigError,
  DEFAULT_CONFIG,
  JsoncError,
  lineAndColumn,
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
      if (error instanceof JsoncError) {
        throw new InputError(
          `${path}:${error.line}:${error.column}: not valid JSON: ${error.reason}`,
          'fix the syntax (comments and trailing commas are allowed)',
        );
      }
      throw error;
    }
    try {
      return { config: parseConfig(value, RULE_IDS), path };
    } catch (error) {
      if (error instanceof ConfigError) {
        const at = keyPosition(text, error.key);
        throw new InputError(
          `${path}${at ? `:${at.line}:${at.column}` : ''}: ${error.message}`,
          `fix or remove the key '${error.key}'; see the README's Configuration section`,
        );
      }
      throw error;
    }
  }
  return { config: { ...DEFAULT_CONFIG, rules: {} }, path: null };
}

/**
 * Where a key (`rules.prefer-text`, `apply.lockTimeoutMs`) is written: each segment as a quoted
 * property name, searched for after its parent's. Undefined when not found (e.g. `(root)`).
 */
function keyPosition(text: string, key: string): { line: number; column: number } | undefined {
  let from = 0;
  for (const segment of key.split('.')) {
    const quoted = JSON.stringify(segment).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`${quoted}\\s*:`, 'g');
    match.lastIndex = from;
    const found = match.exec(text);
    if (!found) return undefined;
    from = found.index;
  }
  return lineAndColumn(text, from);
}
