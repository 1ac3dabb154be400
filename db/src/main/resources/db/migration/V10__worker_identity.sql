-- Who may answer: a worker joins by an invitation (a Telegram deep link that admits to
-- one booth) or by sharing their own phone number when it is on the imported roster.

create table invitation (
    code       varchar(64)  primary key check (code ~ '^[A-Za-z0-9_-]{1,64}$'),
    booth_code varchar(32)  not null references location (code),
    max_uses   integer      check (max_uses is null or max_uses > 0),
    uses       integer      not null check (uses >= 0),
    expires_at timestamptz,
    revoked_at timestamptz,
    created_by varchar(200),
    created_at timestamptz  not null,
    version    integer      not null,
    constraint uses_within_max_uses check (max_uses is null or uses <= max_uses)
);

create index invitation_by_booth on invitation (booth_code);

-- The roster of workers by their ten-digit Indian mobile number (no +91, no leading 0).
create table roster_entry (
    phone       varchar(10)  primary key check (phone ~ '^[6-9][0-9]{9}$'),
    name        varchar(100),
    booth_code  varchar(32)  not null references location (code),
    imported_at timestamptz  not null,
    version     integer      not null
);

create index roster_entry_by_booth on roster_entry (booth_code);

-- How a worker joined; null for workers who registered before joining was restricted.
-- A forgotten worker keeps their row (and booth) for counting, without name, phone,
-- chat or Telegram user id (replaced by minus the row's id, never a Telegram id).
alter table worker
    add column phone           varchar(10) check (phone ~ '^[6-9][0-9]{9}$'),
    add column joined_via      varchar(16) check (joined_via in ('INVITATION', 'CONTACT')),
    add column invitation_code varchar(64) references invitation (code),
    add column forgotten_at    timestamptz,
    add constraint joined_by_invitation_has_code
        check (joined_via <> 'INVITATION' or invitation_code is not null or forgotten_at is not null),
    add constraint joined_by_contact_has_phone
        check (joined_via <> 'CONTACT' or phone is not null or forgotten_at is not null);

create unique index worker_by_phone on worker (phone) where phone is not null;
create index worker_by_invitation on worker (invitation_code);
