-- Questionnaires written as YAML: every question type, hints, optional questions and
-- skip logic; answers for multiple choice and nominations.
alter table questionnaire
    add column definition   text,
    add column created_at   timestamptz not null default now(),
    add column published_at timestamptz,
    add column closed_at    timestamptz;

alter table question drop constraint question_type_check;
alter table question
    add constraint question_type_check check (type in
        ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'YES_NO', 'RATING', 'NUMBER', 'TEXT', 'NOMINATION')),
    add column hint_en            text,
    add column hint_hi            text,
    add column required           boolean not null default true,
    add column max_choices        integer,
    add column condition_question varchar(64),
    add column condition_any_of   varchar(64)[],
    add column condition_at_least integer,
    add column condition_at_most  integer;

alter table answer drop constraint answer_has_one_value;
alter table answer
    add column option_keys varchar(64)[],
    add column phone       varchar(20),
    add constraint answer_has_one_value
        check (num_nonnulls(option_key, number_value, text_value, option_keys) = 1),
    add constraint phone_only_with_a_name check (phone is null or text_value is not null);

alter table questionnaire_run drop constraint questionnaire_run_status_check;
alter table questionnaire_run
    add constraint questionnaire_run_status_check check (status in ('IN_PROGRESS', 'COMPLETED', 'EXPIRED')),
    add column confirming       boolean        not null default false,
    add column skipped          varchar(64)[]  not null default '{}',
    add column selection        varchar(64)[]  not null default '{}',
    add column last_activity_at timestamptz,
    add column reminded_at      timestamptz;

update questionnaire_run set last_activity_at = started_at;
alter table questionnaire_run alter column last_activity_at set not null;

create unique index one_run_in_progress_per_worker on questionnaire_run (worker_id) where status = 'IN_PROGRESS';
create index run_quiet_since on questionnaire_run (last_activity_at)
    where status = 'IN_PROGRESS' and reminded_at is null;
create index run_started_in_progress on questionnaire_run (started_at) where status = 'IN_PROGRESS';
