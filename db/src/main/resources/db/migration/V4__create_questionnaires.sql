-- Questionnaires are data: every text in Hindi and English.
create table questionnaire (
    id         bigserial    primary key,
    slug       varchar(64)  not null,
    version    integer      not null check (version > 0),
    status     varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED', 'CLOSED')),
    title_en   varchar(200) not null,
    title_hi   varchar(200) not null,
    intro_en   text         not null,
    intro_hi   text         not null,
    closing_en text         not null,
    closing_hi text         not null,
    unique (slug, version)
);

create table question (
    id               bigserial   primary key,
    questionnaire_id bigint      not null references questionnaire (id) on delete cascade,
    position         integer     not null,
    key              varchar(64) not null,
    type             varchar(16) not null check (type in ('SINGLE_CHOICE', 'YES_NO', 'NUMBER', 'TEXT')),
    text_en          text        not null,
    text_hi          text        not null,
    min_value        integer,
    max_value        integer,
    max_length       integer,
    unique (questionnaire_id, position),
    unique (questionnaire_id, key)
);

create table question_option (
    question_id bigint       not null references question (id) on delete cascade,
    position    integer      not null,
    key         varchar(64)  not null,
    label_en    varchar(200) not null,
    label_hi    varchar(200) not null,
    primary key (question_id, position),
    unique (question_id, key)
);
