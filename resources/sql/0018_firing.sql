-- Version 18: a cheaper firing and enrollment (issue 16). Every change here was measured with
-- tests/bench/bench_engine; the figures are in tests/bench/README.md.

-- The dashboard's summaries reach the enrollment of each written row through its primary key.
-- A transition table has no statistics: the join to campaign_contacts was planned as a hash join
-- over a sequential scan of the whole table, once per firing batch (and once per enrollment
-- statement for the route summary). The extra "= any (array(...))" predicate makes the planner
-- probe the primary key instead, as the shared reference's fire_batch.sql does.
create or replace function touchline_dash_items() returns trigger language plpgsql
    security definer set search_path from current as $$
begin
    execute format($q$
        with g as (
            select r.campaign_id, cc.revision, r.step_number, r.channel, r.status,
                   touchline_dash_hour(r.scheduled_at) as hour, sum(r.n) as n
              from (%1$s) r
              join campaign_contacts cc on cc.id = r.enrollment_id
             where cc.id = any (array(select k.enrollment_id from (%1$s) k))
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

create or replace function touchline_dash_enrollments_added() returns trigger language plpgsql
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
          from (%1$s) r
          join campaign_contacts p on p.id = r.previous_enrollment_id
         where p.id = any (array(select k.previous_enrollment_id from (%1$s) k
                                  where k.previous_enrollment_id is not null))
         group by 1, 2, 3, 4
        having sum(r.n) <> 0
         order by 1, 4, 2, 3
        on conflict (from_campaign_id, hour, from_status, to_campaign_id)
            do update set enrollments = d.enrollments + excluded.enrollments $q$,
        touchline_dash_rows(tg_op, 'previous_enrollment_id, campaign_id, enrolled_at'));
    perform pg_notify('touchline_dashboard', '');
    return null;
end $$;

-- An outbound item is written only by the firing statement that advances its enrollment (it
-- joins the advanced row, locked by the claim) and enrollments are never deleted (an erasure
-- rewrites them): the per-row foreign key check, a locking probe of campaign_contacts per item,
-- proved nothing the statement does not, like staged_drafts.enrollment_id (0001).
alter table outbound_queue drop constraint if exists outbound_queue_enrollment_id_fkey;

-- outbound_queue_contact (contact_id) is a prefix of outbound_queue_contact_step (contact_id,
-- campaign_id, step_number), which answers the same lookups; each firing paid for both.
drop index if exists outbound_queue_contact;
-- outbound_queue_open (scheduled_at, pending or approved) has had no reader since the outbox
-- scans outbound_queue_due (0011); outbound_queue_scheduled still serves scheduled_at lookups.
drop index if exists outbound_queue_open;

-- (campaign_id, revision) references campaign_revisions, whose campaign_id references campaigns:
-- the key on campaign_id alone proved nothing more, at one locking probe per enrolled row.
alter table campaign_contacts drop constraint if exists campaign_contacts_campaign_id_fkey;
