-- Version 16: marking a contact do-not-contact (by a contacts import, a CRM sync, the window or
-- plain SQL) ends every active enrollment of that contact at once and cancels everything not yet
-- sent: its outbound items, their drafts, and calls waiting for an agent or a bot. The engine
-- still checks at firing and the dispatcher before sending; this closes the time in between.
create function contacts_do_not_contact_ends() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    v_ended int;
    v_items int;
begin
    with ended as (
        update campaign_contacts cc
           set status = 'rejected', exited_at = now(), exit_reason = 'do_not_contact',
               next_send_at = null, paused_remaining = null
         where cc.contact_id = new.id and cc.status = 'active'
        returning cc.id),
    items as (
        update outbound_queue q set status = 'cancelled', error = 'contact do not contact'
         where q.contact_id = new.id and q.status in ('pending', 'drafted', 'approved')
        returning q.staged_draft_id),
    drafts as (
        update staged_drafts d set status = 'cancelled'
         where d.id in (select staged_draft_id from items)
           and d.status in ('awaiting_draft', 'pending_review', 'approved')),
    calls as (
        update tasks t set status = 'failed', completed_at = now(),
               payload = t.payload || jsonb_build_object('closed', 'contact do not contact')
         where t.type in ('handoff', 'meeting_booked') and t.status in ('pending', 'in_progress')
           and t.enrollment_id in (select id from ended)),
    exits as (
        insert into tasks (type, status, enrollment_id, payload, created_at, completed_at)
        select 'exit_contact', 'done', ended.id,
               jsonb_build_object('reason', 'rejected', 'exit_reason', 'do_not_contact'),
               now(), now()
          from ended)
    select (select count(*) from ended), (select count(*) from items) into v_ended, v_items;
    if v_ended > 0 or v_items > 0 then
        insert into audit_log (actor, action, subject, detail)
        values (session_user, 'contact_do_not_contact', new.id,
                jsonb_build_object('ended', v_ended, 'cancelled_items', v_items));
    end if;
    return null;
end $$;

create trigger contacts_do_not_contact_ends
    after insert or update of do_not_contact on contacts
    for each row when (new.do_not_contact)
    execute function contacts_do_not_contact_ends();
