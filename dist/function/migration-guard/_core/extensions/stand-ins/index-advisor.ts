import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * index_advisor asks HypoPG which indexes would make a query cheaper. Its SQL is plain, but the
 * answer depends on the planner seeing hypothetical indexes, which the HypoPG stand-in cannot
 * give; so this stand-in keeps the real signature and answers one row with no suggestion, equal
 * zero costs before and after, and no errors.
 */
export const indexAdvisor: ExtensionStandIn = {
  name: 'index_advisor',
  version: '0.2.0',
  comment: 'Query index advisor',
  requires: ['hypopg'],
  sql: `
create function @extschema@.index_advisor(query text)
  returns table (
    startup_cost_before jsonb,
    startup_cost_after jsonb,
    total_cost_before jsonb,
    total_cost_after jsonb,
    index_statements text[],
    errors text[]
  )
  volatile language sql as $$
  select '0'::jsonb, '0'::jsonb, '0'::jsonb, '0'::jsonb, '{}'::text[], '{}'::text[]
$$;
`,
  examples: [
    `select index_statements, errors from extensions.index_advisor('select * from pg_class where relname = $1')`,
    `select count(*) from extensions.index_advisor('select 1')`,
  ],
};
