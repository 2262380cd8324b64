-- Version 9: the approval inbox. Reading it pages by keyset over the open drafts, approving
-- finds a draft's outbound item by its staged_draft_id, and every console's inbox wakes when a
-- draft is written by anyone (a hint only, once per statement, folded per transaction like
-- migration 0005's).
create index staged_drafts_open on staged_drafts (created_at, id)
    where status in ('awaiting_draft', 'pending_review');
-- Exited enrollments, probed per draft to keep their drafts out of the open list.
create index campaign_contacts_exited on campaign_contacts (id) where status <> 'active';
create index staged_drafts_enrollment on staged_drafts (enrollment_id);
create index outbound_queue_draft on outbound_queue (staged_draft_id)
    where staged_draft_id is not null;

create function touchline_notify_drafts() returns trigger language plpgsql as $$
begin
    perform pg_notify('touchline_drafts', '');
    return null;
end $$;

create trigger staged_drafts_notify
    after insert or update or delete on staged_drafts
    for each statement execute function touchline_notify_drafts();

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'touchline_approver') then
        grant update on staged_drafts, outbound_queue, tasks to touchline_approver;
        grant insert on audit_log to touchline_approver;
    end if;
end $$;
