-- Telegram updates recorded before they are acknowledged, so an instance that dies
-- mid-update loses nothing: any instance picks the row up again. A row lives from the
-- moment the update arrives until it is processed (or found stale) and is then deleted.
-- telegram_user_id is the sender: each worker's updates are processed one at a time,
-- lowest update_id first.
create table inbound_update (
    update_id        bigint      primary key,
    telegram_user_id bigint      not null,
    payload          jsonb       not null,
    received_at      timestamptz not null
);

create index inbound_update_by_sender on inbound_update (telegram_user_id, update_id);
create index inbound_update_by_age on inbound_update (received_at);

-- One row per sender: locked FOR UPDATE by the instance processing that sender's
-- updates, so two instances never process one worker at once, and holding the newest
-- update_id processed, so an update arriving after a newer one was processed is known
-- to be late.
create table inbound_sender (
    telegram_user_id bigint primary key,
    last_update_id   bigint not null default 0
);
