-- Messages waiting to go to Telegram. A reply is queued in the same transaction that
-- stores the answer it follows, so nothing the bot decided to say is lost; senders on
-- any number of instances claim due rows with FOR UPDATE SKIP LOCKED. Within one chat,
-- messages go out in id order. Lower priority values go first: replies to a worker in
-- conversation (0) before reminders (1) before campaign broadcasts (2).
-- method and payload are a Bot API method and its JSON parameters.
-- Broadcasts carry the quiet hours (Asia/Kolkata wall-clock times) during which they wait.
create table outbox_message (
    id           bigserial    primary key,
    chat_id      bigint       not null,
    priority     smallint     not null check (priority between 0 and 2),
    method       varchar(32)  not null check (method in ('sendMessage', 'editMessageText')),
    payload      jsonb        not null,
    worker_id    bigint,
    campaign_id  bigint,
    not_before   timestamptz  not null,
    quiet_from   time,
    quiet_until  time,
    status       varchar(16)  not null default 'PENDING'
                 check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNREACHABLE')),
    attempts     integer      not null default 0,
    last_error   varchar(64),
    created_at   timestamptz  not null,
    sent_at      timestamptz,
    constraint quiet_hours_both_or_neither check ((quiet_from is null) = (quiet_until is null))
);

-- What a sender looks at: pending rows by priority and due time.
create index outbox_due on outbox_message (priority, not_before, id) where status = 'PENDING';
-- The earliest unsent message of a chat, which must go before the chat's later ones.
create index outbox_chat_order on outbox_message (chat_id, id) where status in ('PENDING', 'SENDING');
create index outbox_by_campaign on outbox_message (campaign_id, status) where campaign_id is not null;
