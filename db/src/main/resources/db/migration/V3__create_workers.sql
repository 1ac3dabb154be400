-- Workers who talk to the bot. During registration location_code holds the most
-- specific place chosen so far; once a booth is chosen the worker is ACTIVE and the
-- booth with its ancestors is copied into the path columns.
create table worker (
    id               bigserial    primary key,
    telegram_user_id bigint       not null unique,
    chat_id          bigint       not null,
    name             varchar(100),
    language         varchar(2)   check (language in ('hi', 'en')),
    status           varchar(16)  not null check (status in ('REGISTERING', 'ACTIVE')),
    location_code    varchar(32)  references location (code),
    state_code       varchar(32),
    district_code    varchar(32),
    assembly_code    varchar(32),
    booth_code       varchar(32)  references location (code),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          integer      not null,
    constraint active_worker_has_booth check (status <> 'ACTIVE' or booth_code is not null)
);

create index worker_by_booth on worker (booth_code);
create index worker_by_assembly on worker (assembly_code);
create index worker_by_district on worker (district_code);
