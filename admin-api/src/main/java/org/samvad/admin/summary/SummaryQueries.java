package org.samvad.admin.summary;

import java.util.List;
import org.samvad.admin.summary.Summary.ChildSummary;
import org.samvad.admin.summary.Summary.Headline;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind summaries. Runs and workers carry their booth's ancestors, so any
 * level is one indexed filter on the matching column.
 */
@Repository
class SummaryQueries {

    private final JdbcClient jdbc;

    SummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many runs answered a question, and the mean of its numbers or ratings (null for other types). */
    record QuestionCount(String questionKey, long answers, Double mean) {
    }

    /** How many runs chose an option (a rating's point counts as its option "1", "2", ...). */
    record OptionCount(String questionKey, String optionKey, long count) {
    }

    List<QuestionCount> questionCounts(List<Long> questionnaireIds, Location area) {
        return jdbc.sql("""
                        select a.question_key, count(*) as answers, avg(a.number_value)::float8 as mean
                        from answer a join questionnaire_run r on r.id = a.run_id
                        where r.questionnaire_id in (:questionnaires) and r.%s = :code
                        group by a.question_key""".formatted(column(area.level())))
                .param("questionnaires", questionnaireIds)
                .param("code", area.code())
                .query(QuestionCount.class)
                .list();
    }

    List<OptionCount> optionCounts(List<Long> questionnaireIds, Location area) {
        return jdbc.sql("""
                        select a.question_key, coalesce(a.option_key, chosen.key, a.number_value::text) as option_key,
                               count(*) as count
                        from answer a join questionnaire_run r on r.id = a.run_id
                        left join lateral unnest(a.option_keys) as chosen(key) on true
                        where r.questionnaire_id in (:questionnaires) and r.%s = :code
                          and a.text_value is null
                        group by 1, 2""".formatted(column(area.level())))
                .param("questionnaires", questionnaireIds)
                .param("code", area.code())
                .query(OptionCount.class)
                .list();
    }

    Headline headline(List<Long> questionnaireIds, Location area) {
        String column = column(area.level());
        return jdbc.sql("""
                        select (select count(*) from worker w where w.status = 'ACTIVE' and w.%1$s = :code) as roster,
                               count(*) filter (where exists (select 1 from answer a where a.run_id = r.id))
                                   as respondents,
                               count(*) filter (where r.status = 'COMPLETED') as completed
                        from questionnaire_run r
                        where r.questionnaire_id in (:questionnaires) and r.%1$s = :code""".formatted(column))
                .param("questionnaires", questionnaireIds)
                .param("code", area.code())
                .query((rs, n) -> Headline.of(rs.getLong("roster"), rs.getLong("respondents"), rs.getLong("completed")))
                .single();
    }

    List<ChildSummary> children(List<Long> questionnaireIds, Location area) {
        if (area.level().child().isEmpty()) {
            return List.of();
        }
        String column = column(area.level().child().get());
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
                        where c.parent_code = :code
                        order by c.number nulls last, c.name_en""".formatted(column))
                .param("questionnaires", questionnaireIds)
                .param("code", area.code())
                .query((rs, n) -> new ChildSummary(rs.getString("code"), rs.getString("level"),
                        rs.getString("name_en"), rs.getString("name_hi"),
                        Headline.of(rs.getLong("roster"), rs.getLong("respondents"), rs.getLong("completed"))))
                .list();
    }

    static String column(LocationLevel level) {
        return switch (level) {
            case STATE -> "state_code";
            case DISTRICT -> "district_code";
            case ASSEMBLY -> "assembly_code";
            case BOOTH -> "booth_code";
        };
    }
}
