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
create index outbound_queue_daily on outbound_queue (client_id, channel, scheduled_at);

-- The next moment at or after t inside a send window, in the contact's time zone. The window
-- is the flow's send_window object {"days": [...], "start": "HH:MM", "end": "HH:MM"}; null
-- means always open. Local wall-clock arithmetic, so DST changes keep 09:00 at 09:00.
create function touchline_window_open(t timestamptz, tz text, win jsonb)
    returns timestamptz language plpgsql stable as $$
declare
    local_t timestamp;
    day_start timestamp;
    open_at time;
    close_at time;
    open_days text[];
    i int;
begin
    if win is null or t is null then
        return t;
    end if;
    open_at := (win ->> 'start')::time;
    close_at := (win ->> 'end')::time;
    open_days := array(select jsonb_array_elements_text(win -> 'days'));
    local_t := t at time zone tz;
    for i in 0..7 loop
        day_start := date_trunc('day', local_t) + make_interval(days => i);
        if (array['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])[extract(isodow from day_start)]
                = any (open_days) then
            if i > 0 or local_t::time < open_at then
                return (day_start + open_at) at time zone tz;
            elsif local_t::time < close_at then
                return t;
            end if;
        end if;
    end loop;
    return t;
end $$;

-- The local start of the next day after t, for pushing work past a daily cap.
create function touchline_next_day(t timestamptz, tz text)
    returns timestamptz language sql immutable as $$
    select (date_trunc('day', t at time zone tz) + interval '1 day') at time zone tz
$$;

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
