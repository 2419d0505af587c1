import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { expectProven, fixHarness } from './support/fix-proof.ts';

// `fix` on each playbook template (test/fixtures/playbook, after schema.sql), proved on
// PostgreSQL 15: the original and the rewrite applied on two fresh databases with rows in the
// touched tables and the tables they read, the same final catalog, and no ACCESS EXCLUSIVE held
// across a backfill, a scan or an index build. test/fix-playbook.test.ts checks the same
// rewrites with the linter alone, as written to disk.

const FIXTURES = join(import.meta.dirname, 'fixtures', 'playbook');
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.sql') && f !== 'schema.sql')
  .sort();

const { fixChange } = fixHarness(readFileSync(join(FIXTURES, 'schema.sql'), 'utf8'));

describe('fix on the playbook templates, proved on PostgreSQL 15', () => {
  it.each(fixtures)('%s', async (fixture) => {
    expectProven(await fixChange(readFileSync(join(FIXTURES, fixture), 'utf8')));
  });
});
