package org.samvad.admin.summary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.samvad.admin.summary.Summary.Nominee;
import org.samvad.admin.summary.Summary.TermCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind the free-text and nomination parts of a summary, per question key.
 * Terms and nominees used by fewer than {@code atLeast} workers are left out: a rare
 * word or name can point at the one who wrote it.
 */
@Repository
class TextQueries {

    static final int TOP_TERMS = 10;
    static final int TOP_NOMINEES = 10;

    private final JdbcClient jdbc;

    TextQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts of one facet of free text (language, sentiment, theme) by question key and value. */
    record Facets(Map<String, Map<String, Long>> languages, Map<String, Map<String, Long>> sentiments,
            Map<String, Map<String, Long>> themes) {
    }

    Facets facets(Subject subject, Place place) {
        return new Facets(counts("a.text_language", "", subject, place), counts("a.sentiment", "", subject, place),
                counts("theme", "cross join unnest(a.themes) as theme", subject, place));
    }

    /** By question key: the most frequent content terms used at least {@code atLeast} times. */
    Map<String, List<TermCount>> topTerms(Subject subject, Place place, int atLeast) {
        return jdbc.sql("""
                        select question_key, term, count from (
                            select a.question_key, term, count(*) as count,
                                   row_number() over (partition by a.question_key order by count(*) desc, term) as rank
                            from answer a join questionnaire_run r on r.id = a.run_id
                            cross join unnest(a.terms) as term
                            where r.questionnaire_id in (:questionnaires) and %s
                            group by a.question_key, term
                            having count(*) >= :atLeast) ranked
                        where rank <= :top order by question_key, rank""".formatted(place.within("r")))
                .param("questionnaires", subject.questionnaireIds())
                .param("code", place.code())
                .param("atLeast", atLeast)
                .param("top", TOP_TERMS)
                .query((rs, n) -> Map.entry(rs.getString(1), new TermCount(rs.getString(2), rs.getLong(3))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** By question key: the people nominated at least {@code atLeast} times, most often first, each under its most used spelling. */
    Map<String, List<Nominee>> nominations(Subject subject, Place place, int atLeast) {
        return jdbc.sql("""
                        select question_key, name, count from (
                            select a.question_key, mode() within group (order by a.text_value) as name,
                                   count(*) as count,
                                   row_number() over (partition by a.question_key order by count(*) desc,
                                                      a.person_key) as rank
                            from answer a join questionnaire_run r on r.id = a.run_id
                            where r.questionnaire_id in (:questionnaires) and %s
                              and a.person_key is not null and a.person_key <> ''
                            group by a.question_key, a.person_key
                            having count(*) >= :atLeast) ranked
                        where rank <= :top order by question_key, rank""".formatted(place.within("r")))
                .param("questionnaires", subject.questionnaireIds())
                .param("code", place.code())
                .param("atLeast", atLeast)
                .param("top", TOP_NOMINEES)
                .query((rs, n) -> Map.entry(rs.getString(1), new Nominee(rs.getString(2), rs.getLong(3))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private Map<String, Map<String, Long>> counts(String value, String join, Subject subject, Place place) {
        return jdbc.sql("""
                        select a.question_key, %s as value, count(*) as count
                        from answer a join questionnaire_run r on r.id = a.run_id %s
                        where r.questionnaire_id in (:questionnaires) and %s
                          and a.text_language is not null
                        group by 1, 2 order by 1, 3 desc, 2""".formatted(value, join, place.within("r")))
                .param("questionnaires", subject.questionnaireIds())
                .param("code", place.code())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), Long.toString(rs.getLong(3))})
                .list().stream()
                .collect(Collectors.groupingBy(row -> row[0], LinkedHashMap::new, Collectors.toMap(
                        row -> row[1], row -> Long.parseLong(row[2]), (a, b) -> a, LinkedHashMap::new)));
    }
}
