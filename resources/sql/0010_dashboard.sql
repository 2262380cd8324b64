-- Version 10: summary rows for the supervisor dashboard and `touchline report`, kept by
-- statement-level triggers with transition tables, so that whatever writes the raw rows (any
-- engine, the command line, a hand-written statement) the summaries stay equal to a GROUP BY
-- over them and a refresh never scans raw events. Hours are UTC hours. Each writing statement
-- NOTIFYs touchline_dashboard once; PostgreSQL folds them per transaction and delivers at commit.

-- Outcome events per campaign, revision, step, channel, outcome (and reply intent) and hour of
-- occurred_at. A late outcome is recorded against its own step, so it counts there.
create table dash_outcome_hours (
    campaign_id uuid not null,
    revision int not null,
    step_number int not null,
    channel text not null,
    outcome text not null,
    intent text not null default '',
    hour timestamptz not null,
    events bigint not null,
    primary key (campaign_id, hour, revision, step_number, channel, outcome, intent)
);

-- Outbound items per campaign, revision, step, channel, status and hour of scheduled_at; a
-- status change (approved, sent, cancelled...) moves the item from one row to the other.
create table dash_item_hours (
    campaign_id uuid not null,
    revision int not null,
    step_number int not null,
    channel text not null,
    status text not null,
    hour timestamptz not null,
    items bigint not null,
    primary key (campaign_id, hour, revision, step_number, channel, status)
);

-- The same per UTC day, so that a month-long window reads days, not hours: a window reads its
-- whole days here and only its ragged ends from the hourly rows.
create table dash_outcome_days (like dash_outcome_hours including all);
alter table dash_outcome_days rename column hour to day;
create table dash_item_days (like dash_item_hours including all);
alter table dash_item_days rename column hour to day;

-- Enrollments per campaign, revision, status, exit reason and hour of enrolled_at.
create table dash_enrollment_hours (
    campaign_id uuid not null,
    revision int not null,
    status text not null,
    exit_reason text not null default '',
    hour timestamptz not null,
    enrollments bigint not null,
    primary key (campaign_id, hour, revision, status, exit_reason)
);

-- on_exit routing: enrollments that follow from an exited one, per source campaign, the
-- source's exit status, target campaign and hour of the new enrollment.
create table dash_route_hours (
    from_campaign_id uuid not null,
    from_status text not null,
    to_campaign_id uuid not null,
    hour timestamptz not null,
    enrollments bigint not null,
    primary key (from_campaign_id, hour, from_status, to_campaign_id)
);

create function touchline_dash_hour(t timestamptz) returns timestamptz
    language sql immutable parallel safe
    return date_trunc('hour', t, 'UTC');

-- The transition tables a trigger has, as one signed row source: +1 for new rows, -1 for old.
-- (A statement may name only the transition tables its trigger declares, hence dynamic SQL.)
create function touchline_dash_rows(op text, columns text) returns text
    language sql immutable
    return case op
        when 'INSERT' then format('select %s, 1 as n from new_rows', columns)
        when 'DELETE' then format('select %s, -1 as n from old_rows', columns)
        else format('select %1$s, 1 as n from new_rows union all '
                    'select %1$s, -1 as n from old_rows', columns)
    end;

-- Outcomes: the channel comes from the step definition of the outcome's revision.
create function touchline_dash_outcomes() returns trigger language plpgsql
    security definer set search_path from current as $$
begin
    execute format($q$
        with g as (
            select r.campaign_id, r.revision, r.step_number, coalesce(s.channel, '') as channel,
                   r.outcome, coalesce(r.intent, '') as intent,
                   touchline_dash_hour(r.occurred_at) as hour, sum(r.n) as n
              from (%s) r
              left join campaign_steps s on s.campaign_id = r.campaign_id
                   and s.revision = r.revision and s.step_number = r.step_number
             group by 1, 2, 3, 4, 5, 6, 7
            having sum(r.n) <> 0),
        h as (
            insert into dash_outcome_hours as d (campaign_id, revision, step_number, channel,
                                                 outcome, intent, hour, events)
            select * from g order by 1, 7, 2, 3, 4, 5, 6
            on conflict (campaign_id, hour, revision, step_number, channel, outcome, intent)
                do update set events = d.events + excluded.events)
        insert into dash_outcome_days as d (campaign_id, revision, step_number, channel, outcome,
                                            intent, day, events)
        select campaign_id, revision, step_number, channel, outcome, intent,
               date_trunc('day', hour, 'UTC'), sum(n)
          from g group by 1, 2, 3, 4, 5, 6, 7 having sum(n) <> 0 order by 1, 7, 2, 3, 4, 5, 6
        on conflict (campaign_id, day, revision, step_number, channel, outcome, intent)
            do update set events = d.events + excluded.events $q$,
        touchline_dash_rows(tg_op, 'campaign_id, revision, step_number, outcome, intent, '
                                   'occurred_at'));
    perform pg_notify('touchline_dashboard', '');
    return null;
end $$;

-- Items: the revision is the enrollment's (items carry none of their own).
create function touchline_dash_items() returns trigger language plpgsql
    security definer set search_path from current as $$
begin
    execute format($q$
        with g as (
            select r.campaign_id, cc.revision, r.step_number, r.channel, r.status,
                   touchline_dash_hour(r.scheduled_at) as hour, sum(r.n) as n
              from (%s) r
              join campaign_contacts cc on cc.id = r.enrollment_id
             group by 1, 2, 3, 4, 5, 6
            having sum(r.n) <> 0),
        h as (
            insert into dash_item_hours as d (campaign_id, revision, step_number, channel, status,
                                              hour, items)
            select * from g order by 1, 6, 2, 3, 4, 5
            on conflict (campaign_id, hour, revision, step_number, channel, status)
                do update set items = d.items + excluded.items)
        insert into dash_item_days as d (campaign_id, revision, step_number, channel, status, day,
                                         items)
        select campaign_id, revision, step_number, channel, status, date_trunc('day', hour, 'UTC'),
               sum(n)
          from g group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0 order by 1, 6, 2, 3, 4, 5
        on conflict (campaign_id, day, revision, step_number, channel, status)
            do update set items = d.items + excluded.items $q$,
        touchline_dash_rows(tg_op, 'enrollment_id, campaign_id, step_number, channel, status, '
                                   'scheduled_at'));
    perform pg_notify('touchline_dashboard', '');
    return null;
end $$;

-- Enrollments, and on_exit routes (a new enrollment that follows from an exited one).
create function touchline_dash_enrollments_added() returns trigger language plpgsql
    security definer set search_path from current as $$
begin
    execute format($q$
        insert into dash_enrollment_hours as d (campaign_id, revision, status, exit_reason,
                                                hour, enrollments)
        select campaign_id, revision, status, coalesce(exit_reason, ''),
               touchline_dash_hour(enrolled_at), sum(n)
          from (%s) r
         group by 1, 2, 3, 4, 5
        having sum(n) <> 0
         order by 1, 5, 2, 3, 4
        on conflict (campaign_id, hour, revision, status, exit_reason)
            do update set enrollments = d.enrollments + excluded.enrollments $q$,
        touchline_dash_rows(tg_op, 'campaign_id, revision, status, exit_reason, enrolled_at'));
    execute format($q$
        insert into dash_route_hours as d (from_campaign_id, from_status, to_campaign_id, hour,
                                           enrollments)
        select p.campaign_id, p.status, r.campaign_id, touchline_dash_hour(r.enrolled_at),
               sum(r.n)
          from (%s) r
          join campaign_contacts p on p.id = r.previous_enrollment_id
         group by 1, 2, 3, 4
        having sum(r.n) <> 0
         order by 1, 4, 2, 3
        on conflict (from_campaign_id, hour, from_status, to_campaign_id)
            do update set enrollments = d.enrollments + excluded.enrollments $q$,
        touchline_dash_rows(tg_op, 'previous_enrollment_id, campaign_id, enrolled_at'));
    perform pg_notify('touchline_dashboard', '');
    return null;
end $$;

-- An enrollment that changed status (an exit), reason, revision or enrollment time moves from
-- one summary row to another. A row trigger with a WHEN clause: a step advance (the bulk of all
-- updates) fails the WHEN test and queues nothing, where a statement trigger's transition
-- tables would capture every advanced row. Old and new keys are written in key order.
create function touchline_dash_enrollment_moved() returns trigger language plpgsql
    security definer set search_path from current as $$
declare
    k record;
begin
    for k in
        select * from (values
            (old.campaign_id, old.revision, old.status, coalesce(old.exit_reason, ''),
             touchline_dash_hour(old.enrolled_at), -1),
            (new.campaign_id, new.revision, new.status, coalesce(new.exit_reason, ''),
             touchline_dash_hour(new.enrolled_at), 1))
            as u(campaign_id, revision, status, exit_reason, hour, n)
        order by 1, 5, 2, 3, 4
    loop
        insert into dash_enrollment_hours as d (campaign_id, revision, status, exit_reason, hour,
                                                enrollments)
        values (k.campaign_id, k.revision, k.status, k.exit_reason, k.hour, k.n)
        on conflict (campaign_id, hour, revision, status, exit_reason)
            do update set enrollments = d.enrollments + excluded.enrollments;
    end loop;
    perform pg_notify('touchline_dashboard', '');
    return null;
end $$;

create function touchline_dash_truncated() returns trigger language plpgsql
    security definer set search_path from current as $$
begin
    if tg_table_name = 'step_outcomes' then
        delete from dash_outcome_hours;
        delete from dash_outcome_days;
    elsif tg_table_name = 'outbound_queue' then
        delete from dash_item_hours;
        delete from dash_item_days;
    else
        delete from dash_enrollment_hours;
        delete from dash_route_hours;
    end if;
    perform pg_notify('touchline_dashboard', '');
    return null;
end $$;

-- A trigger with transition tables serves one event, hence three per table.
create trigger step_outcomes_dash_ins after insert on step_outcomes
    referencing new table as new_rows
    for each statement execute function touchline_dash_outcomes();
create trigger step_outcomes_dash_upd after update on step_outcomes
    referencing old table as old_rows new table as new_rows
    for each statement execute function touchline_dash_outcomes();
create trigger step_outcomes_dash_del after delete on step_outcomes
    referencing old table as old_rows
    for each statement execute function touchline_dash_outcomes();
create trigger step_outcomes_dash_trunc after truncate on step_outcomes
    for each statement execute function touchline_dash_truncated();

create trigger outbound_queue_dash_ins after insert on outbound_queue
    referencing new table as new_rows
    for each statement execute function touchline_dash_items();
create trigger outbound_queue_dash_upd after update on outbound_queue
    referencing old table as old_rows new table as new_rows
    for each statement execute function touchline_dash_items();
create trigger outbound_queue_dash_del after delete on outbound_queue
    referencing old table as old_rows
    for each statement execute function touchline_dash_items();
create trigger outbound_queue_dash_trunc after truncate on outbound_queue
    for each statement execute function touchline_dash_truncated();

create trigger campaign_contacts_dash_ins after insert on campaign_contacts
    referencing new table as new_rows
    for each statement execute function touchline_dash_enrollments_added();
create trigger campaign_contacts_dash_upd
    after update of campaign_id, revision, status, exit_reason, enrolled_at on campaign_contacts
    for each row
    when ((old.campaign_id, old.revision, old.status, coalesce(old.exit_reason, ''),
           touchline_dash_hour(old.enrolled_at))
          is distinct from (new.campaign_id, new.revision, new.status,
                            coalesce(new.exit_reason, ''), touchline_dash_hour(new.enrolled_at)))
    execute function touchline_dash_enrollment_moved();
create trigger campaign_contacts_dash_del after delete on campaign_contacts
    referencing old table as old_rows
    for each statement execute function touchline_dash_enrollments_added();
create trigger campaign_contacts_dash_trunc after truncate on campaign_contacts
    for each statement execute function touchline_dash_truncated();

-- What was there before this version.
insert into dash_outcome_hours (campaign_id, revision, step_number, channel, outcome, intent,
                                hour, events)
select o.campaign_id, o.revision, o.step_number, coalesce(s.channel, ''), o.outcome,
       coalesce(o.intent, ''), touchline_dash_hour(o.occurred_at), count(*)
  from step_outcomes o
  left join campaign_steps s on s.campaign_id = o.campaign_id and s.revision = o.revision
       and s.step_number = o.step_number
 group by 1, 2, 3, 4, 5, 6, 7;
insert into dash_item_hours (campaign_id, revision, step_number, channel, status, hour, items)
select q.campaign_id, cc.revision, q.step_number, q.channel, q.status,
       touchline_dash_hour(q.scheduled_at), count(*)
  from outbound_queue q join campaign_contacts cc on cc.id = q.enrollment_id
 group by 1, 2, 3, 4, 5, 6;
insert into dash_outcome_days (campaign_id, revision, step_number, channel, outcome, intent, day,
                               events)
select campaign_id, revision, step_number, channel, outcome, intent,
       date_trunc('day', hour, 'UTC'), sum(events)
  from dash_outcome_hours group by 1, 2, 3, 4, 5, 6, 7;
insert into dash_item_days (campaign_id, revision, step_number, channel, status, day, items)
select campaign_id, revision, step_number, channel, status, date_trunc('day', hour, 'UTC'),
       sum(items)
  from dash_item_hours group by 1, 2, 3, 4, 5, 6;
insert into dash_enrollment_hours (campaign_id, revision, status, exit_reason, hour, enrollments)
select campaign_id, revision, status, coalesce(exit_reason, ''), touchline_dash_hour(enrolled_at),
       count(*)
  from campaign_contacts
 group by 1, 2, 3, 4, 5;
insert into dash_route_hours (from_campaign_id, from_status, to_campaign_id, hour, enrollments)
select p.campaign_id, p.status, n.campaign_id, touchline_dash_hour(n.enrolled_at), count(*)
  from campaign_contacts n join campaign_contacts p on p.id = n.previous_enrollment_id
 group by 1, 2, 3, 4;

-- The triggers run as the owner (security definer), so writers need no grant on the summaries.
do $$
declare
    r text;
begin
    foreach r in array array['touchline_author', 'touchline_approver', 'touchline_supervisor',
                             'touchline_engine'] loop
        if exists (select 1 from pg_roles where rolname = r) then
            execute format('grant select on dash_outcome_hours, dash_item_hours, '
                           'dash_outcome_days, dash_item_days, dash_enrollment_hours, '
                           'dash_route_hours to %I', r);
        end if;
    end loop;
end $$;
