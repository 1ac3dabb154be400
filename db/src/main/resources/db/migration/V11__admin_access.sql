-- Who may use the admin API: bearer tokens, stored only as the SHA-256 of their value,
-- each with a role and the states or districts it covers (none: everything, admins only).
create table api_token (
    id         bigserial    primary key,
    name       varchar(100) not null,
    role       varchar(16)  not null check (role in ('ADMIN', 'COORDINATOR', 'OBSERVER')),
    scope      varchar(32)[] not null default '{}',
    token_hash char(64)     not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at timestamptz  not null,
    revoked_at timestamptz,
    constraint scoped_unless_admin check (role = 'ADMIN' or cardinality(scope) > 0)
);

-- Who did what through the admin API: which summary a token pulled, which tokens and
-- questionnaires an admin changed. The token's name is copied, so the trail reads on
-- its own. outcome is the HTTP status; null while the request is being answered.
create table audit_event (
    id         bigserial    primary key,
    at         timestamptz  not null,
    token_id   bigint       not null references api_token (id),
    token_name varchar(100) not null,
    action     varchar(64)  not null,
    target     varchar(500),
    outcome    integer
);

create index audit_event_by_at on audit_event (at desc);
create index audit_event_by_token on audit_event (token_id);
