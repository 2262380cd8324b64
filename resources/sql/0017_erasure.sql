-- Version 17: erasure reaches every task of the person's enrollments whatever its payload's
-- shape (the send-by-hand task of migration 11 names them under contact, name and profile), and
-- the audit entries of their drafts (an edited subject, a rejection's reason), filed under the
-- draft's id rather than the person's.
create or replace function touchline_erase_contact(p_id text) returns text language plpgsql as $$
declare
    v_pseudo text := 'erased_' || replace(gen_random_uuid()::text, '-', '');
    v_client text;
begin
    select client_id into v_client from contacts where id = p_id for update;
    if not found then
        return null;
    end if;
    insert into contacts (id, client_id, first_name, last_name, time_zone, do_not_contact)
    values (v_pseudo, v_client, null, null, 'UTC', true);
    -- Every task of the person's enrollments, whatever its payload's shape (a send-by-hand
    -- task names them under contact, name and profile, with the text to send).
    update tasks
       set payload = (payload - 'contact_id' - 'contact' - 'name' - 'profile' - 'subject'
                      - 'text' - 'body' - 'notes' - 'decision' - 'result')
                     || jsonb_build_object('contact_id', v_pseudo, 'erased', true),
           status = case when status in ('pending', 'in_progress') then 'failed' else status end
     where payload ->> 'contact_id' = p_id or payload ->> 'contact' = p_id
        or enrollment_id in (select id from campaign_contacts where contact_id = p_id);
    update campaign_contacts
       set status = case when status = 'active' then 'rejected' else status end,
           exited_at = coalesce(exited_at, now()),
           exit_reason = case when status = 'active' then 'erased' else exit_reason end,
           next_send_at = case when status = 'active' then null else next_send_at end,
           contact_id = v_pseudo, notes = null
     where contact_id = p_id;
    update outbound_queue
       set status = case when status in ('pending', 'drafted', 'approved') then 'cancelled'
                         else status end,
           contact_id = v_pseudo, error = null
     where contact_id = p_id;
    update staged_drafts
       set status = case when status in ('awaiting_draft', 'pending_review', 'approved')
                         then 'cancelled' else status end,
           contact_id = v_pseudo, subject = '', body = '', unknown_placeholders = '{}',
           reject_reason = null
     where contact_id = p_id;
    update suppressions set contact_id = v_pseudo, reason = 'erased' where contact_id = p_id;
    perform set_config('touchline.erasing', v_pseudo, true);
    -- The id may sit anywhere in an entry (the engine's enroll lists its contacts): every
    -- occurrence becomes the pseudonym, and free-text notes and reasons go.
    update audit_log
       set subject = case when subject = p_id then v_pseudo else subject end,
           detail = (select case jsonb_typeof(d)
                                when 'object' then d - 'notes' - 'reason'
                                when 'array' then (select coalesce(jsonb_agg(
                                                     case jsonb_typeof(e) when 'object'
                                                          then e - 'notes' - 'reason' else e end),
                                                     '[]')
                                                     from jsonb_array_elements(d) e)
                                else d end
                       from (select cast(replace(detail::text, to_jsonb(p_id)::text,
                                                 to_jsonb(v_pseudo)::text) as jsonb) as d) r)
     where subject = p_id or strpos(detail::text, to_jsonb(p_id)::text) > 0;
    -- Decisions and edits of the person's drafts are filed under the draft: what was written
    -- to them (an edited subject, a rejection's reason) goes.
    update audit_log
       set detail = detail - 'subject' - 'body' - 'reason' - 'notes'
     where jsonb_typeof(detail) = 'object'
       and subject in (select id::text from staged_drafts where contact_id = v_pseudo);
    perform set_config('touchline.erasing', '', true);
    delete from contacts where id = p_id;
    insert into audit_log (action, subject, detail)
    values ('contact_erased', v_pseudo,
            jsonb_build_object('client', v_client, 'id_sha256', encode(sha256(convert_to(p_id, 'UTF8')), 'hex')));
    return v_pseudo;
end $$;
