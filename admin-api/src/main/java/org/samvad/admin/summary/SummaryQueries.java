package org.samvad.admin.summary;

import java.util.List;
import org.samvad.db.location.LocationLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind summaries, on the roll-ups ({@code rollup_roster}, {@code rollup_runs},
 * {@code rollup_answers}, and the functions {@code rollup_group_counts} and
 * {@code rollup_answer_facets} that hide booths, read from raw rows, and India, the sum of
 * the states), which the database keeps up to date as answers arrive. Tables are read
 * with their state, the distribution key. Rows are mapped by position: mapping a record by
 * its component names would have the driver build (and throw away) an exception for every
 * camelCase name of every row, a large share of a thousand-row table's time.
 */
@Repository
class SummaryQueries implements SummarySource {

    static final int TOP = 10;

    private final JdbcClient jdbc;

    SummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The locations at a level below the place with their roster, respondents and
     * completed runs: the child locations by level, and for each its roll-up rows by
     * primary key. The plan stays the same for ten children or two thousand, and for a
     * prepared statement's generic plan.
     */
    @Override
    public List<ChildCounts> below(Subject subject, Place place, LocationLevel level) {
        String locations = place.isIndia() ? "c.level = :level"
                : place.level() == LocationLevel.ASSEMBLY ? "c.parent_code = :code and c.level = :level"
                : "c.level = :level and c.state_code = :state and c." + place.column() + " = :code";
        return jdbc.sql("""
                        select c.code, c.level, c.name_en, c.name_hi, coalesce(ro.workers, 0) as roster,
                               coalesce(ru.respondents, 0) as respondents, coalesce(ru.completed, 0) as completed
                        from location c
                        left join rollup_roster ro
                            on ro.state_code = c.state_code and ro.location_code = c.code and ro.dimension = 'all'
                        left join lateral (
                            select sum(r.respondents) as respondents, sum(r.completed) as completed
                            from rollup_runs r
                            where r.state_code = c.state_code and r.questionnaire_id = any(cast(:ids as bigint[]))
                              and r.location_code = c.code and r.dimension = 'all') ru on true
                        where %s
                        order by c.number nulls last, c.name_en, c.code""".formatted(locations))
                .param("state", place.stateCode())
                .param("code", place.code())
                .param("level", level.name())
                .param("ids", ids(subject))
                .query((rs, row) -> new ChildCounts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .list();
    }

    /** One call of {@code rollup_group_counts}: its {@code all} row is the headline, the others the groups. */
    @Override
    public Overview overview(Subject subject, Place place) {
        List<GroupCounts> rows = jdbc.sql("""
                        select dimension, value, workers as roster, respondents, completed
                        from rollup_group_counts(cast(:ids as bigint[]), :code)""")
                .param("ids", ids(subject))
                .param("code", place.code())
                .query((rs, row) -> new GroupCounts(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
        Counts headline = rows.stream().filter(row -> row.dimension().equals("all"))
                .map(row -> new Counts(row.roster(), row.respondents(), row.completed()))
                .findFirst().orElse(new Counts(0, 0, 0));
        return new Overview(headline, rows.stream().filter(row -> !row.dimension().equals("all"))
                .map(row -> new GroupCount(row.dimension(), row.value(), row.roster(), row.respondents())).toList());
    }

    private record GroupCounts(String dimension, String value, long roster, long respondents, long completed) {
    }

    @Override
    public List<Facet> facets(Subject subject, Place place, int atLeast) {
        return jdbc.sql("""
                        with f as (select * from rollup_answer_facets(cast(:ids as bigint[]), :code))
                        select question_key, facet, value, label, count from f where facet not in ('term', 'nominee')
                        union all
                        select question_key, facet, value, label, count from (
                            select f.*, row_number() over (partition by question_key order by count desc, value) as rank
                            from f where facet = 'term' and count >= :atLeast) t
                        where rank <= :top
                        union all
                        select question_key, 'nominee', value, label, count from (
                            select question_key, value, (array_agg(label order by count desc, label))[1] as label,
                                   sum(count) as count,
                                   row_number() over (partition by question_key order by sum(count) desc, value)
                                       as rank
                            from f where facet = 'nominee' group by question_key, value
                            having sum(count) >= :atLeast) n
                        where rank <= :top""")
                .param("ids", ids(subject))
                .param("code", place.code())
                .param("atLeast", atLeast)
                .param("top", TOP)
                .query((rs, row) -> new Facet(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5)))
                .list();
    }

    private static Long[] ids(Subject subject) {
        return subject.questionnaireIds().toArray(Long[]::new);
    }
}
