-- Version 24: finished history moves to archive tables (issue 16, item 4). The live tables keep
-- what the hot path reads (the due scan, the claim, the inbox, the outbox, outcome routing);
-- an enrollment that exited more than the retention ago moves, in one transaction per batch,
-- with its outbound items, drafts, outcomes and CRM note marker, and its finished tasks follow.
-- The dashboard's summaries are not touched by the move (the delete triggers skip it). The
-- contact history, person export, erasure and the report's drill read live and archive rows
-- through the *_all views.

-- The retention, one row; `touchline db archive --set-retention DAYS` changes it.
create table history_settings (
    id boolean primary key default true check (id),
    retention_days int not null default 90 check (retention_days >= 1),
    last_archived_at timestamptz,
    -- where the next sweep of the tasks table starts (see touchline_archive_tasks)
    tasks_next_block bigint not null default 0
);
insert into history_settings default values;

-- The same columns as the live tables (LIKE: no defaults, keys or triggers). A migration that
-- adds a column to a live table adds it here too: the move names the live table's columns, so a
-- missing one fails the move loudly instead of losing data.
create table campaign_contacts_archive (like campaign_contacts);
alter table campaign_contacts_archive add primary key (id);
create index campaign_contacts_archive_contact on campaign_contacts_archive (contact_id, enrolled_at);
create table outbound_queue_archive (like outbound_queue);
alter table outbound_queue_archive add primary key (id);
create index outbound_queue_archive_enrollment on outbound_queue_archive (enrollment_id);
create index outbound_queue_archive_contact on outbound_queue_archive (contact_id);
create table staged_drafts_archive (like staged_drafts);
alter table staged_drafts_archive add primary key (id);
create index staged_drafts_archive_enrollment on staged_drafts_archive (enrollment_id);
create index staged_drafts_archive_contact on staged_drafts_archive (contact_id);
create table step_outcomes_archive (like step_outcomes);
alter table step_outcomes_archive add primary key (id);
create index step_outcomes_archive_enrollment on step_outcomes_archive (enrollment_id);
create index step_outcomes_archive_outbound on step_outcomes_archive (outbound_id, event_id);
create index step_outcomes_archive_breakdown
    on step_outcomes_archive (campaign_id, step_number, outcome);
create table tasks_archive (like tasks);
alter table tasks_archive add primary key (id);
create index tasks_archive_enrollment on tasks_archive (enrollment_id);
create table crm_notes_sent_archive (like crm_notes_sent);
alter table crm_notes_sent_archive add primary key (enrollment_id);

-- The archiver's lookup: the previous-enrollment key is checked before an enrollment moves (a
-- live enrollment that follows from it keeps it live); partial, so only routed enrollments pay.
create index if not exists campaign_contacts_previous on campaign_contacts (previous_enrollment_id)
    where previous_enrollment_id is not null;

-- Live and archived rows together, for the readers that look back (history, export, drill).
-- security_invoker: row-level security applies as it does to the tables.
create view campaign_contacts_all with (security_invoker = true) as
    select * from campaign_contacts union all select * from campaign_contacts_archive;
create view outbound_queue_all with (security_invoker = true) as
    select * from outbound_queue union all select * from outbound_queue_archive;
create view staged_drafts_all with (security_invoker = true) as
    select * from staged_drafts union all select * from staged_drafts_archive;
create view step_outcomes_all with (security_invoker = true) as
    select * from step_outcomes union all select * from step_outcomes_archive;
create view tasks_all with (security_invoker = true) as
    select * from tasks union all select * from tasks_archive;

-- Moving rows out is not un-happening them: the summary triggers skip the deletes of a move,
-- which sets touchline.archiving for its own transaction only.
create function touchline_not_archiving() returns boolean language sql stable parallel safe
    return coalesce(current_setting('touchline.archiving', true), '') <> 'on';

drop trigger step_outcomes_dash_del on step_outcomes;
create trigger step_outcomes_dash_del after delete on step_outcomes
    referencing old table as old_rows
    for each statement when (touchline_not_archiving())
    execute function touchline_dash_outcomes();
drop trigger outbound_queue_dash_del on outbound_queue;
create trigger outbound_queue_dash_del after delete on outbound_queue
    referencing old table as old_rows
    for each statement when (touchline_not_archiving())
    execute function touchline_dash_items();
drop trigger campaign_contacts_dash_del on campaign_contacts;
create trigger campaign_contacts_dash_del after delete on campaign_contacts
    referencing old table as old_rows
    for each statement when (touchline_not_archiving())
    execute function touchline_dash_enrollments_added();

-- Moves the rows of `tbl` that `cond` selects (with $1 bound to p_ids) to tbl_archive, naming
-- the live table's columns; returns how many moved.
create function touchline_archive_move(tbl text, cond text, p_ids uuid[]) returns int
    language plpgsql as $$
declare
    v_cols text;
    v_moved int;
begin
    select string_agg(quote_ident(attname), ', ' order by attnum) into v_cols
      from pg_attribute
     where attrelid = tbl::regclass and attnum > 0 and not attisdropped and attgenerated = '';
    execute format('with m as (delete from %1$I where %3$s returning %2$s) '
                   'insert into %4$I (%2$s) select %2$s from m',
                   tbl, v_cols, cond, tbl || '_archive')
        using p_ids;
    get diagnostics v_moved = row_count;
    return v_moved;
end $$;

-- One batch of enrollments, in one transaction: up to p_limit enrollments with ids after
-- p_after that exited before p_cutoff and that nothing live still needs (no unfinished item or
-- draft, no open task, no live enrollment following from it, no CRM note still to write),
-- locked with SKIP LOCKED so that concurrent archivers (and the engine recording an outcome,
-- which locks the enrollment) never take the same row. Returns the counts moved and the last
-- enrollment id taken (the caller's cursor; null when nothing was left).
create function touchline_archive_enrollments(p_cutoff timestamptz, p_limit int, p_after uuid)
    returns table (enrollments int, items int, drafts int, outcomes int, last_id uuid)
    language plpgsql security definer set search_path from current as $$
declare
    v_ids uuid[];
begin
    perform set_config('touchline.archiving', 'on', true);
    select array_agg(s.id order by s.id) into v_ids
      from (select e.id from campaign_contacts e
             where e.status <> 'active' and e.exited_at < p_cutoff
               and e.id > coalesce(p_after, '00000000-0000-0000-0000-000000000000')
               and not exists (select 1 from outbound_queue q where q.enrollment_id = e.id
                                  and (q.status not in ('sent', 'failed', 'cancelled')
                                       or q.result_pending))
               and not exists (select 1 from staged_drafts d where d.enrollment_id = e.id
                                  and d.status in ('awaiting_draft', 'pending_review'))
               and e.id not in (select t.enrollment_id from tasks t
                                 where t.status in ('pending', 'in_progress')
                                   and t.enrollment_id is not null)
               and not exists (select 1 from campaign_contacts n
                                where n.previous_enrollment_id = e.id)
               and (exists (select 1 from crm_notes_sent n where n.enrollment_id = e.id)
                    or not exists (select 1 from crm_contacts c
                                    where c.contact_id = e.contact_id
                                      and c.client_id = e.client_id))
             order by e.id
             limit p_limit
               for update of e skip locked) s;
    if v_ids is null then
        perform set_config('touchline.archiving', '', true);
        return query select 0, 0, 0, 0, null::uuid;
        return;
    end if;
    outcomes := touchline_archive_move('step_outcomes', 'enrollment_id = any ($1)', v_ids);
    items := touchline_archive_move('outbound_queue', 'enrollment_id = any ($1)', v_ids);
    drafts := touchline_archive_move('staged_drafts', 'enrollment_id = any ($1)', v_ids);
    perform touchline_archive_move('crm_notes_sent', 'enrollment_id = any ($1)', v_ids);
    enrollments := touchline_archive_move('campaign_contacts', 'id = any ($1)', v_ids);
    perform set_config('touchline.archiving', '', true);
    last_id := v_ids[array_length(v_ids, 1)];
    return next;
end $$;

-- One batch of finished tasks created before p_cutoff whose enrollment is no longer live
-- (archived, or none): they follow their enrollment into the archive. Tasks have no index by
-- enrollment or age (an index entry more per firing), so the archiver sweeps the table by
-- block ranges (a TID range scan of p_pages pages per batch), from where the last batch of any
-- archiver stopped (history_settings.tasks_next_block) around to the start again: each batch
-- costs the same, whatever the table's size. Returns the tasks moved, the first block of this
-- batch and whether it reached the table's end.
create function touchline_archive_tasks(p_cutoff timestamptz, p_pages int)
    returns table (tasks int, first_block bigint, wrapped boolean)
    language plpgsql security definer set search_path from current as $$
declare
    v_from bigint;
    v_to bigint;
    v_pages bigint := pg_relation_size('tasks') / current_setting('block_size')::int;
    v_ids uuid[];
begin
    select s.tasks_next_block into v_from from history_settings s for update;
    if v_from >= v_pages then
        v_from := 0;
    end if;
    v_to := v_from + greatest(p_pages, 1);
    first_block := v_from;
    select array_agg(s.id) into v_ids
      from (select t.id from tasks t
             where t.ctid >= format('(%s,0)', v_from)::tid
               and t.ctid < format('(%s,0)', v_to)::tid
               and t.created_at < p_cutoff and t.status in ('done', 'failed')
               and (t.enrollment_id is null
                    or not exists (select 1 from campaign_contacts e
                                    where e.id = t.enrollment_id))
               for update of t skip locked) s;
    wrapped := v_to >= v_pages;
    update history_settings set tasks_next_block = case when wrapped then 0 else v_to end;
    tasks := case when v_ids is null then 0
                  else touchline_archive_move('tasks', 'id = any ($1)', v_ids) end;
    return next;
end $$;

revoke execute on function touchline_archive_move(text, text, uuid[]) from public;
revoke execute on function touchline_archive_enrollments(timestamptz, int, uuid) from public;
revoke execute on function touchline_archive_tasks(timestamptz, int) from public;

-- Erasure reaches the archive as well: the same rewrite as version 17 over live and archived
-- rows (personal data does not expire into the archive).
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
    -- Lock the live enrollments first: an archiver holding some commits before this goes on,
    -- and the statements below (each with a fresh snapshot) see its rows in the archive.
    perform 1 from campaign_contacts where contact_id = p_id for update;
    update tasks
       set payload = (payload - 'contact_id' - 'contact' - 'name' - 'profile' - 'subject'
                      - 'text' - 'body' - 'notes' - 'decision' - 'result')
                     || jsonb_build_object('contact_id', v_pseudo, 'erased', true),
           status = case when status in ('pending', 'in_progress') then 'failed' else status end
     where payload ->> 'contact_id' = p_id or payload ->> 'contact' = p_id
        or enrollment_id in (select id from campaign_contacts_all where contact_id = p_id);
    update tasks_archive
       set payload = (payload - 'contact_id' - 'contact' - 'name' - 'profile' - 'subject'
                      - 'text' - 'body' - 'notes' - 'decision' - 'result')
                     || jsonb_build_object('contact_id', v_pseudo, 'erased', true)
     where payload ->> 'contact_id' = p_id or payload ->> 'contact' = p_id
        or enrollment_id in (select id from campaign_contacts_all where contact_id = p_id);
    update campaign_contacts
       set status = case when status = 'active' then 'rejected' else status end,
           exited_at = coalesce(exited_at, now()),
           exit_reason = case when status = 'active' then 'erased' else exit_reason end,
           next_send_at = case when status = 'active' then null else next_send_at end,
           contact_id = v_pseudo, notes = null
     where contact_id = p_id;
    update campaign_contacts_archive set contact_id = v_pseudo, notes = null
     where contact_id = p_id;
    update outbound_queue
       set status = case when status in ('pending', 'drafted', 'approved') then 'cancelled'
                         else status end,
           contact_id = v_pseudo, error = null
     where contact_id = p_id;
    update outbound_queue_archive set contact_id = v_pseudo, error = null where contact_id = p_id;
    update staged_drafts
       set status = case when status in ('awaiting_draft', 'pending_review', 'approved')
                         then 'cancelled' else status end,
           contact_id = v_pseudo, subject = '', body = '', unknown_placeholders = '{}',
           reject_reason = null
     where contact_id = p_id;
    update staged_drafts_archive
       set contact_id = v_pseudo, subject = '', body = '', unknown_placeholders = '{}',
           reject_reason = null
     where contact_id = p_id;
    update suppressions set contact_id = v_pseudo, reason = 'erased' where contact_id = p_id;
    perform set_config('touchline.erasing', v_pseudo, true);
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
    update audit_log
       set detail = detail - 'subject' - 'body' - 'reason' - 'notes'
     where jsonb_typeof(detail) = 'object'
       and subject in (select id::text from staged_drafts_all where contact_id = v_pseudo);
    perform set_config('touchline.erasing', '', true);
    delete from contacts where id = p_id;
    insert into audit_log (action, subject, detail)
    values ('contact_erased', v_pseudo,
            jsonb_build_object('client', v_client, 'id_sha256', encode(sha256(convert_to(p_id, 'UTF8')), 'hex')));
    return v_pseudo;
end $$;

-- The person export reads live and archived rows.
create or replace function touchline_export_person(p_id text) returns jsonb language sql stable as $$
    select jsonb_build_object(
        'contact', to_jsonb(c) - 'sort_name',
        'suppressions', coalesce((select jsonb_agg(to_jsonb(s) order by s.created_at)
                                    from suppressions s where s.contact_id = c.id), '[]'),
        'enrollments', coalesce((select jsonb_agg(to_jsonb(e) || jsonb_build_object('campaign', k.slug)
                                                  order by e.enrolled_at)
                                   from campaign_contacts_all e join campaigns k on k.id = e.campaign_id
                                  where e.contact_id = c.id), '[]'),
        'touches', coalesce((select jsonb_agg(to_jsonb(q) order by q.scheduled_at)
                               from outbound_queue_all q where q.contact_id = c.id), '[]'),
        'drafts', coalesce((select jsonb_agg(to_jsonb(d) order by d.created_at)
                              from staged_drafts_all d where d.contact_id = c.id), '[]'),
        'outcomes', coalesce((select jsonb_agg(to_jsonb(o) order by o.occurred_at, o.id)
                                from step_outcomes_all o join campaign_contacts_all e
                                  on e.id = o.enrollment_id where e.contact_id = c.id), '[]'),
        'tasks', coalesce((select jsonb_agg(to_jsonb(t) order by t.created_at)
                             from tasks_all t where t.payload ->> 'contact_id' = c.id), '[]'),
        'audit', coalesce((select jsonb_agg(to_jsonb(a) order by a.at, a.id)
                             from audit_log a
                            where a.subject = c.id or a.detail ->> 'contact_id' = c.id), '[]'))
      from contacts c where c.id = p_id
$$;

-- Row-level security as on the live tables; every role reads the archive and the views, the
-- engine runs the archiver (its functions act with their owner's rights).
do $$
declare
    t text;
    r text;
begin
    foreach t in array array['campaign_contacts_archive', 'outbound_queue_archive',
                             'staged_drafts_archive', 'crm_notes_sent_archive'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy %I on %I for all using (touchline_client_visible(client_id)) '
                       'with check (touchline_client_visible(client_id))', t || '_client', t);
    end loop;
    alter table step_outcomes_archive enable row level security;
    create policy step_outcomes_archive_client on step_outcomes_archive for all
        using (exists (select 1 from campaigns c where c.id = campaign_id))
        with check (exists (select 1 from campaigns c where c.id = campaign_id));
    alter table tasks_archive enable row level security;
    create policy tasks_archive_client on tasks_archive for all
        using (enrollment_id is null
               or exists (select 1 from campaign_contacts_archive cc where cc.id = enrollment_id)
               or exists (select 1 from campaign_contacts cc where cc.id = enrollment_id));
    foreach r in array array['touchline_author', 'touchline_approver', 'touchline_supervisor',
                             'touchline_engine'] loop
        if exists (select 1 from pg_roles where rolname = r) then
            execute format('grant select on history_settings, campaign_contacts_archive, '
                           'outbound_queue_archive, staged_drafts_archive, step_outcomes_archive, '
                           'tasks_archive, crm_notes_sent_archive, campaign_contacts_all, '
                           'outbound_queue_all, staged_drafts_all, step_outcomes_all, tasks_all '
                           'to %I', r);
        end if;
    end loop;
    if exists (select 1 from pg_roles where rolname = 'touchline_engine') then
        grant update on history_settings to touchline_engine;
        grant execute on function touchline_archive_enrollments(timestamptz, int, uuid),
                                  touchline_archive_tasks(timestamptz, int)
            to touchline_engine;
    end if;
end $$;
