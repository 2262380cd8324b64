-- Who is syncing a client with its CRM, and until when. A lease row rather than a session's
-- advisory lock: behind a transaction pooler the lock and the unlock may run on different
-- server sessions, and a lock left on a pooled session would refuse every later sync.
create table crm_sync_leases (
    client_id text primary key check (client_id <> ''),
    holder text not null,
    since timestamptz not null default now(),
    until timestamptz not null
);

alter table crm_sync_leases enable row level security;
create policy crm_sync_leases_client on crm_sync_leases for all
    using (touchline_client_visible(client_id)) with check (touchline_client_visible(client_id));

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'touchline_supervisor') then
        grant select on crm_sync_leases to touchline_supervisor;
    end if;
    -- The sync writes contacts, which authors may (migration 13).
    if exists (select 1 from pg_roles where rolname = 'touchline_author') then
        grant select, insert, update, delete on crm_sync_leases to touchline_author;
    end if;
end $$;
