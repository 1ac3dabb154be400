-- A worker's run through one questionnaire version. The booth and its ancestors are
-- copied in when the run starts, so summaries count the run where it was answered.
create table questionnaire_run (
    id               bigserial   primary key,
    worker_id        bigint      not null references worker (id),
    questionnaire_id bigint      not null references questionnaire (id),
    state_code       varchar(32) not null,
    district_code    varchar(32) not null,
    assembly_code    varchar(32) not null,
    booth_code       varchar(32) not null references location (code),
    status           varchar(16) not null check (status in ('IN_PROGRESS', 'COMPLETED')),
    position         integer     not null,
    started_at       timestamptz not null,
    completed_at     timestamptz,
    version          integer     not null,
    unique (worker_id, questionnaire_id)
);

create index run_by_booth on questionnaire_run (questionnaire_id, booth_code);
create index run_by_assembly on questionnaire_run (questionnaire_id, assembly_code);
create index run_by_district on questionnaire_run (questionnaire_id, district_code);

-- One answer per question per run: the primary key makes a second copy impossible.
create table answer (
    run_id       bigint      not null references questionnaire_run (id) on delete cascade,
    question_key varchar(64) not null,
    option_key   varchar(64),
    number_value integer,
    text_value   text,
    answered_at  timestamptz not null,
    primary key (run_id, question_key),
    constraint answer_has_one_value check (num_nonnulls(option_key, number_value, text_value) = 1)
);
