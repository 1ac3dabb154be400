-- Districts keep only their total respondents and completed runs (dimension 'all', what
-- children tables read), not those by group (age band, gender, social category,
-- minority). A run moves these rows twice, at its first answer and when it completes,
-- and each time it moved 16 of them: its booth, and its assembly, district and state in
-- total and by four groups. A district's rows were rarely shared with the other runs of
-- the same fold (a state's are, by thousands), so they cost an upsert each. A district's
-- participation by group is now the sum of its assemblies' rows (about five), read by the
-- district index.
delete from rollup_runs where level = 'DISTRICT' and dimension <> 'all';

-- As in V31, without districts' run rows by group.
create or replace function rollup_rebuild() returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(72680601);
    perform rollup_rebuild_to_states();
    insert into rollup_answers (state_code, questionnaire_id, location_code, level, question_key, facet, value, label,
                                count)
    select 'IN', questionnaire_id, 'IN', 'COUNTRY', question_key, facet, value, label, sum(count)
    from rollup_answers
    where level = 'STATE'
    group by questionnaire_id, question_key, facet, value, label;
    delete from rollup_runs where level = 'DISTRICT' and dimension <> 'all';
end $$;

-- As in V32, without districts' run rows by group.
create or replace function rollup_fold(wait boolean default true) returns boolean language plpgsql as $$
begin
    if wait then
        perform pg_advisory_xact_lock(72680601);
    elsif not pg_try_advisory_xact_lock(72680601) then
        return false;
    end if;

    -- Roster; workers whose profile changed have their runs recomputed below.
    with taken as (delete from rollup_worker_delta returning *),
    marked as (
        insert into rollup_run_dirty (run_id)
        select r.id from questionnaire_run r where r.worker_id in (select worker_id from taken)),
    changes as (
        select t.state_code, l.level, l.code, l.parent, l.district, g.dimension, g.value, sum(t.sign) as n
        from taken t
        cross join lateral rollup_levels(t.state_code, t.district_code, t.assembly_code, t.booth_code) l
        cross join lateral rollup_groups(t.age_band, t.gender, t.social_category, t.minority) g
        where t.active and t.state_code is not null and t.district_code is not null
          and t.assembly_code is not null and t.booth_code is not null
          and (l.level <> 'BOOTH' or g.dimension = 'all')
        group by 1, 2, 3, 4, 5, 6, 7 having sum(t.sign) <> 0)
    insert into rollup_roster as r (state_code, location_code, level, parent_code, district_code, dimension, value,
                                    workers)
    select state_code, code, level, parent, district, dimension, value, n from changes
    on conflict (state_code, location_code, dimension, value) do update set workers = r.workers + excluded.workers;

    -- Answer facets, India's included; the runs whose answers changed are recomputed below.
    with taken as (delete from rollup_answer_delta returning *),
    marked as (
        insert into rollup_run_dirty (run_id)
        select distinct t.run_id from taken t
        where not exists (
            select 1 from rollup_run s
            where s.run_id = t.run_id
              and s.respondent = exists (select 1 from answer a where a.run_id = t.run_id))),
    located as (
        select t.*, coalesce(r.state_code, s.state_code) as state_code,
               coalesce(r.questionnaire_id, s.questionnaire_id) as questionnaire_id,
               coalesce(r.district_code, s.district_code) as district_code,
               coalesce(r.assembly_code, s.assembly_code) as assembly_code
        from taken t
        left join questionnaire_run r on r.id = t.run_id
        left join rollup_run s on r.id is null and s.run_id = t.run_id),
    by_assembly as (
        select t.state_code, t.questionnaire_id, t.district_code, t.assembly_code, t.question_key, f.facet, f.value,
               f.label, sum(t.sign) as n
        from located t
        cross join lateral rollup_facets(t.option_key, t.option_keys, t.number_value, t.name, t.text_language,
                                         t.sentiment, t.themes, t.terms, t.person_key) f
        where t.state_code is not null
        group by 1, 2, 3, 4, 5, 6, 7, 8 having sum(t.sign) <> 0),
    changes as (
        select l.shard as state_code, t.questionnaire_id, l.level, l.code, t.question_key, t.facet, t.value, t.label,
               sum(t.n) as n
        from by_assembly t
        cross join lateral (values ('ASSEMBLY'::varchar, t.assembly_code, t.state_code),
                                   ('DISTRICT', t.district_code, t.state_code), ('STATE', t.state_code, t.state_code),
                                   ('COUNTRY', 'IN', 'IN')) l(level, code, shard)
        group by 1, 2, 3, 4, 5, 6, 7, 8 having sum(t.n) <> 0)
    insert into rollup_answers as a (state_code, questionnaire_id, location_code, level, question_key, facet, value,
                                     label, count)
    select state_code, questionnaire_id, code, level, question_key, facet, value, label, n from changes
    on conflict (state_code, questionnaire_id, location_code, question_key, facet, value, label)
        do update set count = a.count + excluded.count;

    -- Runs: take off each dirty run's last contribution, add its contribution now.
    with taken as (delete from rollup_run_dirty returning run_id),
    ids as (select distinct run_id from taken),
    now_ as (
        select r.id as run_id, r.state_code, r.questionnaire_id, r.district_code, r.assembly_code, r.booth_code,
               exists (select 1 from answer a where a.run_id = r.id) as respondent,
               r.status = 'COMPLETED' as completed, w.age_band, w.gender, w.social_category, w.minority
        from ids join questionnaire_run r on r.id = ids.run_id join worker w on w.id = r.worker_id),
    before as (
        select s.run_id, s.state_code, s.questionnaire_id, s.district_code, s.assembly_code, s.booth_code,
               s.respondent, s.completed, s.age_band, s.gender, s.social_category, s.minority
        from ids join rollup_run s on s.run_id = ids.run_id),
    changes as (
        select c.state_code, c.questionnaire_id, l.level, l.code, l.parent, l.district, g.dimension, g.value,
               sum(c.sign * c.respondent::int) as respondents, sum(c.sign * c.completed::int) as completed
        from (select 1 as sign, * from now_ union all select -1, * from before) c
        cross join lateral rollup_levels(c.state_code, c.district_code, c.assembly_code, c.booth_code) l
        cross join lateral rollup_groups(c.age_band, c.gender, c.social_category, c.minority) g
        where l.level in ('ASSEMBLY', 'STATE') or g.dimension = 'all'
        group by 1, 2, 3, 4, 5, 6, 7, 8
        having sum(c.sign * c.respondent::int) <> 0 or sum(c.sign * c.completed::int) <> 0),
    saved as (
        insert into rollup_run as s (run_id, state_code, questionnaire_id, district_code, assembly_code, booth_code,
                                     respondent, completed, age_band, gender, social_category, minority)
        select run_id, state_code, questionnaire_id, district_code, assembly_code, booth_code, respondent, completed,
               age_band, gender, social_category, minority
        from now_
        on conflict (run_id, state_code) do update set respondent = excluded.respondent,
            completed = excluded.completed, age_band = excluded.age_band, gender = excluded.gender,
            social_category = excluded.social_category, minority = excluded.minority),
    gone as (
        delete from rollup_run s using ids
        where s.run_id = ids.run_id and not exists (select 1 from now_ where now_.run_id = s.run_id))
    insert into rollup_runs as r (state_code, questionnaire_id, location_code, level, parent_code, district_code,
                                  dimension, value, respondents, completed)
    select state_code, questionnaire_id, code, level, parent, district, dimension, value, respondents, completed
    from changes
    on conflict (state_code, questionnaire_id, location_code, dimension, value)
        do update set respondents = r.respondents + excluded.respondents, completed = r.completed + excluded.completed;

    return true;
end $$;

-- As in V19, with a district's respondents by group from its assemblies' rows.
create or replace function rollup_group_counts(questionnaire_ids bigint[], location varchar)
    returns table (dimension varchar, value varchar, workers bigint, respondents bigint, completed bigint)
    language plpgsql stable as $$
#variable_conflict use_column
declare
    found_level varchar;
    found_state varchar;
begin
    if location <> 'IN' then
        select l.level, l.state_code into found_level, found_state from location l where l.code = location;
        if found_level is null then
            return;
        end if;
    end if;
    if found_level = 'BOOTH' then
        return query
            with w as (
                select g.dimension, g.value, count(*)::bigint as workers
                from worker x
                cross join lateral rollup_groups(x.age_band, x.gender, x.social_category, x.minority) g
                where x.status = 'ACTIVE' and x.booth_code = location
                group by 1, 2),
            r as (
                select g.dimension, g.value,
                       count(*) filter (where exists (select 1 from answer a where a.run_id = x.id))::bigint
                           as respondents,
                       count(*) filter (where x.status = 'COMPLETED')::bigint as completed
                from questionnaire_run x join worker k on k.id = x.worker_id
                cross join lateral rollup_groups(k.age_band, k.gender, k.social_category, k.minority) g
                where x.questionnaire_id = any (questionnaire_ids) and x.booth_code = location
                group by 1, 2)
            select coalesce(w.dimension, r.dimension), coalesce(w.value, r.value), coalesce(w.workers, 0),
                   coalesce(r.respondents, 0), coalesce(r.completed, 0)
            from w full join r on r.dimension = w.dimension and r.value = w.value
            where coalesce(w.workers, 0) + coalesce(r.respondents, 0) + coalesce(r.completed, 0) > 0;
        return;
    end if;
    if location = 'IN' then
        return query
            with w as (
                select x.dimension, x.value, sum(x.workers)::bigint as workers
                from rollup_roster x where x.level = 'STATE'
                group by 1, 2),
            r as (
                select x.dimension, x.value, sum(x.respondents)::bigint as respondents,
                       sum(x.completed)::bigint as completed
                from rollup_runs x where x.level = 'STATE' and x.questionnaire_id = any (questionnaire_ids)
                group by 1, 2)
            select coalesce(w.dimension, r.dimension), coalesce(w.value, r.value), coalesce(w.workers, 0),
                   coalesce(r.respondents, 0), coalesce(r.completed, 0)
            from w full join r on r.dimension = w.dimension and r.value = w.value
            where coalesce(w.workers, 0) + coalesce(r.respondents, 0) + coalesce(r.completed, 0) > 0;
        return;
    end if;
    if found_level <> 'DISTRICT' then
        return query
            with w as (
                select x.dimension, x.value, x.workers
                from rollup_roster x where x.state_code = found_state and x.location_code = location),
            r as (
                select x.dimension, x.value, sum(x.respondents)::bigint as respondents,
                       sum(x.completed)::bigint as completed
                from rollup_runs x
                where x.state_code = found_state and x.questionnaire_id = any (questionnaire_ids)
                  and x.location_code = location
                group by 1, 2)
            select coalesce(w.dimension, r.dimension), coalesce(w.value, r.value), coalesce(w.workers, 0),
                   coalesce(r.respondents, 0), coalesce(r.completed, 0)
            from w full join r on r.dimension = w.dimension and r.value = w.value
            where coalesce(w.workers, 0) + coalesce(r.respondents, 0) + coalesce(r.completed, 0) > 0;
        return;
    end if;
    return query
        with w as (
            select x.dimension, x.value, x.workers
            from rollup_roster x where x.state_code = found_state and x.location_code = location),
        r as (
            select x.dimension, x.value, sum(x.respondents)::bigint as respondents,
                   sum(x.completed)::bigint as completed
            from rollup_runs x
            where x.state_code = found_state and x.questionnaire_id = any (questionnaire_ids)
              and x.location_code = location and x.dimension = 'all'
            group by 1, 2
            union all
            select x.dimension, x.value, sum(x.respondents)::bigint, sum(x.completed)::bigint
            from rollup_runs x
            where x.state_code = found_state and x.questionnaire_id = any (questionnaire_ids)
              and x.district_code = location and x.level = 'ASSEMBLY' and x.dimension <> 'all'
            group by 1, 2)
        select coalesce(w.dimension, r.dimension), coalesce(w.value, r.value), coalesce(w.workers, 0),
               coalesce(r.respondents, 0), coalesce(r.completed, 0)
        from w full join r on r.dimension = w.dimension and r.value = w.value
        where coalesce(w.workers, 0) + coalesce(r.respondents, 0) + coalesce(r.completed, 0) > 0;
end $$;
