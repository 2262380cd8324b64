-- Version 15: CRM sync with Attio. Contact ids are Attio person record ids.

-- Per client: how far the pull has read, as the exact timestamp text Attio returned (nanosecond
-- precision, more than timestamptz keeps), advanced in the transaction that writes each page.
create table crm_sync_state (
    client_id text primary key check (client_id <> ''),
    cursor text,
    pulled_at timestamptz not null default now()
);

-- The contacts that came from the CRM: only these get notes written back (a contact imported
-- from a CSV may carry an id the CRM does not know). Gone with the contact (erasure).
create table crm_contacts (
    contact_id text primary key references contacts (id) on delete cascade,
    client_id text not null,
    remote_updated_at text,
    synced_at timestamptz not null default now()
);
create index crm_contacts_client on crm_contacts (client_id);

-- One note per enrollment exit, written once: the marker is set after the CRM accepted it.
create table crm_notes_sent (
    enrollment_id uuid primary key references campaign_contacts (id),
    client_id text not null,
    note_id text,
    sent_at timestamptz not null default now()
);

do $$
declare
    t text;
    r text;
begin
    foreach t in array array['crm_sync_state', 'crm_contacts', 'crm_notes_sent'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy %I on %I for all using (touchline_client_visible(client_id)) '
                       'with check (touchline_client_visible(client_id))', t || '_client', t);
        foreach r in array array['touchline_author', 'touchline_approver', 'touchline_supervisor',
                                 'touchline_engine'] loop
            if exists (select 1 from pg_roles where rolname = r) then
                execute format('grant select on %I to %I', t, r);
            end if;
        end loop;
        -- The sync writes contacts, which authors may (migration 13).
        if exists (select 1 from pg_roles where rolname = 'touchline_author') then
            execute format('grant insert, update on %I to touchline_author', t);
        end if;
    end loop;
end $$;
