-- Fewer index entries per firing (issue 16). A fired draft wrote four index entries; two of them
-- served readers that have a cheaper path:
-- * staged_drafts_review (status, created_at) took every draft, although the inbox's open
--   statuses have their own ordered index (staged_drafts_open, 0009); it now holds only decided
--   drafts, which is what a listing by a decided status reads.
-- * staged_drafts_enrollment had one reader, the inbox's conversation of an enrollment, which
--   now finds the decisions through the enrollment's items (outbound_queue_enrollment_visit_key)
--   and their staged_draft_id. An exit cancels drafts the same way (since 0008).
drop index if exists staged_drafts_review;
create index staged_drafts_decided on staged_drafts (status, created_at)
    where status in ('approved', 'rejected', 'sent', 'cancelled');
drop index if exists staged_drafts_enrollment;
