-- Version 13: who may do what is decided by the database, and which clients a login sees.
--
-- Four group roles (migration 2): touchline_author edits flows and contacts,
-- touchline_approver decides drafts and the exec gate, touchline_supervisor reads,
-- touchline_engine runs the scheduler and the dispatcher. A login may hold several.
-- The tables' owner (the embedded cluster's superuser, or the administrator who migrates a
-- shared server) is exempt from row-level security; everyone else sees the clients listed for
-- them in login_clients, or every client when none is listed.

create table login_clients (
    login text not null,
    client_id text not null check (client_id <> ''),
    primary key (login, client_id)
);
alter table login_clients enable row level security;
-- A login sees its own limits only. The session user counts as well as the current one, so
-- SET ROLE to a group role does not lift a login's limit.
create policy login_clients_own on login_clients for select
    using (login in (session_user, current_user));

create function touchline_client_visible(client text) returns boolean
    language sql stable parallel safe as $$
    select not exists (select 1 from login_clients l
                        where l.login in (session_user, current_user))
        or exists (select 1 from login_clients l
                    where l.login in (session_user, current_user) and l.client_id = client)
$$;

-- Privileges, from scratch: every grant of migration 2 is replaced by this list.
do $$
declare
    r text;
begin
    foreach r in array array['touchline_author', 'touchline_approver', 'touchline_supervisor',
                             'touchline_engine'] loop
        if exists (select 1 from pg_roles where rolname = r) then
            execute format('revoke all on all tables in schema public from %I', r);
            execute format('grant select on all tables in schema public to %I', r);
            execute format('grant usage on all sequences in schema public to %I', r);
            execute format('grant insert on audit_log to %I', r);
        end if;
    end loop;
    if exists (select 1 from pg_roles where rolname = 'touchline_author') then
        grant insert, update on campaigns, campaign_revisions, campaign_steps, contacts
            to touchline_author;
        grant select, insert, update, delete on campaign_drafts to touchline_author;
    end if;
    if exists (select 1 from pg_roles where rolname = 'touchline_approver') then
        grant update on staged_drafts, outbound_queue, tasks to touchline_approver;
        grant insert on campaign_contacts, tasks, suppressions to touchline_approver;
        grant update on campaign_contacts to touchline_approver;
    end if;
    if exists (select 1 from pg_roles where rolname = 'touchline_engine') then
        grant insert, update on campaign_contacts, outbound_queue, staged_drafts, step_outcomes,
            tasks, suppressions to touchline_engine;
        grant insert, update on channel_caps, channel_cap_usage to touchline_engine;
        grant insert, update, delete on channel_accounts to touchline_engine;
        grant insert, delete on dispatch_events to touchline_engine;
    end if;
    if exists (select 1 from pg_roles where rolname = 'touchline_author') then
        grant insert, update, delete on client_quiet_hours to touchline_author;
    end if;
end $$;

-- A status change by an author parks or resumes enrollments, which authors may not write
-- themselves: the trigger acts with its owner's rights.
alter function touchline_campaign_status_changed() security definer;
alter function touchline_campaign_status_changed() set search_path = public, pg_temp;

-- Row-level security on every table that carries a client, and on the ones that hang off a
-- campaign. The owner is exempt (no FORCE), so the embedded single user is unaffected.
do $$
declare
    t text;
begin
    foreach t in array array['campaigns', 'contacts', 'suppressions', 'campaign_contacts',
                             'staged_drafts', 'outbound_queue', 'channel_caps',
                             'channel_cap_usage', 'channel_accounts', 'client_quiet_hours'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy %I on %I for all using (touchline_client_visible(client_id)) '
                       'with check (touchline_client_visible(client_id))', t || '_client', t);
    end loop;
    foreach t in array array['campaign_revisions', 'campaign_steps', 'step_outcomes',
                             'dash_outcome_hours', 'dash_outcome_days', 'dash_item_hours',
                             'dash_item_days', 'dash_enrollment_hours'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy %I on %I for all using (exists (select 1 from campaigns c '
                       'where c.id = campaign_id)) with check (exists (select 1 from campaigns c '
                       'where c.id = campaign_id))', t || '_client', t);
    end loop;
end $$;

alter table tasks enable row level security;
create policy tasks_client on tasks for all
    using (enrollment_id is null
           or exists (select 1 from campaign_contacts cc where cc.id = enrollment_id))
    with check (enrollment_id is null
                or exists (select 1 from campaign_contacts cc where cc.id = enrollment_id));

alter table campaign_drafts enable row level security;
create policy campaign_drafts_client on campaign_drafts for all
    using (touchline_client_visible(definition ->> 'client_id'))
    with check (touchline_client_visible(definition ->> 'client_id'));

alter table dash_route_hours enable row level security;
create policy dash_route_hours_client on dash_route_hours for all
    using (exists (select 1 from campaigns c where c.id = from_campaign_id))
    with check (exists (select 1 from campaigns c where c.id = from_campaign_id));

alter table dispatch_events enable row level security;
create policy dispatch_events_client on dispatch_events for all
    using (exists (select 1 from outbound_queue o where o.id = outbound_id))
    with check (exists (select 1 from outbound_queue o where o.id = outbound_id));
