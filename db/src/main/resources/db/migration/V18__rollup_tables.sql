-- Roll-ups: summary figures per location kept up to date as answers arrive.
-- Every roll-up row carries its state (state_code, the distribution column for Citus)
-- and its location's level and parent, so a location's children are one index range;
-- rows of booths, assemblies and districts also carry their district (a district's
-- table of booths is one index range too).
-- India is the sum of the STATE rows (whose parent_code is 'IN').
--
-- Writers never update a roll-up row on the answer path: triggers append to the
-- *_delta / rollup_run_dirty queues (no shared hot rows, no lock contention), and
-- rollup_fold() folds the queues into the roll-ups set-wise (a scheduled job every
-- second, and on demand before a read that must see everything).

-- Active workers (the roster) per location, in total (dimension 'all', value '') and
-- by group: dimension 'age_band' ('18-35'|'36-50'|'51+'), 'gender'
-- ('FEMALE'|'MALE'|'OTHER'), 'social_category' ('SC'|'ST'|'OBC'|'GENERAL'),
-- 'minority' ('yes'|'no'); value 'unknown' when the worker did not say.
create table rollup_roster (
    state_code    varchar(32) not null,
    location_code varchar(32) not null,
    level         varchar(16) not null check (level in ('STATE', 'DISTRICT', 'ASSEMBLY', 'BOOTH')),
    parent_code   varchar(32) not null,
    district_code varchar(32),
    dimension     varchar(16) not null,
    value         varchar(16) not null,
    workers       bigint      not null,
    primary key (state_code, location_code, dimension, value)
);
create index rollup_roster_children on rollup_roster (state_code, parent_code, dimension, location_code);
create index rollup_roster_in_district on rollup_roster (state_code, district_code, level, dimension, location_code);
-- India: the 36 state rows, without reading the rest.
create index rollup_roster_states on rollup_roster (dimension, value) where level = 'STATE';

-- Runs per questionnaire version and location: respondents (runs with at least one
-- answer) and completed runs, in total (dimension 'all') and by the group of the
-- run's worker (dimensions and values as in rollup_roster).
create table rollup_runs (
    state_code       varchar(32) not null,
    questionnaire_id bigint      not null,
    location_code    varchar(32) not null,
    level            varchar(16) not null check (level in ('STATE', 'DISTRICT', 'ASSEMBLY', 'BOOTH')),
    parent_code      varchar(32) not null,
    district_code    varchar(32),
    dimension        varchar(16) not null,
    value            varchar(16) not null,
    respondents      bigint      not null,
    completed        bigint      not null,
    primary key (state_code, questionnaire_id, location_code, dimension, value)
);
create index rollup_runs_children on rollup_runs (state_code, questionnaire_id, parent_code, dimension, location_code);
create index rollup_runs_in_district on rollup_runs (state_code, questionnaire_id, district_code, level, dimension,
    location_code);
create index rollup_runs_states on rollup_runs (questionnaire_id, dimension, value) where level = 'STATE';

-- Answer facets per questionnaire version, location (ASSEMBLY, DISTRICT, STATE; a
-- booth is read from its few raw answers, see rollup_answer_facets) and question:
--   facet 'answers'   value ''            answers to the question
--   facet 'option'    value option key    single choice, yes/no, each key of a multiple choice
--   facet 'number'    value '17'          numbers and ratings: one row per value (histogram)
--   facet 'language'  value 'hi'|..      free text's language
--   facet 'sentiment' value 'POSITIVE'|.. free text's sentiment
--   facet 'theme'     value theme         free text's themes
--   facet 'term'      value term          free text's content terms
--   facet 'nominee'   value person key, label the name as written (count per spelling)
-- label is '' except for nominees. A count can fall to 0 (answers changed or removed).
create table rollup_answers (
    state_code       varchar(32)  not null,
    questionnaire_id bigint       not null,
    location_code    varchar(32)  not null,
    level            varchar(16)  not null check (level in ('STATE', 'DISTRICT', 'ASSEMBLY')),
    question_key     varchar(64)  not null,
    facet            varchar(16)  not null,
    value            varchar(200) not null,
    label            varchar(200) not null default '',
    count            bigint       not null,
    primary key (state_code, questionnaire_id, location_code, question_key, facet, value, label)
);
create index rollup_answers_states on rollup_answers (questionnaire_id, question_key, facet) where level = 'STATE';

-- What each run contributes to rollup_runs as of the last fold, so that a fold can
-- take off the old contribution and add the new one exactly.
create table rollup_run (
    state_code       varchar(32) not null,
    run_id           bigint      not null,
    questionnaire_id bigint      not null,
    district_code    varchar(32) not null,
    assembly_code    varchar(32) not null,
    booth_code       varchar(32) not null,
    respondent       boolean     not null,
    completed        boolean     not null,
    age_band         varchar(8),
    gender           varchar(8),
    social_category  varchar(8),
    minority         boolean,
    primary key (run_id, state_code)
);

-- Queues written by the triggers (V19) and emptied by rollup_fold(). No indexes, no
-- keys: appending is all the answer path pays.
create table rollup_answer_delta (
    run_id        bigint       not null,
    question_key  varchar(64)  not null,
    sign          smallint     not null,
    option_key    varchar(64),
    option_keys   varchar(64)[],
    number_value  integer,
    name          text,
    text_language varchar(8),
    sentiment     varchar(8),
    themes        varchar(48)[],
    terms         text[],
    person_key    varchar(200)
);

-- A worker's row before (sign -1) and after (sign +1) a change of status, booth or
-- profile; only active workers with a booth count on the roster.
create table rollup_worker_delta (
    worker_id       bigint      not null,
    sign            smallint    not null,
    active          boolean     not null,
    state_code      varchar(32),
    district_code   varchar(32),
    assembly_code   varchar(32),
    booth_code      varchar(32),
    age_band        varchar(8),
    gender          varchar(8),
    social_category varchar(8),
    minority        boolean
);

-- Runs whose contribution to rollup_runs may have changed (started, status changed,
-- answers changed, worker's profile changed).
create table rollup_run_dirty (
    run_id bigint not null
);
