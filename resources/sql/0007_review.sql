-- Version 7: who drafts a touch, whether it needs review, and items that will never be sent.
-- A campaign (or one of its steps) may need no review: its items are approved as they fire.
-- A campaign may leave drafting to an external agent: its drafts wait as awaiting_draft until
-- the agent fills them. An item whose enrollment exited, or whose contact was suppressed,
-- before it was sent is cancelled, and so is its draft.
alter table campaigns add column review boolean not null default true;
alter table campaigns add column drafter text not null default 'template'
    check (drafter in ('template', 'external'));
-- null: the campaign's setting
alter table campaign_steps add column review boolean;

alter table outbound_queue drop constraint outbound_queue_status_check;
alter table outbound_queue add constraint outbound_queue_status_check check (status in (
    'pending', 'drafted', 'approved', 'sent', 'failed', 'cancelled'));
alter table staged_drafts drop constraint staged_drafts_status_check;
alter table staged_drafts add constraint staged_drafts_status_check check (status in (
    'awaiting_draft', 'pending_review', 'approved', 'rejected', 'sent', 'cancelled'));
