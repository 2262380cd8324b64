-- Version 11: dispatch. Channel accounts per client and channel (secrets never here: they live
-- in each dispatching console's keychain or environment), the outbox lease on outbound items,
-- what the provider said about each send, and the idempotency keys of provider outcomes.
create table channel_accounts (
    client_id text not null check (client_id <> ''),
    channel text not null check (channel in ('email', 'linkedin', 'sms', 'voice')),
    provider text not null check (provider in ('smtp', 'twilio', 'webhook', 'manual')),
    url text not null default '',
    from_address text not null default '',
    username text not null default '',
    account text not null default '',
    starttls boolean not null default false,
    -- bot_url, agent_number, imap_url, imap_user, rate_per_second, unsubscribe, timeout_ms
    settings jsonb not null default '{}' check (jsonb_typeof(settings) = 'object'),
    updated_at timestamptz not null default now(),
    primary key (client_id, channel),
    check (provider <> 'smtp' or channel = 'email'),
    check (provider <> 'twilio' or channel in ('sms', 'voice')),
    check (provider = 'manual' or url <> '')
);

-- sending: claimed by a dispatcher holding the lease; manual: handed to a person to send by
-- hand. The other statuses keep their meaning.
alter table outbound_queue drop constraint outbound_queue_status_check;
alter table outbound_queue add constraint outbound_queue_status_check check (status in (
    'pending', 'drafted', 'approved', 'sending', 'manual', 'sent', 'failed', 'cancelled'));
alter table outbound_queue add column lease_owner text;
alter table outbound_queue add column lease_until timestamptz;
alter table outbound_queue add column send_attempts int not null default 0;
-- A retry's time; null: scheduled_at (which daily caps count by, so it stays as it was).
alter table outbound_queue add column next_attempt_at timestamptz;
alter table outbound_queue add column provider_id text;
alter table outbound_queue add column message_id text;
-- The provider's result is still to be fetched (SMS delivery, call progress).
alter table outbound_queue add column result_pending boolean not null default false;
alter table outbound_queue add column polled_at timestamptz;
-- What the provider last said (status, answered_by, the IVR key press, the server's reply).
alter table outbound_queue add column result jsonb;
alter table outbound_queue add check (status <> 'sending' or lease_until is not null);

create index outbound_queue_due on outbound_queue (coalesce(next_attempt_at, scheduled_at), id)
    where status = 'approved';
create index outbound_queue_leased on outbound_queue (lease_until) where status = 'sending';
create index outbound_queue_results on outbound_queue (polled_at nulls first)
    where result_pending;
create unique index outbound_queue_message_id on outbound_queue (message_id)
    where message_id is not null;
create index outbound_queue_sent_at on outbound_queue (sent_at) where status = 'sent';

-- Provider outcomes already recorded, by their idempotency key: a repeat changes nothing.
create table dispatch_events (
    event_id text primary key,
    outbound_id uuid not null,
    outcome text not null,
    recorded_at timestamptz not null default now()
);

alter table tasks drop constraint tasks_type_check;
alter table tasks add constraint tasks_type_check check (type in (
    'enroll_contact', 'execute_sequence_step', 'process_reply', 'exit_contact',
    'handoff', 'meeting_booked', 'send_by_hand'));

-- Approved items (and retries coming due) wake every console's dispatcher; once per statement,
-- folded per transaction like touchline_due.
create function touchline_notify_outbox() returns trigger language plpgsql as $$
begin
    perform pg_notify('touchline_outbox', '');
    return null;
end $$;

create trigger outbound_queue_notify_outbox
    after insert or update of status on outbound_queue
    for each statement execute function touchline_notify_outbox();

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'touchline_engine') then
        grant select, insert, update, delete on channel_accounts to touchline_engine;
        grant select, insert, delete on dispatch_events to touchline_engine;
    end if;
    if exists (select 1 from pg_roles where rolname = 'touchline_approver') then
        grant select on channel_accounts, dispatch_events to touchline_approver;
    end if;
    if exists (select 1 from pg_roles where rolname = 'touchline_supervisor') then
        grant select on channel_accounts, dispatch_events to touchline_supervisor;
    end if;
    if exists (select 1 from pg_roles where rolname = 'touchline_author') then
        grant select on channel_accounts to touchline_author;
    end if;
end $$;
