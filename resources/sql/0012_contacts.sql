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
-- Partial: the engine writes a task per fired step, and those need no extra index.
create index tasks_handoff_enrollment on tasks (enrollment_id)
    where type in ('handoff', 'meeting_booked');

-- A live-call handoff is claimed by one agent: who, and since when.
alter table tasks add column claimed_by text;
alter table tasks add column claimed_at timestamptz;
-- Open handoffs by kind and age, for the queues.
create index tasks_handoff_queue on tasks (type, assigned_role, created_at)
    where type in ('handoff', 'meeting_booked') and status in ('pending', 'in_progress');

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

-- Erasure on request: the only rewrite the audit log allows. While touchline.erasing names a
-- pseudonym being written, rows about the erased person may be updated (never deleted).
create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and coalesce(current_setting('touchline.erasing', true), '') <> '' then
        return null;
    end if;
    raise exception 'audit_log is append-only';
end $$;

create function audit_log_erasure_only() returns trigger language plpgsql as $$
begin
    if (new.subject <> old.subject
        and new.subject is distinct from current_setting('touchline.erasing', true))
       or new.id <> old.id or new.at <> old.at or new.action <> old.action then
        raise exception 'audit_log is append-only (erasure rewrites subject and detail only)';
    end if;
    return new;
end $$;

create trigger audit_log_erasure before update on audit_log
    for each row execute function audit_log_erasure_only();

-- Replaces every personal field of one contact with a pseudonym in one transaction: the
-- contact row, enrollment notes, drafts, queue errors, task payloads, suppressions and the audit
-- trail. Enrollments, items and outcomes stay (under the pseudonym), so aggregates do not move.
-- Returns the pseudonym, or null when there is no such contact.
create function touchline_erase_contact(p_id text) returns text language plpgsql as $$
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
    update tasks
       set payload = (payload - 'contact_id' - 'notes' - 'decision' - 'result')
                     || jsonb_build_object('contact_id', v_pseudo, 'erased', true),
           status = case when status in ('pending', 'in_progress') then 'failed' else status end
     where payload ->> 'contact_id' = p_id;
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
    perform set_config('touchline.erasing', '', true);
    delete from contacts where id = p_id;
    insert into audit_log (action, subject, detail)
    values ('contact_erased', v_pseudo,
            jsonb_build_object('client', v_client, 'id_sha256', encode(sha256(convert_to(p_id, 'UTF8')), 'hex')));
    return v_pseudo;
end $$;

-- Everything held about one person, as one JSON document (null when there is no such contact).
create function touchline_export_person(p_id text) returns jsonb language sql stable as $$
    select jsonb_build_object(
        'contact', to_jsonb(c) - 'sort_name',
        'suppressions', coalesce((select jsonb_agg(to_jsonb(s) order by s.created_at)
                                    from suppressions s where s.contact_id = c.id), '[]'),
        'enrollments', coalesce((select jsonb_agg(to_jsonb(e) || jsonb_build_object('campaign', k.slug)
                                                  order by e.enrolled_at)
                                   from campaign_contacts e join campaigns k on k.id = e.campaign_id
                                  where e.contact_id = c.id), '[]'),
        'touches', coalesce((select jsonb_agg(to_jsonb(q) order by q.scheduled_at)
                               from outbound_queue q where q.contact_id = c.id), '[]'),
        'drafts', coalesce((select jsonb_agg(to_jsonb(d) order by d.created_at)
                              from staged_drafts d where d.contact_id = c.id), '[]'),
        'outcomes', coalesce((select jsonb_agg(to_jsonb(o) order by o.occurred_at, o.id)
                                from step_outcomes o join campaign_contacts e
                                  on e.id = o.enrollment_id where e.contact_id = c.id), '[]'),
        'tasks', coalesce((select jsonb_agg(to_jsonb(t) order by t.created_at)
                             from tasks t where t.payload ->> 'contact_id' = c.id), '[]'),
        'audit', coalesce((select jsonb_agg(to_jsonb(a) order by a.at, a.id)
                             from audit_log a
                            where a.subject = c.id or a.detail ->> 'contact_id' = c.id), '[]'))
      from contacts c where c.id = p_id
$$;
