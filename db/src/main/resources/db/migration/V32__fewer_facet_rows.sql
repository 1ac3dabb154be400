-- Fewer facet rows for the fold to keep. Most answers are a single option or a number,
-- and each of them also counted in the question's 'answers' row: about four in ten of
-- the rows the fold upserted were those counts. The stored facets now say it once:
--   facet 'option'    value option key    single choice and yes/no (one per answer)
--   facet 'number'    value '17'          numbers and ratings (one per answer)
--   facet 'choice'    value option key    each key of a multiple choice
--   facet 'answers'   value ''            answers that are neither an option nor a number
-- (the other facets as in V18). rollup_answer_facets still returns what V18 describes:
-- a question's 'answers' is the sum of its 'answers', 'option' and 'number' rows, and a
-- multiple choice's keys come back as 'option'.
--
-- The fold also expands each queued answer into its facets once (not once per level) and
-- sums them by assembly before adding them to the four levels.
--
-- Districts keep only their total respondents and completed runs (dimension 'all', what
-- children tables read), not those by group (age band, gender, social category,
-- minority). A run moves these rows twice, at its first answer and when it completes,
-- and each time it moved 16 of them: its booth, and its assembly, district and state in
-- total and by four groups. A district's rows were rarely shared with the other runs of
-- the same fold (a state's are, by thousands), so they cost an upsert each. A district's
-- participation by group is now the sum of its assemblies' rows (about five), read by the
-- district index.
--
-- The roll-ups are rebuilt at the end, in the new form, with a quarter of every page left
-- free: a rebuilt table's pages were full, so each count the fold changed was written to
-- another page with new index entries, until the pages had made room by themselves.
create or replace function rollup_facets(option_key varchar, option_keys varchar[], number_value integer, name text,
                                         text_language varchar, sentiment varchar, themes varchar[], terms text[],
                                         person_key varchar)
    returns table (facet varchar, value varchar, label varchar)
    language sql immutable as $$
    select f.facet, f.value, f.label
    from unnest(
        array['answers', 'option', 'number', 'language', 'sentiment', 'nominee']::varchar[]
            || array_fill('choice'::varchar, array[coalesce(cardinality(option_keys), 0)])
            || array_fill('theme'::varchar, array[coalesce(cardinality(themes), 0)])
            || array_fill('term'::varchar, array[coalesce(cardinality(terms), 0)]),
        array[case when option_key is null and number_value is null then '' end, option_key, number_value::text,
              text_language, sentiment, case when person_key <> '' then person_key end]::varchar[]
            || coalesce(option_keys, '{}') || coalesce(themes, '{}') || coalesce(terms::varchar(200)[], '{}'),
        array['', '', '', '', '', left(coalesce(name, ''), 200)]::varchar[]
            || array_fill(''::varchar, array[coalesce(cardinality(option_keys), 0)
                                             + coalesce(cardinality(themes), 0) + coalesce(cardinality(terms), 0)])
    ) as f(facet, value, label)
    where f.value is not null
$$;

-- What a summary reads: the stored facets in the form V18 describes.
alter function rollup_answer_facets(bigint[], varchar) rename to rollup_stored_facets;

create function rollup_answer_facets(questionnaire_ids bigint[], location varchar)
    returns table (question_key varchar, facet varchar, value varchar, label varchar, count bigint)
    language sql stable as $$
    with stored as (select * from rollup_stored_facets(questionnaire_ids, location))
    select s.question_key, case when s.facet = 'choice' then 'option' else s.facet end::varchar, s.value, s.label,
           sum(s.count)::bigint
    from stored s
    where s.facet <> 'answers'
    group by 1, 2, 3, 4
    union all
    select s.question_key, 'answers'::varchar, ''::varchar, ''::varchar, sum(s.count)::bigint
    from stored s
    where s.facet in ('answers', 'option', 'number')
    group by 1
$$;

-- As in V19 (renamed by V31), with a question's 'answers' counted only for answers that
-- are neither an option nor a number, and districts' run rows in total only.
create or replace function rollup_rebuild_to_states() returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(72680601);
    truncate rollup_roster, rollup_runs, rollup_answers, rollup_run, rollup_answer_delta, rollup_worker_delta,
        rollup_run_dirty;

    insert into rollup_roster (state_code, location_code, level, parent_code, district_code, dimension, value, workers)
    select state_code, booth_code, 'BOOTH', assembly_code, district_code, 'all', '', count(*)
    from worker
    where status = 'ACTIVE' and state_code is not null and district_code is not null
      and assembly_code is not null and booth_code is not null
    group by state_code, district_code, assembly_code, booth_code;

    insert into rollup_roster (state_code, location_code, level, parent_code, district_code, dimension, value, workers)
    select state_code, assembly_code, 'ASSEMBLY', district_code, district_code,
           case when grouping(age_band) = 0 then 'age_band' when grouping(gender) = 0 then 'gender'
                when grouping(social_category) = 0 then 'social_category'
                when grouping(minority) = 0 then 'minority' else 'all' end,
           case when grouping(age_band) = 0 then coalesce(age_band, 'unknown')
                when grouping(gender) = 0 then coalesce(gender, 'unknown')
                when grouping(social_category) = 0 then coalesce(social_category, 'unknown')
                when grouping(minority) = 0 then case when minority then 'yes' when not minority then 'no'
                                                      else 'unknown' end
                else '' end,
           count(*)
    from worker
    where status = 'ACTIVE' and state_code is not null and district_code is not null
      and assembly_code is not null and booth_code is not null
    group by state_code, district_code, assembly_code,
             grouping sets ((), (age_band), (gender), (social_category), (minority));

    insert into rollup_roster (state_code, location_code, level, parent_code, district_code, dimension, value, workers)
    select state_code, district_code, 'DISTRICT', state_code, district_code, dimension, value, sum(workers)
    from rollup_roster where level = 'ASSEMBLY'
    group by state_code, district_code, dimension, value;

    insert into rollup_roster (state_code, location_code, level, parent_code, district_code, dimension, value, workers)
    select state_code, state_code, 'STATE', 'IN', null, dimension, value, sum(workers)
    from rollup_roster where level = 'DISTRICT'
    group by state_code, dimension, value;

    insert into rollup_run (state_code, run_id, questionnaire_id, district_code, assembly_code, booth_code, respondent,
                            completed, age_band, gender, social_category, minority)
    select r.state_code, r.id, r.questionnaire_id, r.district_code, r.assembly_code, r.booth_code,
           exists (select 1 from answer a where a.run_id = r.id), r.status = 'COMPLETED',
           w.age_band, w.gender, w.social_category, w.minority
    from questionnaire_run r join worker w on w.id = r.worker_id;

    insert into rollup_runs (state_code, questionnaire_id, location_code, level, parent_code, district_code, dimension,
                             value, respondents, completed)
    select state_code, questionnaire_id, booth_code, 'BOOTH', assembly_code, district_code, 'all', '',
           count(*) filter (where respondent), count(*) filter (where completed)
    from rollup_run
    where respondent or completed
    group by state_code, questionnaire_id, district_code, assembly_code, booth_code;

    insert into rollup_runs (state_code, questionnaire_id, location_code, level, parent_code, district_code, dimension,
                             value, respondents, completed)
    select state_code, questionnaire_id, assembly_code, 'ASSEMBLY', district_code, district_code,
           case when grouping(age_band) = 0 then 'age_band' when grouping(gender) = 0 then 'gender'
                when grouping(social_category) = 0 then 'social_category'
                when grouping(minority) = 0 then 'minority' else 'all' end,
           case when grouping(age_band) = 0 then coalesce(age_band, 'unknown')
                when grouping(gender) = 0 then coalesce(gender, 'unknown')
                when grouping(social_category) = 0 then coalesce(social_category, 'unknown')
                when grouping(minority) = 0 then case when minority then 'yes' when not minority then 'no'
                                                      else 'unknown' end
                else '' end,
           count(*) filter (where respondent), count(*) filter (where completed)
    from rollup_run
    where respondent or completed
    group by state_code, questionnaire_id, district_code, assembly_code,
             grouping sets ((), (age_band), (gender), (social_category), (minority));

    insert into rollup_runs (state_code, questionnaire_id, location_code, level, parent_code, district_code, dimension,
                             value, respondents, completed)
    select state_code, questionnaire_id, district_code, 'DISTRICT', state_code, district_code, dimension, value,
           sum(respondents), sum(completed)
    from rollup_runs where level = 'ASSEMBLY' and dimension = 'all'
    group by state_code, questionnaire_id, district_code, dimension, value;

    insert into rollup_runs (state_code, questionnaire_id, location_code, level, parent_code, district_code, dimension,
                             value, respondents, completed)
    select state_code, questionnaire_id, state_code, 'STATE', 'IN', null, dimension, value, sum(respondents),
           sum(completed)
    from rollup_runs where level = 'ASSEMBLY'
    group by state_code, questionnaire_id, dimension, value;

    -- Answers: one pass for counts, options and numbers; the few rows with arrays, text
    -- analysis or a nominee get the full facet expansion.
    create temp table rollup_rebuild_base on commit drop as
    select r.state_code, r.questionnaire_id, r.assembly_code, a.question_key, a.option_key, a.number_value,
           count(*) as n
    from answer a join questionnaire_run r on r.id = a.run_id
    group by 1, 2, 3, 4, 5, 6;

    insert into rollup_answers (state_code, questionnaire_id, location_code, level, question_key, facet, value, label,
                                count)
    select state_code, questionnaire_id, assembly_code, 'ASSEMBLY', question_key, f.facet, f.value, '', sum(n)
    from rollup_rebuild_base
    cross join lateral (values ('answers'::varchar, case when option_key is null and number_value is null then ''
                                                    end::varchar), ('option', option_key),
                               ('number', number_value::text)) f(facet, value)
    where f.value is not null
    group by 1, 2, 3, 5, 6, 7;

    insert into rollup_answers as t (state_code, questionnaire_id, location_code, level, question_key, facet, value,
                                     label, count)
    select r.state_code, r.questionnaire_id, r.assembly_code, 'ASSEMBLY', a.question_key, f.facet, f.value, f.label,
           count(*)
    from answer a join questionnaire_run r on r.id = a.run_id
    cross join lateral rollup_facets(null, a.option_keys, null,
                                     case when a.person_key is not null then a.text_value end, a.text_language,
                                     a.sentiment, a.themes, a.terms, a.person_key) f
    where (a.option_keys is not null or a.text_language is not null or a.sentiment is not null
           or a.themes is not null or a.terms is not null or a.person_key is not null)
      and f.facet <> 'answers'
    group by 1, 2, 3, 5, 6, 7, 8
    on conflict (state_code, questionnaire_id, location_code, question_key, facet, value, label)
        do update set count = t.count + excluded.count;

    insert into rollup_answers (state_code, questionnaire_id, location_code, level, question_key, facet, value, label,
                                count)
    select a.state_code, a.questionnaire_id, l.district_code, 'DISTRICT', a.question_key, a.facet, a.value, a.label,
           sum(a.count)
    from rollup_answers a join location l on l.code = a.location_code
    where a.level = 'ASSEMBLY'
    group by 1, 2, 3, 5, 6, 7, 8;

    insert into rollup_answers (state_code, questionnaire_id, location_code, level, question_key, facet, value, label,
                                count)
    select a.state_code, a.questionnaire_id, a.state_code, 'STATE', a.question_key, a.facet, a.value, a.label,
           sum(a.count)
    from rollup_answers a
    where a.level = 'DISTRICT'
    group by 1, 2, 3, 5, 6, 7, 8;
end $$;

-- As in V31, with each queued answer's facets expanded once and summed by assembly, and
-- districts' run rows in total only.
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

alter table rollup_answers set (fillfactor = 75);
alter table rollup_runs set (fillfactor = 75);
alter table rollup_roster set (fillfactor = 75);
alter table rollup_run set (fillfactor = 75);

select rollup_rebuild();
