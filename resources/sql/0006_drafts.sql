-- Version 6: unpublished drafts. An author saves a campaign's draft to the shared database
-- without publishing it; publishing makes a revision and clears the draft.
create table campaign_drafts (
    slug text primary key check (slug ~ '^[a-z0-9_]+$'),
    definition jsonb not null check (jsonb_typeof(definition) = 'object'),
    author text not null default current_user,
    saved_at timestamptz not null default now()
);

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'touchline_author') then
        grant select, insert, update, delete on campaign_drafts to touchline_author;
    end if;
    if exists (select 1 from pg_roles where rolname = 'touchline_supervisor') then
        grant select on campaign_drafts to touchline_supervisor;
    end if;
end $$;
