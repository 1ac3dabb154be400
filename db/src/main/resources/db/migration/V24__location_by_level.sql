-- Children tables find a place's child locations by level: a district's assemblies, a
-- state's districts, India's states, a district's booths. Without this index they were
-- found by scanning every location (a million booths); the partial booth indexes serve
-- only a query whose level is written in, not a prepared statement's parameter.
create index location_by_level on location (level, state_code, district_code);
