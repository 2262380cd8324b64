-- Version 5: any change to when or whether an enrollment is due wakes every console's scheduler.
-- Enrollments, outcomes, pauses and resumes, from any console or the command line, all write
-- campaign_contacts. The NOTIFY is a hint only: a scheduler still polls slowly as a backstop.
-- Once per statement, and PostgreSQL folds identical notifications of one transaction into one
-- delivered at commit (none on rollback), so a batch of 10,000 enrollments wakes each scheduler
-- once. Updates that set neither next_send_at nor status cannot make anything due, and skip it.
create function touchline_notify_due() returns trigger language plpgsql as $$
begin
    perform pg_notify('touchline_due', '');
    return null;
end $$;

create trigger campaign_contacts_notify_due
    after insert or update of next_send_at, status on campaign_contacts
    for each statement execute function touchline_notify_due();
