package org.samvad.admin.summary;

import java.util.List;
import org.samvad.db.location.LocationLevel;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The summary counts read straight from the raw tables with GROUP BY, as summaries were
 * read before the roll-ups: the reference the roll-up reading must equal.
 */
class NaiveSummaryQueries implements SummarySource {

    private final JdbcClient jdbc;

    NaiveSummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Overview overview(Subject subject, Place place) {
        return new Overview(headline(subject, place), participation(subject, place));
    }

    private Counts headline(Subject subject, Place place) {
        return jdbc.sql("""
                        select (select count(*) from worker w where w.status = 'ACTIVE' and %1$s) as roster,
                               count(*) filter (where exists (select 1 from answer a where a.run_id = r.id))
                                   as respondents,
                               count(*) filter (where r.status = 'COMPLETED') as completed
                        from questionnaire_run r
                        where r.questionnaire_id in (:questionnaires) and %2$s""".formatted(
                        place.within("w"), place.within("r")))
                .param("questionnaires", subject.questionnaireIds())
                .param("code", place.code())
                .query(Counts.class)
                .single();
    }

    @Override
    public List<ChildCounts> below(Subject subject, Place place, LocationLevel level) {
        String column = Place.column(level);
        return jdbc.sql("""
                        select c.code, c.level, c.name_en, c.name_hi,
                               (select count(*) from worker w where w.status = 'ACTIVE' and w.%1$s = c.code)
                                   as roster,
                               (select count(*) from questionnaire_run r
                                 where r.questionnaire_id in (:questionnaires) and r.%1$s = c.code
                                   and exists (select 1 from answer a where a.run_id = r.id)) as respondents,
                               (select count(*) from questionnaire_run r
                                 where r.questionnaire_id in (:questionnaires) and r.%1$s = c.code
                                   and r.status = 'COMPLETED') as completed
                        from location c
                        where c.level = :level and %2$s
                        order by c.number nulls last, c.name_en, c.code""".formatted(column, place.within("c")))
                .param("questionnaires", subject.questionnaireIds())
                .param("code", place.code())
                .param("level", level.name())
                .query(ChildCounts.class)
                .list();
    }

    private List<GroupCount> participation(Subject subject, Place place) {
        return jdbc.sql("""
                        select g.dimension, g.value, sum(g.roster) as roster, sum(g.respondents) as respondents
                        from (
                            select w.age_band, w.gender, w.social_category, w.minority, 1 as roster, 0 as respondents
                            from worker w where w.status = 'ACTIVE' and %1$s
                            union all
                            select w.age_band, w.gender, w.social_category, w.minority, 0, 1
                            from questionnaire_run r join worker w on w.id = r.worker_id
                            where r.questionnaire_id in (:questionnaires) and %2$s
                              and exists (select 1 from answer a where a.run_id = r.id)
                        ) p cross join lateral (values
                            ('age_band', coalesce(p.age_band, 'unknown'), p.roster, p.respondents),
                            ('gender', coalesce(p.gender, 'unknown'), p.roster, p.respondents),
                            ('social_category', coalesce(p.social_category, 'unknown'), p.roster, p.respondents),
                            ('minority', case when p.minority then 'yes' when not p.minority then 'no'
                                              else 'unknown' end, p.roster, p.respondents))
                            as g(dimension, value, roster, respondents)
                        group by 1, 2""".formatted(place.within("w"), place.within("r")))
                .param("questionnaires", subject.questionnaireIds())
                .param("code", place.code())
                .query(GroupCount.class)
                .list();
    }

    @Override
    public List<Facet> facets(Subject subject, Place place, int atLeast) {
        return jdbc.sql("""
                        with a as (
                            select a.* from answer a join questionnaire_run r on r.id = a.run_id
                            where r.questionnaire_id in (:questionnaires) and %s)
                        select question_key, 'answers' as facet, '' as value, '' as label, count(*) as count
                        from a group by 1
                        union all
                        select question_key, 'option', coalesce(option_key, chosen.key), '', count(*)
                        from a left join lateral unnest(a.option_keys) as chosen(key) on true
                        where coalesce(option_key, chosen.key) is not null group by 1, 3
                        union all
                        select question_key, 'number', number_value::text, '', count(*)
                        from a where number_value is not null group by 1, 3
                        union all
                        select question_key, 'language', text_language, '', count(*)
                        from a where text_language is not null group by 1, 3
                        union all
                        select question_key, 'sentiment', sentiment, '', count(*)
                        from a where sentiment is not null group by 1, 3
                        union all
                        select question_key, 'theme', theme, '', count(*)
                        from a cross join unnest(a.themes) as theme group by 1, 3
                        union all
                        select question_key, 'term', term, '', count from (
                            select question_key, term, count(*) as count,
                                   row_number() over (partition by question_key order by count(*) desc, term) as rank
                            from a cross join unnest(a.terms) as term group by 1, 2
                            having count(*) >= :atLeast) t where rank <= :top
                        union all
                        select question_key, 'nominee', person_key, name, count from (
                            select question_key, person_key, mode() within group (order by text_value) as name,
                                   count(*) as count,
                                   row_number() over (partition by question_key order by count(*) desc, person_key)
                                       as rank
                            from a where person_key is not null and person_key <> '' group by 1, 2
                            having count(*) >= :atLeast) n where rank <= :top""".formatted(place.within("r")))
                .param("questionnaires", subject.questionnaireIds())
                .param("code", place.code())
                .param("atLeast", atLeast)
                .param("top", SummaryQueries.TOP)
                .query(Facet.class)
                .list();
    }
}
