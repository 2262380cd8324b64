-- Version 4: authors may move active enrollments to a newer revision of their campaign
-- (the designer's revision history), and nothing else about an enrollment.
do $$
begin
    if exists (select 1 from pg_roles where rolname = 'touchline_author') then
        grant update (revision, current_step) on campaign_contacts to touchline_author;
    end if;
end $$;
