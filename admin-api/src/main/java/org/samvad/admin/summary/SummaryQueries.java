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

    /** Answers per question and option (null option for numbers and text), with the mean of numbers. */
    record AnswerCount(String questionKey, String optionKey, long count, Double mean) {
    }

    List<AnswerCount> answerCounts(long questionnaireId, Location area) {
        return jdbc.sql("""
                        select a.question_key, a.option_key, count(*) as count, avg(a.number_value)::float8 as mean
                        from answer a join questionnaire_run r on r.id = a.run_id
                        where r.questionnaire_id = :questionnaire and r.%s = :code
                        group by a.question_key, a.option_key""".formatted(column(area.level())))
                .param("questionnaire", questionnaireId)
                .param("code", area.code())
                .query(AnswerCount.class)
                .list();
    }

    Headline headline(long questionnaireId, Location area) {
        String column = column(area.level());
        return jdbc.sql("""
                        select (select count(*) from worker w where w.status = 'ACTIVE' and w.%1$s = :code) as roster,
                               count(*) filter (where exists (select 1 from answer a where a.run_id = r.id))
                                   as respondents,
                               count(*) filter (where r.status = 'COMPLETED') as completed
                        from questionnaire_run r
                        where r.questionnaire_id = :questionnaire and r.%1$s = :code""".formatted(column))
                .param("questionnaire", questionnaireId)
                .param("code", area.code())
                .query((rs, n) -> Headline.of(rs.getLong("roster"), rs.getLong("respondents"), rs.getLong("completed")))
                .single();
    }

    List<ChildSummary> children(long questionnaireId, Location area) {
        if (area.level().child().isEmpty()) {
            return List.of();
        }
        String column = column(area.level().child().get());
        return jdbc.sql("""
                        select c.code, c.level, c.name_en, c.name_hi,
                               (select count(*) from worker w where w.status = 'ACTIVE' and w.%1$s = c.code)
                                   as roster,
                               (select count(*) from questionnaire_run r
                                 where r.questionnaire_id = :questionnaire and r.%1$s = c.code
                                   and exists (select 1 from answer a where a.run_id = r.id)) as respondents,
                               (select count(*) from questionnaire_run r
                                 where r.questionnaire_id = :questionnaire and r.%1$s = c.code
                                   and r.status = 'COMPLETED') as completed
                        from location c
                        where c.parent_code = :code
                        order by c.number nulls last, c.name_en""".formatted(column))
                .param("questionnaire", questionnaireId)
                .param("code", area.code())
                .query((rs, n) -> new ChildSummary(rs.getString("code"), rs.getString("level"),
                        rs.getString("name_en"), rs.getString("name_hi"),
                        Headline.of(rs.getLong("roster"), rs.getLong("respondents"), rs.getLong("completed"))))
                .list();
    }

    private static String column(LocationLevel level) {
        return switch (level) {
            case STATE -> "state_code";
            case DISTRICT -> "district_code";
            case ASSEMBLY -> "assembly_code";
            case BOOTH -> "booth_code";
        };
    }
}
