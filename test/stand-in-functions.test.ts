import { beforeAll, describe, expect, it } from 'vitest';
import { type StandInFunction, standInFunctions } from '../src/core/extensions/stand-in-calls.ts';
import type { ExtensionStandIn } from '../src/core/extensions/stand-in.ts';
import { standIns } from '../src/core/extensions/stand-ins/index.ts';
import { nameParts } from '../src/core/sql/names.ts';
import { loadParser, parseSql } from '../src/core/sql/parse-sql.ts';
import { nodeAs } from '../src/core/sql/statement.ts';

/**
 * The stand-ins' function names are read from their scripts' heads, not parsed (a staging run
 * needs them on every run). Here each script is parsed, and every function and procedure the
 * parser finds must be among those names, and nothing else.
 */

beforeAll(() => loadParser());

/** What a parse of the stand-in's script, installed into `schema`, says it defines. */
function parsedFunctions(standIn: ExtensionStandIn, schema: string): StandInFunction[] {
  const parsed = parseSql(standIn.sql.replaceAll('@extschema@', schema));
  expect(parsed.errors, standIn.name).toEqual([]);
  const out: StandInFunction[] = [];
  for (const statement of parsed.statements) {
    const parts = nameParts(nodeAs(statement.node, 'CreateFunctionStmt')?.funcname);
    const name = parts.at(-1);
    if (name === undefined) continue;
    const owner = parts.length > 1 ? parts[0] : schema;
    out.push({
      name: `${owner?.toLowerCase()}.${name.toLowerCase()}`,
      standsInFor: standIn.name,
    });
  }
  return out;
}

describe("the stand-ins' functions", () => {
  for (const schema of ['extensions', 'Custom_Schema']) {
    it(`are those the parser finds in each script, installed into ${schema}`, () => {
      let total = 0;
      for (const standIn of standIns) {
        const expected = parsedFunctions(standIn, standIn.schema ?? schema);
        const found = standInFunctions([standIn], (s) => s.schema ?? schema).filter(
          (f) => f.standsInFor === standIn.name,
        );
        expect(found, standIn.name).toEqual(expected);
        total += found.length;
      }
      // Every stand-in but the ones defining no function: a head the pattern missed shows above.
      expect(total).toBeGreaterThan(400);
    });
  }

  it('include the platform functions the replica imitates', () => {
    expect(standInFunctions([]).map((f) => f.name)).toContain('realtime.send');
  });
});
