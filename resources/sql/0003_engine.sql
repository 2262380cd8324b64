-- Version 3: what the scheduler engine needs beyond the seed's tables.

-- A paused campaign parks its enrollments: next_send_at is cleared (out of the due scan) and
-- the remaining delay kept, so that resuming continues where it stopped.
alter table campaigns add column paused_at timestamptz;
alter table campaign_contacts add column paused_remaining interval;
-- The step whose outcome can still move the contact (goto, retry); exits apply at any time.
alter table campaign_contacts add column last_fired_step int;

-- Handoffs (to a human agent or a voicebot) and the exec gate's meeting_booked decision are
-- tasks too, next to the seed's four.
alter table tasks drop constraint tasks_type_check;
alter table tasks add constraint tasks_type_check check (type in (
    'enroll_contact', 'execute_sequence_step', 'process_reply', 'exit_contact',
    'handoff', 'meeting_booked'));

-- Per client and channel: at most daily_limit touches a day (UTC day of the scheduled time).
create table channel_caps (
    client_id text not null,
    channel text not null check (channel in ('email', 'linkedin', 'sms', 'voice')),
    daily_limit int not null check (daily_limit >= 0),
    primary key (client_id, channel)
);
-- The moment a touch was scheduled: daily caps count by it, dashboards and the simulator read by it.
create index outbound_queue_scheduled on outbound_queue (scheduled_at);

-- The attempt of the last fired step, so that a retry knows how many it has had.
alter table campaign_contacts add column last_fired_attempt int;

-- A status change by any path (an import, the designer) parks or resumes the enrollments;
-- the engine parks and resumes itself first with its own clock, leaving nothing for this to do.
create function touchline_campaign_status_changed() returns trigger language plpgsql as $$
begin
    if new.status = 'paused' and old.status <> 'paused' then
        update campaign_contacts
           set paused_remaining = greatest(next_send_at - now(), interval '0'), next_send_at = null
         where campaign_id = new.id and status = 'active' and next_send_at is not null;
    elsif old.status = 'paused' and new.status <> 'paused' then
        update campaign_contacts
           set next_send_at = now() + paused_remaining, paused_remaining = null
         where campaign_id = new.id and status = 'active' and paused_remaining is not null;
    end if;
    return new;
end $$;

create trigger campaigns_status_changed after update of status on campaigns
    for each row execute function touchline_campaign_status_changed();

-- The audit log refuses TRUNCATE as well as UPDATE and DELETE.
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
