-- All of India's answer facets, kept like a state's: one row per facet value under
-- state_code and location_code 'IN', level COUNTRY. A summary of India then reads about
-- 160 rows instead of adding up some 6,000 rows of 36 states. A row trigger keeps the
-- country rows equal to the sum of the state rows: the fold and the rebuild write state
-- rows (never deleting them), and every change of a state row's count is added to its
-- country row. The country rows sit on one shard once distributed; they are few.
alter table rollup_answers drop constraint rollup_answers_level_check;
alter table rollup_answers add constraint rollup_answers_level_check
    check (level in ('COUNTRY', 'STATE', 'DISTRICT', 'ASSEMBLY'));

insert into rollup_answers (state_code, questionnaire_id, location_code, level, question_key, facet, value, label,
                            count)
select 'IN', questionnaire_id, 'IN', 'COUNTRY', question_key, facet, value, label, sum(count)
from rollup_answers
where level = 'STATE'
group by questionnaire_id, question_key, facet, value, label;

create function rollup_answers_to_country() returns trigger language plpgsql as $$
begin
    insert into rollup_answers as a (state_code, questionnaire_id, location_code, level, question_key, facet, value,
                                     label, count)
    values ('IN', new.questionnaire_id, 'IN', 'COUNTRY', new.question_key, new.facet, new.value, new.label,
            case when tg_op = 'INSERT' then new.count else new.count - old.count end)
    on conflict (state_code, questionnaire_id, location_code, question_key, facet, value, label)
        do update set count = a.count + excluded.count;
    return null;
end $$;

create trigger rollup_answers_country_inserted after insert on rollup_answers
    for each row when (new.level = 'STATE') execute function rollup_answers_to_country();
create trigger rollup_answers_country_updated after update of count on rollup_answers
    for each row when (new.level = 'STATE' and new.count <> old.count) execute function rollup_answers_to_country();

-- India's facets from its own rows; everything else as before.
create or replace function rollup_answer_facets(questionnaire_ids bigint[], location varchar)
    returns table (question_key varchar, facet varchar, value varchar, label varchar, count bigint)
    language plpgsql stable as $$
#variable_conflict use_column
declare
    found_level varchar;
    found_state varchar;
begin
    if location = 'IN' then
        return query
            select a.question_key, a.facet, a.value, a.label, sum(a.count)::bigint
            from rollup_answers a
            where a.state_code = 'IN' and a.questionnaire_id = any (questionnaire_ids) and a.location_code = 'IN'
            group by 1, 2, 3, 4 having sum(a.count) > 0;
        return;
    end if;
    select l.level, l.state_code into found_level, found_state from location l where l.code = location;
    if found_level = 'BOOTH' then
        return query
            select a.question_key, f.facet, f.value, f.label, count(*)::bigint
            from questionnaire_run r join answer a on a.run_id = r.id
            cross join lateral rollup_facets(a.option_key, a.option_keys, a.number_value,
                                             case when a.person_key is not null then a.text_value end,
                                             a.text_language, a.sentiment, a.themes, a.terms, a.person_key) f
            where r.questionnaire_id = any (questionnaire_ids) and r.booth_code = location
            group by 1, 2, 3, 4;
    elsif found_level is not null then
        return query
            select a.question_key, a.facet, a.value, a.label, sum(a.count)::bigint
            from rollup_answers a
            where a.state_code = found_state and a.questionnaire_id = any (questionnaire_ids)
              and a.location_code = location
            group by 1, 2, 3, 4 having sum(a.count) > 0;
    end if;
end $$;
