import { parseArgs } from 'node:util';
import { TOOL_NAME } from '../core/project.ts';
import type { ProofSide } from '../pipeline/fix-proof.ts';
import { PROOF_ROWS } from '../pipeline/fix-seed.ts';
import { DEFAULT_CONTRACT_AFTER_DAYS, type FixedFile, runFix } from '../pipeline/run-fix.ts';
import { defaultCacheDir } from '../staging/embedded-cache.ts';
import { InputError } from '../workspace/input-error.ts';
import { FIX_USAGE } from './usage.ts';

/** What `fix` needs of the terminal (the CLI's own `CliIo` fits it). */
interface FixIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stderrIsTty?: boolean;
  cwd: string;
}

/**
 * `migration-guard fix`: the diff (or, with --write, the files) of the safe multi-step form of
 * each file under check, once the rewrite lints clean and staging proves it equivalent.
 * Exit 0: every file is clean or rewritten; 1: a file keeps findings fix could not remove or
 * prove; 2: usage or input error.
 */
export async function fixCommand(args: string[], io: FixIo): Promise<number> {
  let parsed: ReturnType<typeof parseFixArgs>;
  try {
    parsed = parseFixArgs(args);
  } catch (error) {
    throw new InputError((error as Error).message, `run '${TOOL_NAME} fix --help'`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${FIX_USAGE}\n`);
    return 0;
  }
  if (values.db !== undefined && values['no-db']) {
    throw new InputError('--db and --no-db contradict each other', 'pass one of them');
  }
  const contractAfter = contractAfterDays(values['contract-after']);
  const progress = io.stderrIsTty
    ? (line: string) => io.stderr(`${TOOL_NAME}: ${line}\n`)
    : () => {};
  const fixed = await runFix({
    cwd: io.cwd,
    files: positionals,
    write: values.write === true,
    noDb: values['no-db'] === true,
    contractAfterDays: contractAfter,
    progress,
    notice: (line) => io.stderr(`${TOOL_NAME}: notice: ${line}\n`),
    ...(values['no-cache'] ? {} : { cacheDir: defaultCacheDir() }),
    ...(values.dir !== undefined ? { dir: values.dir } : {}),
    ...(values.base !== undefined ? { base: values.base } : {}),
    ...(values.config !== undefined ? { configPath: values.config } : {}),
    ...(values.db !== undefined ? { dbUrl: values.db } : {}),
  });
  if (fixed.length === 0) {
    io.stderr(`${TOOL_NAME}: nothing to fix\n`);
    return 0;
  }
  let failed = false;
  for (const f of fixed) {
    if (f.proof) io.stderr(renderProof(f));
    if (f.problem !== undefined) {
      failed = true;
      io.stderr(`${TOOL_NAME}: ${f.file.path}: not rewritten, nothing written:\n${f.problem}\n`);
      continue;
    }
    if (f.written) {
      const names = (f.files ?? []).map((s) => `  ${s.fileName}`).join('\n');
      io.stderr(`${TOOL_NAME}: replaced ${f.file.path} with:\n${names}\n`);
    } else if (f.diff !== undefined) {
      io.stdout(`${f.diff}\n`);
    }
  }
  return failed ? 1 : 0;
}

/** The proof side by side: what each version locked and rewrote, and the final schema. */
function renderProof(f: FixedFile): string {
  const proof = f.proof;
  if (!proof) return '';
  const { original, rewrite } = proof;
  const rows: [string, string, string][] = [
    ['', 'original', 'rewrite'],
    ['applied', status(original), status(rewrite)],
    ['longest blocking lock', lockText(original), lockText(rewrite)],
    [
      'tables rewritten',
      original.rewrites.join(', ') || 'none',
      rewrite.rewrites.join(', ') || 'none',
    ],
    [
      'ACCESS EXCLUSIVE held across work',
      original.exclusiveAcrossWork.join(', ') || 'no',
      rewrite.exclusiveAcrossWork.join(', ') || 'no',
    ],
  ];
  if (original.historyFailures.length > 0) {
    rows.push([
      'earlier files that failed',
      original.historyFailures.join(', '),
      rewrite.historyFailures.join(', '),
    ]);
  }
  const same = original.catalog.join('\n') === rewrite.catalog.join('\n');
  const lines = [
    `proof for ${f.file.path} (two fresh staging databases, ${PROOF_ROWS} rows in each touched table):`,
  ];
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  for (const r of rows) {
    lines.push(
      `  ${r
        .map((c, i) => c.padEnd(width[i] ?? 0))
        .join('  ')
        .trimEnd()}`,
    );
  }
  if (original.failure === undefined && rewrite.failure === undefined) {
    if (f.declared) {
      // The rewrite adds these on purpose: the original alone would differ by exactly them.
      lines.push('  the original side also ran what the rewrite adds on purpose:');
      lines.push(...f.declared.flatMap((sql) => sql.split('\n').map((l) => `    ${l}`)));
    }
    const compared = f.declared ? ' (against the original plus those additions)' : '';
    lines.push(
      `  final schema of the touched tables${compared}: ${same ? 'identical' : 'DIFFERENT'}`,
    );
    const catalog = same
      ? original.catalog.map((l) => `    ${l}`)
      : sideBySide(original.catalog, rewrite.catalog);
    lines.push(...catalog);
  }
  return `${lines.join('\n')}\n`;
}

function status(side: ProofSide): string {
  return side.failure === undefined ? 'yes' : `failed: ${side.failure}`;
}

function lockText(side: ProofSide): string {
  const l = side.longestLock;
  return l ? `${l.mode} on ${l.relation}, ${l.heldMs.toFixed(1)} ms` : 'none';
}

function sideBySide(left: string[], right: string[]): string[] {
  const width = Math.max(...left.map((l) => l.length), 8);
  const out: string[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] ?? '';
    const r = right[i] ?? '';
    out.push(`  ${l === r ? ' ' : '!'} ${l.padEnd(width)} | ${r}`);
  }
  return out;
}

function parseFixArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      dir: { type: 'string' },
      base: { type: 'string' },
      config: { type: 'string' },
      db: { type: 'string' },
      'no-db': { type: 'boolean' },
      'no-cache': { type: 'boolean' },
      write: { type: 'boolean' },
      'contract-after': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** The longest wait `--contract-after` takes: ten years, a typo beyond that. */
const MAX_CONTRACT_AFTER_DAYS = 3650;

function contractAfterDays(value: string | undefined): number {
  if (value === undefined) return DEFAULT_CONTRACT_AFTER_DAYS;
  const days = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(days) || days > MAX_CONTRACT_AFTER_DAYS) {
    throw new InputError(
      `--contract-after ${value} is not a number of days from 0 to ${MAX_CONTRACT_AFTER_DAYS}`,
      `pass whole days, e.g. --contract-after ${DEFAULT_CONTRACT_AFTER_DAYS}`,
    );
  }
  return days;
}
