-- Version 25: the keys of step_outcomes once per statement (issue 16). The figures are in
-- tests/bench/README.md, "Simulation (issue 16 target: 5 s)".

-- Every recorded outcome ran three foreign key triggers, one call per row each (its enrollment,
-- its campaign, its outbound item), each a locking probe through SPI: about two thirds of an
-- outcome batch's insert. The same rules hold, checked once per statement over its transition
-- table, as 0020 did for campaign_contacts: every new outcome's enrollment, campaign and item
-- must exist, and are locked FOR KEY SHARE as the foreign keys locked them (a deletion waits for
-- the recording transaction, and a recording waits for a deletion in progress, then fails). The
-- rare updates of those columns are checked per row; deleting or truncating a referenced
-- enrollment, campaign or item, or changing its id, is refused. Same SQLSTATE (23503) and
-- constraint names as before.
alter table step_outcomes drop constraint if exists step_outcomes_enrollment_id_fkey;
alter table step_outcomes drop constraint if exists step_outcomes_campaign_id_fkey;
alter table step_outcomes drop constraint if exists step_outcomes_outbound_id_fkey;

create function touchline_outcome_key_violation(p_constraint text, p_key text, p_table text)
    returns void language plpgsql as $$
begin
    raise exception 'insert or update on table "step_outcomes" violates foreign key '
                    'constraint "%"', p_constraint
        using errcode = 'foreign_key_violation', constraint = p_constraint,
              table = 'step_outcomes',
              detail = format('Key %s is not present in table "%s".', p_key, p_table);
end $$;

-- The keys of a statement's new outcomes, locked on the way. The "= any (array(...))" predicates
-- let the planner probe the primary keys (a transition table has no statistics, see 0018).
create function touchline_outcomes_inserted() returns trigger language plpgsql
    security definer set search_path from current as $$
declare
    v_key text;
begin
    select min(r.enrollment_id::text) into v_key from new_rows r
     where r.enrollment_id not in (
           select e.id from campaign_contacts e
            where e.id = any (array(select k.enrollment_id from new_rows k))
              for key share);
    if v_key is not null then
        perform touchline_outcome_key_violation('step_outcomes_enrollment_id_fkey',
                                                format('(enrollment_id)=(%s)', v_key),
                                                'campaign_contacts');
    end if;
    select min(r.campaign_id::text) into v_key
      from (select distinct k.campaign_id from new_rows k) r
     where not exists (select 1 from campaigns c where c.id = r.campaign_id for key share);
    if v_key is not null then
        perform touchline_outcome_key_violation('step_outcomes_campaign_id_fkey',
                                                format('(campaign_id)=(%s)', v_key), 'campaigns');
    end if;
    select min(r.outbound_id::text) into v_key from new_rows r
     where r.outbound_id is not null
       and r.outbound_id not in (
           select o.id from outbound_queue o
            where o.id = any (array(select k.outbound_id from new_rows k
                                     where k.outbound_id is not null))
              for key share);
    if v_key is not null then
        perform touchline_outcome_key_violation('step_outcomes_outbound_id_fkey',
                                                format('(outbound_id)=(%s)', v_key),
                                                'outbound_queue');
    end if;
    return null;
end $$;

create trigger step_outcomes_keys_ins after insert on step_outcomes
    referencing new table as new_rows
    for each statement execute function touchline_outcomes_inserted();

create function touchline_outcome_keys_changed() returns trigger language plpgsql
    security definer set search_path from current as $$
begin
    perform 1 from campaign_contacts where id = new.enrollment_id for key share;
    if not found then
        perform touchline_outcome_key_violation('step_outcomes_enrollment_id_fkey',
                                                format('(enrollment_id)=(%s)', new.enrollment_id),
                                                'campaign_contacts');
    end if;
    perform 1 from campaigns where id = new.campaign_id for key share;
    if not found then
        perform touchline_outcome_key_violation('step_outcomes_campaign_id_fkey',
                                                format('(campaign_id)=(%s)', new.campaign_id),
                                                'campaigns');
    end if;
    if new.outbound_id is not null then
        perform 1 from outbound_queue where id = new.outbound_id for key share;
        if not found then
            perform touchline_outcome_key_violation('step_outcomes_outbound_id_fkey',
                                                    format('(outbound_id)=(%s)', new.outbound_id),
                                                    'outbound_queue');
        end if;
    end if;
    return null;
end $$;

create trigger step_outcomes_keys_upd
    after update of enrollment_id, campaign_id, outbound_id on step_outcomes for each row
    when (old.enrollment_id is distinct from new.enrollment_id
          or old.campaign_id is distinct from new.campaign_id
          or old.outbound_id is distinct from new.outbound_id)
    execute function touchline_outcome_keys_changed();

-- The referenced side: an enrollment, campaign or item that an outcome names stays, under its
-- id. Deletions are checked once per statement, after it, as the foreign keys' NO ACTION did (a
-- statement that deletes the outcomes too may delete what they named). An id change is checked
-- per row: ids never change, and a statement trigger with transition tables on UPDATE would
-- make every advance of an enrollment copy its rows.
create function touchline_outcome_column(p_table name) returns text language sql immutable
    return case p_table when 'campaign_contacts' then 'enrollment_id'
                        when 'campaigns' then 'campaign_id'
                        else 'outbound_id' end;

create function touchline_outcome_referenced() returns trigger language plpgsql
    security definer set search_path from current as $$
declare
    v_column text := touchline_outcome_column(tg_table_name);
    v_found boolean;
begin
    if tg_op = 'TRUNCATE' then
        v_found := exists (select 1 from step_outcomes);
    elsif tg_level = 'ROW' then
        execute format($q$select exists (select 1 from step_outcomes so where so.%1$I = $1)
                                 and not exists (select 1 from %2$I t where t.id = $1)$q$,
                       v_column, tg_table_name)
            into v_found using old.id;
    else
        execute format($q$select exists (select 1 from step_outcomes so
                                          where so.%I = any (array(select o.id from old_rows o)))$q$,
                       v_column)
            into v_found;
    end if;
    if v_found then
        raise exception 'update or delete on table "%" violates foreign key constraint "%" on '
                        'table "step_outcomes"', tg_table_name, 'step_outcomes_' || v_column || '_fkey'
            using errcode = 'foreign_key_violation',
                  constraint = 'step_outcomes_' || v_column || '_fkey';
    end if;
    return null;
end $$;

create trigger campaign_contacts_outcomes_restrict after delete on campaign_contacts
    referencing old table as old_rows
    for each statement execute function touchline_outcome_referenced();
create trigger campaigns_outcomes_restrict after delete on campaigns
    referencing old table as old_rows
    for each statement execute function touchline_outcome_referenced();
create trigger outbound_queue_outcomes_restrict after delete on outbound_queue
    referencing old table as old_rows
    for each statement execute function touchline_outcome_referenced();

create trigger campaign_contacts_outcomes_rekey after update of id on campaign_contacts
    for each row when (old.id is distinct from new.id)
    execute function touchline_outcome_referenced();
create trigger campaigns_outcomes_rekey after update of id on campaigns
    for each row when (old.id is distinct from new.id)
    execute function touchline_outcome_referenced();
create trigger outbound_queue_outcomes_rekey after update of id on outbound_queue
    for each row when (old.id is distinct from new.id)
    execute function touchline_outcome_referenced();

create trigger campaign_contacts_outcomes_truncate after truncate on campaign_contacts
    for each statement execute function touchline_outcome_referenced();
create trigger campaigns_outcomes_truncate after truncate on campaigns
    for each statement execute function touchline_outcome_referenced();
create trigger outbound_queue_outcomes_truncate after truncate on outbound_queue
    for each statement execute function touchline_outcome_referenced();
