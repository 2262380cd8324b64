-- Version 8: engine correctness. Visits, rows set aside, finite passes, daily cap counters and
-- idempotent outcomes addressed by their item.

-- Every firing of an enrollment is a visit, numbered 1, 2, ... and never reused: a goto back to
-- a step that already fired is a new visit and a new item. attempt still counts the retries.
alter table campaign_contacts add column visit int not null default 0;
alter table outbound_queue add column visit int;
update outbound_queue o set visit = n.visit
  from (select id, row_number() over (partition by enrollment_id
                                      order by created_at, step_number, attempt) as visit
          from outbound_queue) n
 where n.id = o.id;
update campaign_contacts cc set visit = v.visit
  from (select enrollment_id, max(visit) as visit from outbound_queue group by enrollment_id) v
 where v.enrollment_id = cc.id;
alter table outbound_queue alter column visit set not null;
alter table outbound_queue drop constraint outbound_queue_enrollment_id_step_number_attempt_key;
alter table outbound_queue add constraint outbound_queue_enrollment_visit_key
    unique (enrollment_id, visit);
-- the contact/campaign/step form of an outcome resolves to the latest item of that step
create index outbound_queue_contact_step on outbound_queue (contact_id, campaign_id, step_number);
-- (exits find an enrollment's items by the unique (enrollment_id, visit) index)

-- A row whose firing failed is set aside (next_send_at null: out of the due scan) with its
-- error, so that it cannot block the others; clearing engine_error and setting next_send_at
-- puts it back.
alter table campaign_contacts add column engine_error text;
alter table campaign_contacts add column errored_at timestamptz;
-- When the row was written, on the database's clock: a pass fires only rows that existed when
-- it started, so an enrollment routed in a pass waits for the next one.
alter table campaign_contacts add column created_at timestamptz not null default clock_timestamp();

-- Daily caps: one counter per (client, channel, local day of the contact), incremented under
-- its row lock by the firing transaction. last_granted is what the latest increment granted
-- (UPDATE ... RETURNING shows only new values).
create table channel_cap_usage (
    client_id text not null,
    channel text not null,
    day date not null,
    used int not null default 0 check (used >= 0),
    daily_limit int not null default 0,
    last_granted int not null default 0,
    primary key (client_id, channel, day)
);

-- Outcomes are idempotent per item: a provider's retried callback carries the same event id.
alter table step_outcomes add column visit int;
alter table step_outcomes add column event_id text;
create unique index step_outcomes_event on step_outcomes (outbound_id, event_id)
    where event_id is not null;
create index step_outcomes_outbound on step_outcomes (outbound_id);

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'touchline_engine') then
        grant select, insert, update on channel_cap_usage to touchline_engine;
    end if;
    if exists (select 1 from pg_roles where rolname = 'touchline_supervisor') then
        grant select on channel_cap_usage to touchline_supervisor;
    end if;
end $$;
