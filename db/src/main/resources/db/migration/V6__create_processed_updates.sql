-- Telegram update ids already handled: a redelivered update is recognised and skipped.
create table processed_update (
    update_id    bigint      primary key,
    processed_at timestamptz not null
);
