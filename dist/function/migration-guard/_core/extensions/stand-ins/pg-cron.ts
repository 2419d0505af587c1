import type { ExtensionStandIn } from '../stand-in.ts';

/**
 * pg_cron runs jobs from a background worker. The stand-in keeps its catalogue: `cron.job` and
 * `cron.job_run_details` with their real columns and row security, and the scheduling functions
 * with their real overloads. Scheduling writes the row and returns its `jobid` (naming an
 * existing job replaces it, as pg_cron does); nothing ever runs a job.
 *
 * The control file fixes the schema to `pg_catalog` (Supabase dumps say
 * `create extension pg_cron with schema pg_catalog`) while the script creates `cron`; so does
 * this one. `schema` is left unset because a loader cannot create `pg_catalog` (reserved
 * name) and the script never uses `@extschema@`. Not reproduced: the check that the database is `cron.database_name`, and pg_cron's
 * full schedule grammar (a schedule is checked for shape only).
 */
export const pgCron: ExtensionStandIn = {
  name: 'pg_cron',
  version: '1.6',
  comment: 'Job scheduler for PostgreSQL',
  sql: String.raw`
create schema if not exists cron;

create sequence cron.jobid_seq;
create table cron.job (
  jobid bigint primary key default pg_catalog.nextval('cron.jobid_seq'),
  schedule text not null,
  command text not null,
  nodename text not null default 'localhost',
  -- inet_server_port() is null over a unix socket; pg_cron's C code fills the port itself.
  nodeport integer not null default coalesce(pg_catalog.inet_server_port(), 5432),
  database text not null default pg_catalog.current_database(),
  username text not null default current_user,
  active boolean not null default true,
  jobname text,
  constraint jobname_username_uniq unique (jobname, username)
);
grant select on cron.job to public;
alter table cron.job enable row level security;
create policy cron_job_policy on cron.job using (username operator(pg_catalog.=) current_user);

create sequence cron.runid_seq;
create table cron.job_run_details (
  jobid bigint,
  runid bigint primary key default pg_catalog.nextval('cron.runid_seq'),
  job_pid integer,
  database text,
  username text,
  command text,
  status text,
  return_message text,
  start_time timestamptz,
  end_time timestamptz
);
grant select, delete on cron.job_run_details to public;
alter table cron.job_run_details enable row level security;
create policy cron_job_run_details_policy on cron.job_run_details
  using (username operator(pg_catalog.=) current_user);
grant select on sequence cron.jobid_seq, cron.runid_seq to public;

-- The worker would reload its cache here; there is no worker.
create function cron.job_cache_invalidate() returns trigger language plpgsql as $$
begin
  return null;
end
$$;
create trigger cron_job_cache_invalidate
  after insert or update or delete or truncate on cron.job
  for statement execute function cron.job_cache_invalidate();

-- Accepts the shapes pg_cron accepts: five cron fields, "N seconds", or an @-keyword.
create function cron._check_schedule(schedule text) returns void language plpgsql immutable as $$
begin
  if schedule is null
    or not (
      schedule ~ '^\s*\S+(\s+\S+){4}\s*$'
      or schedule ~* '^\s*[0-9]+\s+seconds?\s*$'
      or schedule ~* '^\s*@(yearly|annually|monthly|weekly|daily|hourly|reboot)\s*$'
    )
  then
    raise exception 'invalid schedule: %', schedule;
  end if;
end
$$;

create function cron.schedule(schedule text, command text) returns bigint
  language plpgsql strict as $$
declare
  new_id bigint;
begin
  perform cron._check_schedule(schedule);
  insert into cron.job (schedule, command) values (schedule, command) returning jobid into new_id;
  return new_id;
end
$$;
comment on function cron.schedule(text, text) is 'schedule a pg_cron job';

create function cron.schedule(job_name text, schedule text, command text) returns bigint
  language plpgsql as $$
begin
  return cron.schedule_in_database(job_name, schedule, command, pg_catalog.current_database());
end
$$;
comment on function cron.schedule(text, text, text) is 'schedule a pg_cron job';

create function cron.schedule_in_database(
  job_name text,
  schedule text,
  command text,
  database text,
  username text default null,
  active boolean default 'true'
) returns bigint language plpgsql as $$
declare
  owner text := coalesce(username, current_user);
  existing bigint;
begin
  perform cron._check_schedule(schedule);
  select j.jobid into existing from cron.job j
    where j.jobname = job_name and j.username = owner;
  if existing is not null then
    update cron.job j
      set schedule = schedule_in_database.schedule,
          command = schedule_in_database.command,
          database = schedule_in_database.database,
          active = schedule_in_database.active
      where j.jobid = existing;
    return existing;
  end if;
  insert into cron.job (jobname, schedule, command, database, username, active)
    values (job_name, schedule, command, database, owner, active)
    returning jobid into existing;
  return existing;
end
$$;
comment on function cron.schedule_in_database(text, text, text, text, text, boolean)
  is 'schedule a pg_cron job';
revoke all on function cron.schedule_in_database(text, text, text, text, text, boolean) from public;

create function cron.alter_job(
  job_id bigint,
  schedule text default null,
  command text default null,
  database text default null,
  username text default null,
  active boolean default null
) returns void language plpgsql as $$
begin
  if schedule is not null then
    perform cron._check_schedule(schedule);
  end if;
  update cron.job j
    set schedule = coalesce(alter_job.schedule, j.schedule),
        command = coalesce(alter_job.command, j.command),
        database = coalesce(alter_job.database, j.database),
        username = coalesce(alter_job.username, j.username),
        active = coalesce(alter_job.active, j.active)
    where j.jobid = job_id;
  if not found then
    raise exception 'Job % does not exist or you don''t own it', job_id;
  end if;
end
$$;
comment on function cron.alter_job(bigint, text, text, text, text, boolean)
  is 'Alter the job identified by job_id. Any option left as NULL will not be modified.';
revoke all on function cron.alter_job(bigint, text, text, text, text, boolean) from public;

create function cron.unschedule(job_id bigint) returns boolean language plpgsql strict as $$
begin
  delete from cron.job j where j.jobid = job_id;
  if not found then
    raise exception 'could not find valid entry for job %', job_id;
  end if;
  return true;
end
$$;
comment on function cron.unschedule(bigint) is 'unschedule a pg_cron job';

create function cron.unschedule(job_name text) returns boolean language plpgsql strict as $$
begin
  delete from cron.job j where j.jobname = job_name and j.username = current_user;
  if not found then
    raise exception 'could not find valid entry for job ''%''', job_name;
  end if;
  return true;
end
$$;
comment on function cron.unschedule(text) is 'unschedule a pg_cron job';
`,
  examples: [
    `select cron.schedule('nightly-vacuum', '0 3 * * *', 'vacuum analyze')`,
    `select cron.schedule('*/5 * * * *', $$delete from cron.job_run_details where end_time < now() - interval '7 days'$$)`,
    `select cron.alter_job((select jobid from cron.job where jobname = 'nightly-vacuum'), schedule := '0 4 * * *')`,
    `select cron.unschedule('nightly-vacuum')`,
    `select cron.unschedule(cron.schedule('invoke-every-30s', '30 seconds', 'select 1'))`,
    `select jobid, jobname, schedule, active from cron.job`,
  ],
};
