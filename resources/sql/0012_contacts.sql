-- Version 12: the contacts view, the handoff queues and the per-client quiet hours.

-- The contacts view pages by keyset (sort key, id): one index per sortable column.
alter table contacts add column sort_name text
    generated always as (lower(coalesce(last_name, '') || ' ' || coalesce(first_name, ''))) stored;
create index contacts_by_name on contacts (sort_name, id);
create index contacts_by_company on contacts (lower(coalesce(company, '')), id);
create index contacts_by_email on contacts (lower(coalesce(email, '')), id);
create index contacts_by_client on contacts (client_id, id);
create index suppressions_contact on suppressions (contact_id);
create index campaign_contacts_contact on campaign_contacts (contact_id, enrolled_at);
create index outbound_queue_contact on outbound_queue (contact_id);
create index tasks_enrollment on tasks (enrollment_id);

-- A live-call handoff is claimed by one agent: who, and since when.
alter table tasks add column claimed_by text;
alter table tasks add column claimed_at timestamptz;
-- Open handoffs by kind and age, for the queues.
create index tasks_handoff_queue on tasks (type, assigned_role, created_at)
    where status in ('pending', 'in_progress');

-- Per client and channel (voice, sms): no touch outside [start_time, end_time) in the contact's
-- local time, whatever a flow's send window says (regulation, e.g. 08:00-21:00).
create table client_quiet_hours (
    client_id text not null,
    channel text not null check (channel in ('voice', 'sms')),
    start_time time not null,
    end_time time not null,
    primary key (client_id, channel),
    check (start_time < end_time)
);

-- The earliest moment at or after `due` that lies inside the client's allowed hours for the
-- channel in time zone `tz`; `due` itself when the client sets no floor for the channel.
create function touchline_quiet_hours_floor(p_client text, p_channel text, p_tz text,
                                            p_due timestamptz)
returns timestamptz language sql stable as $$
    select case
        when h.client_id is null then p_due
        when (p_due at time zone p_tz)::time < h.start_time
            then ((p_due at time zone p_tz)::date + h.start_time) at time zone p_tz
        when (p_due at time zone p_tz)::time >= h.end_time
            then ((p_due at time zone p_tz)::date + 1 + h.start_time) at time zone p_tz
        else p_due
    end
    from (select 1) one
    left join client_quiet_hours h on h.client_id = p_client and h.channel = p_channel
$$;
