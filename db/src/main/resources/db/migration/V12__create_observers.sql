-- Observers: Telegram users an admin has made observers for some districts. In the bot
-- they issue invitation links for booths in those districts.
create table observer (
    id               bigserial    primary key,
    telegram_user_id bigint       not null unique,
    name             varchar(100) not null,
    district_codes   varchar(32)[] not null,
    created_at       timestamptz  not null,
    revoked_at       timestamptz,
    version          integer      not null,
    constraint observer_has_districts check (cardinality(district_codes) > 0)
);
