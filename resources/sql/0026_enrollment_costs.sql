-- Per-row costs of writing enrollments and items that were not the writes themselves (issue 16).
--
-- The dashboard's hour of a timestamp, computed for every row of every summary trigger
-- (enrollments, items, outcomes). It was declared immutable but written with the time-zone form
-- of date_trunc, which is only stable: the planner could not inline it and called it as a SQL
-- function once per row, about 2 µs each (13.8 against 2.7 ms for 5,000 rows; a tenth of an
-- enrollment statement). The same UTC hour from immutable pieces, inlined.
create or replace function touchline_dash_hour(t timestamptz) returns timestamptz
    language sql immutable parallel safe
    return date_trunc('hour', t at time zone 'UTC') at time zone 'UTC';

-- The contact key of new enrollments without a row lock per contact. The statement trigger of
-- 0020 locked every named contact FOR KEY SHARE, as a foreign key does, so that a contact could
-- not be deleted under an enrollment being written: a lock record and a dirtied contacts page
-- per enrollment (54 B of WAL each, 13 of 116 ms per 5,000). Now the two sides meet on one
-- advisory lock instead: enrollments take it shared at the end of their statement, then look
-- the contacts up again in a fresh snapshot; a delete from contacts takes it exclusively before
-- it looks for enrollments naming the deleted rows. Whichever comes second sees what the first
-- committed: an enrollment after a delete finds the contact gone (the same 23503 as before), a
-- delete after an enrollment finds it named and is refused. Deleting contacts is rare (an
-- erasure); it waits for the enrollments in flight, and they for it.
create function touchline_contacts_key_lock(p_exclusive boolean) returns void
    language plpgsql as $$
begin
    if p_exclusive then
        perform pg_advisory_xact_lock(7308327465317230);
    else
        perform pg_advisory_xact_lock_shared(7308327465317230);
    end if;
end $$;

create or replace function touchline_enrollments_inserted() returns trigger language plpgsql
    security definer set search_path from current as $$
declare
    v_key text;
begin
    perform touchline_contacts_key_lock(false);
    select min(r.contact_id) into v_key from new_rows r
     where r.contact_id not in (select ct.id from contacts ct
                                 where ct.id = any (array(select k.contact_id from new_rows k)));
    if v_key is not null then
        perform touchline_fk_violation('campaign_contacts_contact_id_fkey',
                                       format('(contact_id)=(%s)', v_key));
    end if;
    select min(format('(%s, %s)', r.campaign_id, r.revision)) into v_key
      from (select distinct k.campaign_id, k.revision from new_rows k) r
     where not exists (select 1 from campaign_revisions v
                        where v.campaign_id = r.campaign_id and v.revision = r.revision
                          for key share);
    if v_key is not null then
        perform touchline_fk_violation('campaign_contacts_campaign_id_revision_fkey',
                                       format('(campaign_id, revision)=%s', v_key));
    end if;
    select min(r.previous_enrollment_id::text) into v_key from new_rows r
     where r.previous_enrollment_id is not null
       and r.previous_enrollment_id not in (
           select p.id from campaign_contacts p
            where p.id = any (array(select k.previous_enrollment_id from new_rows k
                                     where k.previous_enrollment_id is not null))
              for key share);
    if v_key is not null then
        perform touchline_fk_violation('campaign_contacts_previous_enrollment_id_fkey',
                                       format('(previous_enrollment_id)=(%s)', v_key));
    end if;
    return null;
end $$;

create or replace function touchline_enrollment_referenced() returns trigger language plpgsql
    security definer set search_path from current as $$
declare
    v_found boolean;
begin
    if tg_table_name = 'contacts' then
        perform touchline_contacts_key_lock(true);
    end if;
    execute format($q$select exists (select 1 from old_rows o join campaign_contacts cc
                                       on %s)$q$,
                   case tg_table_name
                       when 'contacts' then 'cc.contact_id = o.id'
                       when 'campaign_revisions'
                           then 'cc.campaign_id = o.campaign_id and cc.revision = o.revision'
                       else 'cc.previous_enrollment_id = o.id' end)
        into v_found;
    if v_found then
        raise exception 'update or delete on table "%" violates foreign key constraint '
                        'on table "campaign_contacts"', tg_table_name
            using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;
