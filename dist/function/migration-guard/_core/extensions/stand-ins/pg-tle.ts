import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * pg_tle (Trusted Language Extensions) lets SQL install extensions, which its C code then serves
 * to `CREATE EXTENSION`. The stand-in keeps the management functions with their real signatures
 * and records what is installed in `pgtle.stand_in_extension`, which `available_extensions()`
 * and friends read back; a staging target that wants the following `create extension <name>`
 * to work can install the recorded script from there. On its own, the stand-in cannot make
 * `CREATE EXTENSION` see them. Base types and operator functions need C I/O routines, so
 * `create_base_type` and `create_operator_func` raise "not supported"; shell types are created.
 */
export const pgTle: ExtensionStandIn = {
  name: 'pg_tle',
  version: '1.4.0',
  comment: 'Trusted Language Extensions for PostgreSQL',
  schema: 'pgtle',
  sql: `
do $$
begin
  if not exists (select from pg_catalog.pg_roles where rolname = 'pgtle_admin') then
    create role pgtle_admin nologin;
  end if;
end
$$;

create type @extschema@.pg_tle_features as enum ('passcheck', 'clientauth');
create type @extschema@.password_types as enum (
  'PASSWORD_TYPE_PLAINTEXT', 'PASSWORD_TYPE_MD5', 'PASSWORD_TYPE_SCRAM_SHA_256'
);
create type @extschema@.clientauth_port_subset as (
  noblock boolean, remote_host text, remote_hostname text, remote_hostname_resolv integer,
  remote_hostname_errcode integer, database_name text, user_name text
);

create table @extschema@.feature_info (
  feature @extschema@.pg_tle_features,
  schema_name text,
  proname text,
  obj_identity text not null,
  primary key (feature, schema_name, proname)
);

-- Where the C code would keep installed extensions: one row per version, plus update paths.
create table @extschema@.stand_in_extension (
  name text not null,
  version text not null,
  description text,
  ext text not null,
  requires text[],
  is_default boolean not null default false,
  primary key (name, version)
);
create table @extschema@.stand_in_update_path (
  name text not null, source text not null, target text not null, ext text not null,
  primary key (name, source, target)
);

create function @extschema@.install_extension(
  name text, version text, description text, ext text, requires text[] default null
) returns boolean set search_path to 'pgtle' language plpgsql as $$
begin
  if exists (select from @extschema@.stand_in_extension e where e.name = install_extension.name) then
    raise exception 'extension "%" already installed', name using errcode = '42710';
  end if;
  insert into @extschema@.stand_in_extension values (name, version, description, ext, requires, true);
  return true;
end
$$;

create function @extschema@.install_extension_version_sql(name text, version text, ext text)
  returns boolean language plpgsql as $$
begin
  insert into @extschema@.stand_in_extension (name, version, description, ext, requires)
    select name, version, e.description, ext, e.requires from @extschema@.stand_in_extension e
    where e.name = install_extension_version_sql.name and e.is_default;
  if not found then
    raise exception 'extension "%" is not installed', name;
  end if;
  return true;
end
$$;

create function @extschema@.install_update_path(name text, fromvers text, tovers text, ext text)
  returns boolean language sql as $$
  insert into @extschema@.stand_in_update_path values (name, fromvers, tovers, ext);
  select true
$$;

create function @extschema@.set_default_version(name text, version text) returns boolean
  language plpgsql as $$
begin
  update @extschema@.stand_in_extension e set is_default = (e.version = set_default_version.version)
    where e.name = set_default_version.name;
  return found;
end
$$;

create function @extschema@.uninstall_extension(extname text) returns boolean
  language plpgsql strict as $$
begin
  delete from @extschema@.stand_in_extension where name = extname;
  if not found then
    raise exception 'Extension % does not exist', extname using errcode = 'no_data_found';
  end if;
  delete from @extschema@.stand_in_update_path where name = extname;
  return true;
end
$$;
create function @extschema@.uninstall_extension(extname text, version text) returns boolean
  language plpgsql strict as $$
begin
  delete from @extschema@.stand_in_extension e where e.name = extname and e.version = uninstall_extension.version;
  return found;
end
$$;
create function @extschema@.uninstall_extension_if_exists(extname text) returns boolean
  language plpgsql strict as $$
begin
  delete from @extschema@.stand_in_extension where name = extname;
  return found;
end
$$;
create function @extschema@.uninstall_update_path(extname text, fromvers text, tovers text)
  returns boolean language plpgsql strict as $$
begin
  delete from @extschema@.stand_in_update_path where name = extname and source = fromvers and target = tovers;
  return found;
end
$$;
create function @extschema@.uninstall_update_path_if_exists(extname text, fromvers text, tovers text)
  returns boolean language sql strict as $$
  select @extschema@.uninstall_update_path(extname, fromvers, tovers)
$$;

create function @extschema@.available_extensions(out name name, out default_version text, out comment text)
  returns setof record language sql stable strict as $$
  select e.name::name, e.version, e.description from @extschema@.stand_in_extension e where e.is_default
$$;
create function @extschema@.available_extension_versions(
  out name name, out version text, out superuser boolean, out trusted boolean, out relocatable boolean,
  out schema name, out requires name[], out comment text
) returns setof record language sql stable strict as $$
  select e.name::name, e.version, false, false, false, null::name, e.requires::name[], e.description
  from @extschema@.stand_in_extension e
$$;
create function @extschema@.extension_update_paths(name name, out source text, out target text, out path text)
  returns setof record language sql stable strict as $$
  select p.source, p.target, p.source || '--' || p.target from @extschema@.stand_in_update_path p
  where p.name = extension_update_paths.name
$$;

create function @extschema@.create_shell_type(typenamespace regnamespace, typename name) returns void
  language plpgsql strict as $$
begin
  execute format('create type %I.%I', typenamespace, typename);
end
$$;
create function @extschema@.create_shell_type_if_not_exists(typenamespace regnamespace, typename name)
  returns boolean language plpgsql strict as $$
begin
  perform @extschema@.create_shell_type(typenamespace, typename);
  return true;
exception when duplicate_object then
  return false;
end
$$;

create function @extschema@.create_base_type(
  typenamespace regnamespace, typename name, infunc regprocedure, outfunc regprocedure,
  internallength int4, alignment text default 'int4', storage text default 'plain'
) returns void language plpgsql strict as $$
begin
  raise exception 'pg_tle base types need C I/O routines and are not supported on the staging database'
    using errcode = 'feature_not_supported';
end
$$;
create function @extschema@.create_base_type_if_not_exists(
  typenamespace regnamespace, typename name, infunc regprocedure, outfunc regprocedure,
  internallength int4, alignment text default 'int4', storage text default 'plain'
) returns boolean language sql strict as $$
  select @extschema@.create_base_type(typenamespace, typename, infunc, outfunc, internallength, alignment, storage);
  select true
$$;
create function @extschema@.create_operator_func(typenamespace regnamespace, typename name, opfunc regprocedure)
  returns void language plpgsql strict as $$
begin
  raise exception 'pg_tle operator functions need C and are not supported on the staging database'
    using errcode = 'feature_not_supported';
end
$$;
create function @extschema@.create_operator_func_if_not_exists(
  typenamespace regnamespace, typename name, opfunc regprocedure
) returns boolean language sql strict as $$
  select @extschema@.create_operator_func(typenamespace, typename, opfunc);
  select true
$$;

create function @extschema@.register_feature(proc regproc, feature @extschema@.pg_tle_features)
  returns void language sql as $$
  insert into @extschema@.feature_info
    select feature, n.nspname, p.proname, pg_catalog.pg_describe_object('pg_catalog.pg_proc'::regclass, p.oid, 0)
    from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
    where p.oid = proc
$$;
create function @extschema@.register_feature_if_not_exists(proc regproc, feature @extschema@.pg_tle_features)
  returns boolean language plpgsql as $$
begin
  perform @extschema@.register_feature(proc, feature);
  return true;
exception when unique_violation then
  return false;
end
$$;
create function @extschema@.unregister_feature(proc regproc, feature @extschema@.pg_tle_features)
  returns void language sql as $$
  delete from @extschema@.feature_info f
  using pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
  where p.oid = proc and f.feature = unregister_feature.feature
    and f.schema_name = n.nspname and f.proname = p.proname
$$;
create function @extschema@.unregister_feature_if_exists(proc regproc, feature @extschema@.pg_tle_features)
  returns boolean language plpgsql as $$
begin
  perform @extschema@.unregister_feature(proc, feature);
  return true;
end
$$;
create function @extschema@.pg_tle_feature_info_sql_drop() returns event_trigger language plpgsql as $$
begin
  delete from @extschema@.feature_info f
  using pg_catalog.pg_event_trigger_dropped_objects() d
  where d.object_type = 'function' and f.obj_identity = d.object_identity;
end
$$;

grant usage on schema @extschema@ to public;
grant all on schema @extschema@ to pgtle_admin;
`,
  examples: [
    `select pgtle.install_extension('pg_hello', '0.1', 'says hello', $_$ create function hello() returns text language sql as $$ select 'hi' $$; $_$)`,
    `select name, default_version from pgtle.available_extensions()`,
    `select pgtle.set_default_version('pg_hello', '0.1')`,
    `select pgtle.uninstall_extension('pg_hello')`,
  ],
};
