-- What delivery needs beside the outbox table.
-- A claimed row (SENDING) carries the time its claim runs out: a row still SENDING after
-- that belonged to a sender that died mid-send. Such a row is never sent again (its
-- request may have reached Telegram); it is recorded as sent, unconfirmed.
alter table outbox_message add column claimed_until timestamptz;
create index outbox_sending on outbox_message (claimed_until) where status = 'SENDING';

-- A worker who blocked the bot (Telegram answered 403). Broadcasts and reminders to
-- them stop; a message from them clears it when a reply to it goes through.
alter table worker add column unreachable_at timestamptz;
create index worker_by_chat on worker (chat_id);

-- The global send rate shared by every bot instance (Bucket4j's PostgreSQL proxy
-- manager keeps the token bucket's state here).
create table delivery_bucket (
    id    bigint primary key,
    state bytea
);
