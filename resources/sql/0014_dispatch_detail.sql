-- Version 14: what the provider said about an outcome, kept with it (the IVR key press of a
-- live answer, the call status, answered_by), not only on the outbound item's last result.
alter table step_outcomes add column detail jsonb
    check (detail is null or jsonb_typeof(detail) = 'object');

-- The dispatcher's provider outcomes carry their idempotency key on step_outcomes (event_id,
-- migration 8) since the engine takes it; dispatch_events is no longer written. It stays for
-- the keys recorded before this version.
