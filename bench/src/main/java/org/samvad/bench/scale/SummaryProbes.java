package org.samvad.bench.scale;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL a summary needs, two ways: from the roll-ups (what the admin API reads) and
 * naively, by GROUP BY over the raw runs, workers and answers (as the walking
 * skeleton's summaries did), for a booth, assembly, district, state or India ("IN").
 */
final class SummaryProbes {

    private final JdbcClient jdbc;
    private final Long[] questionnaires;

    SummaryProbes(JdbcClient jdbc, List<Long> questionnaireIds) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaireIds.toArray(Long[]::new);
    }

    /** Headline, participation by group, roster by group and every question's facets, from the roll-ups. */
    int rollupSummary(String code) {
        return jdbc.sql("select * from rollup_group_counts(:q, :code)").param("q", questionnaires)
                .param("code", code).query().listOfRows().size() + facets(code);
    }

    private int facets(String code) {
        return jdbc.sql("select * from rollup_answer_facets(:q, :code)").param("q", questionnaires)
                .param("code", code).query().listOfRows().size();
    }

    /** A district's booths with roster, respondents and completed runs, from the roll-ups. */
    int rollupBoothTable(String district) {
        return jdbc.sql("""
                select l.code, l.name_en, l.name_hi, coalesce(w.workers, 0), coalesce(r.respondents, 0),
                       coalesce(r.completed, 0)
                from location l
                left join (select location_code, sum(respondents) as respondents, sum(completed) as completed
                           from rollup_runs
                           where state_code = :st and questionnaire_id = any(:q) and district_code = :d
                             and level = 'BOOTH' and dimension = 'all'
                           group by 1) r on r.location_code = l.code
                left join rollup_roster w on w.state_code = :st and w.district_code = :d and w.level = 'BOOTH'
                                         and w.dimension = 'all' and w.location_code = l.code
                where l.district_code = :d and l.level = 'BOOTH'
                order by l.code""")
                .param("st", stateOf(district)).param("q", questionnaires).param("d", district)
                .query().listOfRows().size();
    }

    /** The same headline, question counts and option counts by GROUP BY over the raw tables. */
    int naiveSummary(String code, String column) {
        String where = code.equals("IN") ? "true" : "r.%s = :code".formatted(column);
        String workerWhere = code.equals("IN") ? "true" : "w.%s = :code".formatted(column);
        var headline = jdbc.sql("""
                select (select count(*) from worker w where w.status = 'ACTIVE' and %2$s) as roster,
                       count(*) filter (where exists (select 1 from answer a where a.run_id = r.id)) as respondents,
                       count(*) filter (where r.status = 'COMPLETED') as completed
                from questionnaire_run r
                where r.questionnaire_id = any(:q) and %1$s""".formatted(where, workerWhere))
                .param("q", questionnaires);
        var questions = jdbc.sql("""
                select a.question_key, count(*), avg(a.number_value)::float8
                from answer a join questionnaire_run r on r.id = a.run_id
                where r.questionnaire_id = any(:q) and %s
                group by a.question_key""".formatted(where)).param("q", questionnaires);
        var options = jdbc.sql("""
                select a.question_key, coalesce(a.option_key, a.number_value::text), count(*)
                from answer a join questionnaire_run r on r.id = a.run_id
                where r.questionnaire_id = any(:q) and %s and a.text_value is null
                group by 1, 2""".formatted(where)).param("q", questionnaires);
        if (!code.equals("IN")) {
            headline = headline.param("code", code);
            questions = questions.param("code", code);
            options = options.param("code", code);
        }
        return headline.query().listOfRows().size() + questions.query().listOfRows().size()
                + options.query().listOfRows().size();
    }

    /** A district's booths with roster, respondents and completed runs by GROUP BY over the raw tables. */
    int naiveBoothTable(String district) {
        return jdbc.sql("""
                select c.code, c.name_en, c.name_hi,
                       (select count(*) from worker w where w.status = 'ACTIVE' and w.booth_code = c.code) as roster,
                       (select count(*) from questionnaire_run r
                         where r.questionnaire_id = any(:q) and r.booth_code = c.code
                           and exists (select 1 from answer a where a.run_id = r.id)) as respondents,
                       (select count(*) from questionnaire_run r
                         where r.questionnaire_id = any(:q) and r.booth_code = c.code
                           and r.status = 'COMPLETED') as completed
                from location c
                where c.district_code = :d and c.level = 'BOOTH'
                order by c.code""").param("q", questionnaires).param("d", district).query().listOfRows().size();
    }

    private String stateOf(String code) {
        return jdbc.sql("select state_code from location where code = :code").param("code", code)
                .query(String.class).single();
    }
}
