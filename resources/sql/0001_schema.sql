-- Touchline schema, version 1: the tables of the campaign and sequence design.

create table campaigns (
    id uuid primary key default gen_random_uuid(),
    slug text not null unique check (slug ~ '^[a-z0-9_]+$'),
    name text not null check (name <> ''),
    client_id text not null check (client_id <> ''),
    type text not null check (type in ('event', 'membership', 'platform', 'onboarding', 'renewal')),
    owner_role text not null check (owner_role in ('roles.bdr', 'roles.sales', 'roles.cs')),
    status text not null default 'active' check (status in ('active', 'paused', 'archived')),
    gate boolean not null default false,
    on_exit jsonb not null default '{}',
    send_window jsonb,
    no_engagement_after_days int not null default 7 check (no_engagement_after_days >= 0),
    layout jsonb,
    current_revision int not null default 0,
    version int not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (not gate or owner_role = 'roles.bdr'),
    check (jsonb_typeof(on_exit) = 'object')
);

-- A published, immutable set of steps; enrollments follow the revision they started on.
create table campaign_revisions (
    campaign_id uuid not null references campaigns (id) on delete cascade,
    revision int not null check (revision >= 1),
    message text not null default '',
    author text not null default current_user,
    created_at timestamptz not null default now(),
    primary key (campaign_id, revision)
);

create table campaign_steps (
    id uuid primary key default gen_random_uuid(),
    campaign_id uuid not null references campaigns (id) on delete cascade,
    revision int not null,
    step_number int not null check (step_number >= 1),
    delay_days int not null check (delay_days >= 0),
    delay_minutes int not null default 0 check (delay_minutes >= 0),
    channel text not null check (channel in ('email', 'linkedin', 'sms', 'voice')),
    content_type text not null check (content_type <> ''),
    template_instructions text not null,
    handler text check (handler in ('ivr', 'voicebot', 'human_agent')),
    on_outcome jsonb not null default '{}',
    unique (campaign_id, revision, step_number),
    foreign key (campaign_id, revision) references campaign_revisions (campaign_id, revision)
        on delete cascade,
    check (handler is null or channel = 'voice')
);

create table contacts (
    id text primary key check (id <> ''),
    client_id text not null check (client_id <> ''),
    first_name text,
    last_name text,
    email text,
    phone text,
    linkedin_url text,
    company text,
    title text,
    time_zone text not null default 'UTC',
    attributes jsonb not null default '{}',
    do_not_contact boolean not null default false,
    created_at timestamptz not null default now(),
    check (jsonb_typeof(attributes) = 'object')
);

-- Contacts who unsubscribed from a client: never touched again for that client.
create table suppressions (
    client_id text not null,
    contact_id text not null references contacts (id) on delete cascade,
    reason text not null,
    created_at timestamptz not null default now(),
    primary key (client_id, contact_id)
);

create table campaign_contacts (
    id uuid primary key default gen_random_uuid(),
    contact_id text not null references contacts (id),
    campaign_id uuid not null references campaigns (id),
    client_id text not null,
    revision int not null,
    status text not null default 'active'
        check (status in ('active', 'converted', 'rejected', 'timed_out')),
    current_step int not null default 1 check (current_step >= 1),
    attempt int not null default 1 check (attempt >= 1),
    next_send_at timestamptz,
    last_fired_at timestamptz,
    enrolled_at timestamptz not null default now(),
    exited_at timestamptz,
    exit_reason text,
    goal text check (goal in ('awareness', 'pipeline', 'credibility', 'marketing_relief')),
    notes text,
    previous_enrollment_id uuid references campaign_contacts (id),
    foreign key (campaign_id, revision) references campaign_revisions (campaign_id, revision),
    check ((status = 'active') = (exited_at is null))
);

-- One ACTIVE enrollment per contact and campaign; exited rows are history.
create unique index campaign_contacts_active_uniq
    on campaign_contacts (contact_id, campaign_id) where status = 'active';
-- The scheduler's due scan: status = 'active' and next_send_at <= $now, in (time, id) order.
create index campaign_contacts_due
    on campaign_contacts (next_send_at, id) where status = 'active';
create index campaign_contacts_campaign on campaign_contacts (campaign_id, status);

create table staged_drafts (
    id uuid primary key default gen_random_uuid(),
    client_id text not null,
    -- contact and campaign repeat the enrollment's, for reading; the enrollment is the key
    contact_id text not null,
    campaign_id uuid not null,
    -- no foreign key: written only by the engine, in the statement that advances this
    -- enrollment; the per-row check cost a fifth of the firing rate
    enrollment_id uuid,
    step_number int not null,
    channel text not null,
    subject text not null default '',
    body text not null default '',
    unknown_placeholders text[] not null default '{}',
    status text not null default 'pending_review'
        check (status in ('pending_review', 'approved', 'rejected', 'sent')),
    reviewer text,
    reviewed_at timestamptz,
    reject_reason text,
    edited boolean not null default false,
    created_at timestamptz not null default now()
);
create index staged_drafts_review on staged_drafts (status, created_at);

create table outbound_queue (
    id uuid primary key default gen_random_uuid(),
    enrollment_id uuid not null references campaign_contacts (id),
    client_id text not null,
    -- contact and campaign repeat the enrollment's, for reading; the enrollment is the key
    contact_id text not null,
    campaign_id uuid not null,
    step_number int not null,
    attempt int not null default 1,
    channel text not null,
    handler text,
    staged_draft_id uuid, -- written with its draft in one statement (see staged_drafts)
    scheduled_at timestamptz not null,
    sent_at timestamptz,
    status text not null default 'pending'
        check (status in ('pending', 'drafted', 'approved', 'sent', 'failed')),
    error text,
    created_at timestamptz not null default now(),
    -- never two items for the same touch
    unique (enrollment_id, step_number, attempt)
);
create index outbound_queue_open on outbound_queue (scheduled_at) where status in ('pending', 'approved');

create table step_outcomes (
    id bigint generated always as identity primary key,
    enrollment_id uuid not null references campaign_contacts (id),
    campaign_id uuid not null references campaigns (id),
    revision int not null,
    step_number int not null,
    attempt int not null default 1,
    outbound_id uuid references outbound_queue (id),
    outcome text not null,
    intent text,
    occurred_at timestamptz not null default now(),
    recorded_at timestamptz not null default now()
);
create index step_outcomes_breakdown on step_outcomes (campaign_id, step_number, outcome);
create index step_outcomes_enrollment on step_outcomes (enrollment_id);

create table tasks (
    id uuid primary key default gen_random_uuid(),
    type text not null
        check (type in ('enroll_contact', 'execute_sequence_step', 'process_reply', 'exit_contact')),
    status text not null default 'pending' check (status in ('pending', 'in_progress', 'done', 'failed')),
    assigned_role text,
    enrollment_id uuid, -- an append-only work log: no per-row foreign key check
    payload jsonb not null default '{}',
    created_at timestamptz not null default now(),
    completed_at timestamptz
);
create index tasks_open on tasks (status, type) where status in ('pending', 'in_progress');

-- Append-only: who approved, rejected, edited, imported, enrolled.
create table audit_log (
    id bigint generated always as identity primary key,
    at timestamptz not null default now(),
    actor text not null default current_user,
    action text not null,
    subject text not null default '',
    detail jsonb not null default '{}'
);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;

create trigger audit_log_no_change before update or delete on audit_log
    for each statement execute function audit_log_append_only();
