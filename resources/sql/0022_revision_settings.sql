-- What a revision defines besides its steps: where contacts go when they leave (on_exit), the
-- exec gate and the send window, as published, so that the revision history can tell what an
-- on_exit-only revision changed. Revisions published before this migration know only their
-- steps, except each campaign's current one, which is what the campaign holds now.
alter table campaign_revisions add column settings jsonb;

update campaign_revisions r
set settings = jsonb_build_object('on_exit', c.on_exit, 'gate', c.gate,
                                  'send_window', c.send_window)
from campaigns c
where c.id = r.campaign_id and r.revision = c.current_revision;
