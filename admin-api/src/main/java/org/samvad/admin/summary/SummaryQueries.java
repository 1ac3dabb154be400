package org.samvad.admin.summary;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind the headline, children, per-question and participation figures of a
 * summary. Runs and workers carry their booth's ancestors, so any level is one
 * indexed filter on the matching column.
 */
@Repository
class SummaryQueries {

    private final JdbcClient jdbc;

    SummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An area's roster (active workers), respondents (runs with an answer) and completed runs. */
    record Counts(long roster, long respondents, long completed) {
    }

    record ChildCounts(String code, String level, String nameEn, String nameHi, long roster, long respondents,
            long completed) {

        Counts counts() {
            return new Counts(roster, respondents, completed);
        }
    }

    /** How many runs answered a question. */
    record AnswerCount(String questionKey, long answers) {
    }

    /** How many runs gave a value: an option, a ticked option, a rating point or a number (as text). */
    record ValueCount(String questionKey, String value, long count) {
    }

    /** A group's roster and respondents; {@code value} is {@code unknown} for workers who did not say. */
    record GroupCount(String group, String value, long roster, long respondents) {
    }

    Counts headline(Subject subject, Place place) {
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

    List<ChildCounts> children(Subject subject, Place place) {
        if (place.childLevel() == null) {
            return List.of();
        }
        String column = Place.column(place.childLevel());
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
                        where %2$s
                        order by c.number nulls last, c.name_en""".formatted(column,
                        place.isIndia() ? "c.level = 'STATE' and cast(:code as varchar) = 'IN'" : "c.parent_code = :code"))
                .param("questionnaires", subject.questionnaireIds())
                .param("code", place.code())
                .query(ChildCounts.class)
                .list();
    }

    List<AnswerCount> answers(Subject subject, Place place) {
        return jdbc.sql("""
                        select a.question_key, count(*) as answers
                        from answer a join questionnaire_run r on r.id = a.run_id
                        where r.questionnaire_id in (:questionnaires) and %s
                        group by a.question_key""".formatted(place.within("r")))
                .param("questionnaires", subject.questionnaireIds())
                .param("code", place.code())
                .query(AnswerCount.class)
                .list();
    }

    List<ValueCount> values(Subject subject, Place place) {
        return jdbc.sql("""
                        select a.question_key, coalesce(a.option_key, chosen.key, a.number_value::text) as value,
                               count(*) as count
                        from answer a join questionnaire_run r on r.id = a.run_id
                        left join lateral unnest(a.option_keys) as chosen(key) on true
                        where r.questionnaire_id in (:questionnaires) and %s
                          and a.text_value is null
                        group by 1, 2""".formatted(place.within("r")))
                .param("questionnaires", subject.questionnaireIds())
                .param("code", place.code())
                .query(ValueCount.class)
                .list();
    }

    List<GroupCount> participation(Subject subject, Place place) {
        return jdbc.sql("""
                        select g.grp as "group", g.value, sum(g.roster) as roster, sum(g.respondents) as respondents
                        from (
                            select w.age_band, w.gender, w.social_category, w.minority, 1 as roster, 0 as respondents
                            from worker w where w.status = 'ACTIVE' and %1$s
                            union all
                            select w.age_band, w.gender, w.social_category, w.minority, 0, 1
                            from questionnaire_run r join worker w on w.id = r.worker_id
                            where r.questionnaire_id in (:questionnaires) and %2$s
                              and exists (select 1 from answer a where a.run_id = r.id)
                        ) p cross join lateral (values
                            ('ageBand', coalesce(p.age_band, 'unknown'), p.roster, p.respondents),
                            ('gender', coalesce(p.gender, 'unknown'), p.roster, p.respondents),
                            ('socialCategory', coalesce(p.social_category, 'unknown'), p.roster, p.respondents),
                            ('minority', coalesce(p.minority::text, 'unknown'), p.roster, p.respondents))
                            as g(grp, value, roster, respondents)
                        group by 1, 2""".formatted(place.within("w"), place.within("r")))
                .param("questionnaires", subject.questionnaireIds())
                .param("code", place.code())
                .query(GroupCount.class)
                .list();
    }
}
