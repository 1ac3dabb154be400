-- The location hierarchy: state > district > assembly constituency > booth.
-- Every row carries the codes of its ancestors so that any level can be filtered
-- or grouped without walking the tree.
create table location (
    code          varchar(32)  primary key,
    level         varchar(16)  not null check (level in ('STATE', 'DISTRICT', 'ASSEMBLY', 'BOOTH')),
    parent_code   varchar(32)  references location (code),
    state_code    varchar(32)  not null,
    district_code varchar(32),
    assembly_code varchar(32),
    number        integer,
    name_en       varchar(200) not null,
    name_hi       varchar(200) not null,
    constraint location_parent_matches_level check ((level = 'STATE') = (parent_code is null))
);

create index location_by_parent on location (parent_code);
create index booth_by_state on location (state_code) where level = 'BOOTH';
create index booth_by_district on location (district_code) where level = 'BOOTH';
create index booth_by_assembly on location (assembly_code) where level = 'BOOTH';
