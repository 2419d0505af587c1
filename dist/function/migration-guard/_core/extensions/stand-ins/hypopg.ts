import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * HypoPG makes the planner see indexes that do not exist, from C hooks. The stand-in keeps its
 * functions and views with the real signatures; it remembers the hypothetical indexes asked for
 * (so listing and dropping them behaves) but the planner never sees them, and sizes are 0.
 * Hiding real indexes is recorded and has no effect on plans either.
 */
export const hypopg: ExtensionStandIn = {
  name: 'hypopg',
  version: '1.4.1',
  comment: 'Hypothetical indexes for PostgreSQL',
  sql: `
-- What the C code keeps in backend memory, kept in session-local tables instead.
create function @extschema@._hypopg_state() returns void language plpgsql as $$
begin
  create temporary table if not exists hypopg_stand_in_index (
    indexrelid oid primary key, indexname text, indrelid oid, definition text, amid oid);
  create temporary table if not exists hypopg_stand_in_hidden (indexid oid primary key);
end
$$;

create function @extschema@.hypopg_create_index(in sql_order text, out indexrelid oid, out indexname text)
  returns setof record language plpgsql volatile strict as $$
declare
  target regclass := substring(sql_order from '(?i)\\son\\s+(?:only\\s+)?([^\\s(]+)')::regclass;
  method text := coalesce(substring(sql_order from '(?i)\\susing\\s+(\\w+)'), 'btree');
begin
  perform @extschema@._hypopg_state();
  indexrelid := (13000 + (select count(*) from pg_temp.hypopg_stand_in_index))::oid;
  indexname := format('<%s>%s_%s', indexrelid, method, (select relname from pg_catalog.pg_class where oid = target));
  insert into pg_temp.hypopg_stand_in_index
    values (indexrelid, indexname, target, sql_order, (select oid from pg_catalog.pg_am where amname = method));
  return next;
end
$$;

create function @extschema@.hypopg_drop_index(in indexid oid) returns boolean
  language plpgsql volatile strict as $$
begin
  perform @extschema@._hypopg_state();
  delete from pg_temp.hypopg_stand_in_index where indexrelid = indexid;
  return found;
end
$$;

create function @extschema@.hypopg_reset_index() returns void language plpgsql volatile as $$
begin
  perform @extschema@._hypopg_state();
  delete from pg_temp.hypopg_stand_in_index;
end
$$;

create function @extschema@.hypopg_reset() returns void language plpgsql volatile as $$
begin
  perform @extschema@._hypopg_state();
  delete from pg_temp.hypopg_stand_in_index;
  delete from pg_temp.hypopg_stand_in_hidden;
end
$$;

create function @extschema@.hypopg(
  out indexname text, out indexrelid oid, out indrelid oid, out innatts integer, out indisunique boolean,
  out indkey int2vector, out indcollation oidvector, out indclass oidvector, out indoption oidvector,
  out indexprs pg_node_tree, out indpred pg_node_tree, out amid oid
) returns setof record language plpgsql volatile as $$
begin
  perform @extschema@._hypopg_state();
  return query select h.indexname, h.indexrelid, h.indrelid, 1, false, '1'::int2vector,
      '0'::oidvector, '0'::oidvector, '0'::oidvector, null::pg_node_tree, null::pg_node_tree, h.amid
    from pg_temp.hypopg_stand_in_index h order by h.indexrelid;
end
$$;

create view @extschema@.hypopg_list_indexes as
  select h.indexrelid, h.indexname as index_name, n.nspname as schema_name,
    coalesce(c.relname, '<dropped>') as table_name, am.amname as am_name
  from @extschema@.hypopg() h
  left join pg_catalog.pg_class c on c.oid = h.indrelid
  left join pg_catalog.pg_namespace n on n.oid = c.relnamespace
  left join pg_catalog.pg_am am on am.oid = h.amid;

create function @extschema@.hypopg_relation_size(in indexid oid) returns bigint
  language sql volatile strict as $$ select 0::bigint $$;

create function @extschema@.hypopg_get_indexdef(in indexid oid) returns text
  language plpgsql volatile strict as $$
begin
  perform @extschema@._hypopg_state();
  return (select definition from pg_temp.hypopg_stand_in_index where indexrelid = indexid);
end
$$;

create function @extschema@.hypopg_hide_index(in indexid oid) returns boolean
  language plpgsql volatile strict as $$
begin
  perform @extschema@._hypopg_state();
  insert into pg_temp.hypopg_stand_in_hidden values (indexid) on conflict do nothing;
  return found;
end
$$;

create function @extschema@.hypopg_unhide_index(in indexid oid) returns boolean
  language plpgsql volatile strict as $$
begin
  perform @extschema@._hypopg_state();
  delete from pg_temp.hypopg_stand_in_hidden where hypopg_stand_in_hidden.indexid = hypopg_unhide_index.indexid;
  return found;
end
$$;

create function @extschema@.hypopg_unhide_all_indexes() returns void language plpgsql volatile as $$
begin
  perform @extschema@._hypopg_state();
  delete from pg_temp.hypopg_stand_in_hidden;
end
$$;

create function @extschema@.hypopg_hidden_indexes() returns table (indexid oid)
  language plpgsql volatile strict as $$
begin
  perform @extschema@._hypopg_state();
  return query select h.indexid from pg_temp.hypopg_stand_in_hidden h;
end
$$;

create view @extschema@.hypopg_hidden_indexes as
  select h.indexid as indexrelid, i.relname as index_name, n.nspname as schema_name,
    t.relname as table_name, m.amname as am_name, false as is_hypo
  from @extschema@.hypopg_hidden_indexes() h
  join pg_catalog.pg_index x on x.indexrelid = h.indexid
  join pg_catalog.pg_class i on i.oid = h.indexid
  join pg_catalog.pg_namespace n on n.oid = i.relnamespace
  join pg_catalog.pg_class t on t.oid = x.indrelid
  join pg_catalog.pg_am m on m.oid = i.relam;
`,
  examples: [
    `create table public.orders (id bigint primary key, customer_id bigint)`,
    `select indexname from extensions.hypopg_create_index('create index on public.orders (customer_id)')`,
    `select index_name, table_name from extensions.hypopg_list_indexes`,
    `select extensions.hypopg_reset()`,
  ],
};
