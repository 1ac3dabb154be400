-- Campaigns (survey rounds): one questionnaire version sent to every reachable active
-- worker of one location from a start time on. Invitations and reminders are outbox
-- messages carrying the campaign's id; the unique index below makes a second
-- invitation (priority 2) or a second reminder (priority 1) for the same worker impossible.
create table campaign (
    id                    bigserial    primary key,
    questionnaire_id      bigint       not null references questionnaire (id),
    scope_code            varchar(32)  not null references location (code),
    starts_at             timestamptz  not null,
    reminder_delay_secs   bigint       not null check (reminder_delay_secs > 0),
    expires_at            timestamptz  not null,
    quiet_from            time,
    quiet_until           time,
    paid_broadcast        boolean      not null,
    created_by            varchar(200) not null,
    status                varchar(16)  not null check (status in ('PLANNED', 'STARTED', 'CLOSED')),
    targeted              integer      check (targeted >= 0),
    created_at            timestamptz  not null,
    started_at            timestamptz,
    closed_at             timestamptz,
    version               integer      not null,
    constraint campaign_expires_after_start check (expires_at > starts_at),
    constraint campaign_quiet_hours_both_or_neither check ((quiet_from is null) = (quiet_until is null)),
    constraint campaign_started_has_targeted check (status = 'PLANNED' or targeted is not null)
);

alter table questionnaire_run add column campaign_id bigint references campaign (id);
create index run_by_campaign on questionnaire_run (campaign_id) where campaign_id is not null;

create unique index outbox_one_per_campaign_worker on outbox_message (campaign_id, worker_id, priority)
    where campaign_id is not null;

-- The broadcast rate the bot's senders are configured with, written by the bot at start,
-- so that the admin API (another process) estimates completion times at the real rate.
create table delivery_rate (
    id                       boolean     primary key default true check (id),
    messages_per_second      integer     not null check (messages_per_second > 0),
    paid_messages_per_second integer     not null check (paid_messages_per_second > 0),
    updated_at               timestamptz not null
);
