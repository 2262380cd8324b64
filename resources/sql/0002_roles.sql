-- Database roles: the database, not the UI, decides who may do what.
do $$
declare
    r text;
begin
    foreach r in array array['touchline_author', 'touchline_approver', 'touchline_supervisor',
                             'touchline_engine'] loop
        if not exists (select 1 from pg_roles where rolname = r) then
            if (select rolcreaterole or rolsuper from pg_roles where rolname = current_user) then
                execute format('create role %I nologin', r);
            else
                raise warning 'cannot create role %: ask an administrator to create it', r;
            end if;
        end if;
    end loop;
end $$;

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'touchline_supervisor') then
        grant select on all tables in schema public to touchline_supervisor;
    end if;
    if exists (select 1 from pg_roles where rolname = 'touchline_author') then
        grant select on all tables in schema public to touchline_author;
        grant insert, update on campaigns, campaign_revisions, campaign_steps to touchline_author;
        grant insert on audit_log to touchline_author;
    end if;
    if exists (select 1 from pg_roles where rolname = 'touchline_approver') then
        grant select on all tables in schema public to touchline_approver;
        grant update on staged_drafts, outbound_queue, tasks to touchline_approver;
        grant insert on audit_log, campaign_contacts, tasks to touchline_approver;
    end if;
    if exists (select 1 from pg_roles where rolname = 'touchline_engine') then
        grant select on all tables in schema public to touchline_engine;
        grant insert, update on campaign_contacts, outbound_queue, staged_drafts, step_outcomes,
            tasks, suppressions to touchline_engine;
        grant insert on audit_log to touchline_engine;
    end if;
end $$;
