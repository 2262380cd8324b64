-- Version 20: enrollment in sets, time-ordered keys, the item's revision (issue 16). Every change
-- here was measured (tests/bench/bench_engine and paired runs); the figures are in
-- tests/bench/README.md.

-- The three foreign keys of campaign_contacts (contact, revision, previous enrollment) were
-- checked by one trigger call per inserted row, each a locking probe run through SPI: about 30%
-- of an enrollment statement. The same rules hold, checked once per statement over its
-- transition table: every new enrollment's contact, revision and previous enrollment must exist,
-- and are locked FOR KEY SHARE as the foreign key locked them (an erasure or deletion waits for
-- the enrolling transaction, and an enrollment waits for a deletion in progress, then fails).
-- The rare updates of those columns (an erasure's pseudonym, a revision migration) are checked
-- per row, and deleting a referenced contact, revision or enrollment is refused.
alter table campaign_contacts drop constraint if exists campaign_contacts_contact_id_fkey;
alter table campaign_contacts drop constraint if exists campaign_contacts_campaign_id_revision_fkey;
alter table campaign_contacts drop constraint if exists campaign_contacts_previous_enrollment_id_fkey;

create function touchline_fk_violation(p_constraint text, p_key text) returns void
    language plpgsql as $$
begin
    raise exception 'insert or update on table "campaign_contacts" violates foreign key '
                    'constraint "%"', p_constraint
        using errcode = 'foreign_key_violation', constraint = p_constraint,
              detail = format('Key %s is not present.', p_key);
end $$;

-- The keys of a statement's new enrollments, locked on the way. The "= any (array(...))"
-- predicates let the planner probe the primary keys (a transition table has no statistics,
-- see 0018).
create function touchline_enrollments_inserted() returns trigger language plpgsql
    security definer set search_path from current as $$
declare
    v_key text;
begin
    select min(r.contact_id) into v_key from new_rows r
     where r.contact_id not in (select ct.id from contacts ct
                                 where ct.id = any (array(select k.contact_id from new_rows k))
                                   for key share);
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

create trigger campaign_contacts_keys_ins after insert on campaign_contacts
    referencing new table as new_rows
    for each statement execute function touchline_enrollments_inserted();

create function touchline_enrollment_keys_changed() returns trigger language plpgsql
    security definer set search_path from current as $$
begin
    perform 1 from contacts where id = new.contact_id for key share;
    if not found then
        perform touchline_fk_violation('campaign_contacts_contact_id_fkey',
                                       format('(contact_id)=(%s)', new.contact_id));
    end if;
    perform 1 from campaign_revisions
     where campaign_id = new.campaign_id and revision = new.revision for key share;
    if not found then
        perform touchline_fk_violation('campaign_contacts_campaign_id_revision_fkey',
                                       format('(campaign_id, revision)=(%s, %s)',
                                              new.campaign_id, new.revision));
    end if;
    if new.previous_enrollment_id is not null then
        perform 1 from campaign_contacts where id = new.previous_enrollment_id for key share;
        if not found then
            perform touchline_fk_violation('campaign_contacts_previous_enrollment_id_fkey',
                                           format('(previous_enrollment_id)=(%s)',
                                                  new.previous_enrollment_id));
        end if;
    end if;
    return null;
end $$;

create trigger campaign_contacts_keys_upd
    after update of contact_id, campaign_id, revision, previous_enrollment_id
    on campaign_contacts for each row
    when (old.contact_id is distinct from new.contact_id
          or old.campaign_id is distinct from new.campaign_id
          or old.revision is distinct from new.revision
          or old.previous_enrollment_id is distinct from new.previous_enrollment_id)
    execute function touchline_enrollment_keys_changed();

-- The referenced side: a contact, revision or enrollment that an enrollment names stays.
create function touchline_enrollment_referenced() returns trigger language plpgsql
    security definer set search_path from current as $$
declare
    v_found boolean;
begin
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

create trigger contacts_enrollments_restrict after delete on contacts
    referencing old table as old_rows
    for each statement execute function touchline_enrollment_referenced();
create trigger campaign_revisions_enrollments_restrict after delete on campaign_revisions
    referencing old table as old_rows
    for each statement execute function touchline_enrollment_referenced();
create trigger campaign_contacts_previous_restrict after delete on campaign_contacts
    referencing old table as old_rows
    for each statement execute function touchline_enrollment_referenced();

-- Time-ordered keys (the UUID version 7 layout: 48 bits of Unix milliseconds, then random bits)
-- for the tables every firing and enrollment appends to. A random key lands on a random leaf
-- of its primary key index: at millions of rows each insert reads and dirties a page that is
-- rarely cached (and, after a checkpoint, logs it whole); a time-ordered key appends at the
-- right edge. The engine makes the ids of items and drafts the same way (EngineDetail::newId).
create function touchline_uuid7() returns uuid language sql volatile parallel safe
    return encode(set_byte(overlay(uuid_send(gen_random_uuid())
                                   placing substring(int8send(floor(extract(epoch from
                                       clock_timestamp()) * 1000)::bigint) from 3)
                                   from 1 for 6),
                           6, 112 + floor(random() * 16)::int),
                  'hex')::uuid;

alter table campaign_contacts alter column id set default touchline_uuid7();
alter table tasks alter column id set default touchline_uuid7();
alter table outbound_queue alter column id set default touchline_uuid7();
alter table staged_drafts alter column id set default touchline_uuid7();

-- An item carries the revision of the enrollment it was fired for, so that the dashboard's item
-- summary no longer probes campaign_contacts once per item of every firing batch (and an item
-- decided after its enrollment was migrated still counts where it was fired). Items written
-- before this version have none and are looked up as before.
alter table outbound_queue add column revision int;

create or replace function touchline_dash_items() returns trigger language plpgsql
    security definer set search_path from current as $$
begin
    execute format($q$
        with g as (
            select r.campaign_id, coalesce(r.revision, cc.revision) as revision, r.step_number,
                   r.channel, r.status, touchline_dash_hour(r.scheduled_at) as hour,
                   sum(r.n) as n
              from (%1$s) r
              left join campaign_contacts cc
                on r.revision is null and cc.id = r.enrollment_id
               and cc.id = any (array(select k.enrollment_id from (%1$s) k
                                       where k.revision is null))
             where r.revision is not null or cc.id is not null
             group by 1, 2, 3, 4, 5, 6
            having sum(r.n) <> 0),
        h as (
            insert into dash_item_hours as d (campaign_id, revision, step_number, channel, status,
                                              hour, items)
            select * from g order by 1, 6, 2, 3, 4, 5
            on conflict (campaign_id, hour, revision, step_number, channel, status)
                do update set items = d.items + excluded.items)
        insert into dash_item_days as d (campaign_id, revision, step_number, channel, status, day,
                                         items)
        select campaign_id, revision, step_number, channel, status, date_trunc('day', hour, 'UTC'),
               sum(n)
          from g group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0 order by 1, 6, 2, 3, 4, 5
        on conflict (campaign_id, day, revision, step_number, channel, status)
            do update set items = d.items + excluded.items $q$,
        touchline_dash_rows(tg_op, 'enrollment_id, campaign_id, revision, step_number, channel, '
                                   'status, scheduled_at'));
    perform pg_notify('touchline_dashboard', '');
    return null;
end $$;
