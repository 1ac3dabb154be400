package org.samvad.admin.summary;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGStatement;
import org.samvad.db.location.LocationLevel;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind summaries, on the roll-ups ({@code rollup_roster}, {@code rollup_runs},
 * {@code rollup_answers}, and the functions {@code rollup_group_counts} and
 * {@code rollup_answer_facets} that hide booths, read from raw rows, and India, the sum of
 * the states), which the database keeps up to date as answers arrive. Tables are read
 * with their state, the distribution key.
 * <p>
 * A summary's statements are sent together ({@link #snapshot}): one round trip, and,
 * as one implicit transaction of the protocol, one snapshot without a BEGIN and COMMIT
 * of their own. Rows are mapped by position: mapping a record by its component names
 * would have the driver build (and throw away) an exception for every camelCase name
 * of every row, a large share of a thousand-row table's time.
 */
@Repository
class SummaryQueries implements SummarySource {

    static final int TOP = 10;

    private static final String OVERVIEW = """
            select dimension, value, workers as roster, respondents, completed
            from rollup_group_counts(cast(:ids as bigint[]), :code)""";

    private static final String FACETS = """
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
            where rank <= :top""";

    private static final String IN_DISTRICT = """
            select c.code, c.level, c.name_en, c.name_hi, coalesce(ro.workers, 0) as roster,
                   coalesce(ru.respondents, 0) as respondents, coalesce(ru.completed, 0) as completed
            from location c
            left join (
                select location_code, workers from rollup_roster
                where state_code = :state and district_code = :code and level = :level and dimension = 'all') ro
                on ro.location_code = c.code
            left join (
                select location_code, sum(respondents) as respondents, sum(completed) as completed
                from rollup_runs
                where state_code = :state and questionnaire_id = any(cast(:ids as bigint[]))
                  and district_code = :code and level = :level and dimension = 'all'
                group by location_code) ru
                on ru.location_code = c.code
            where c.level = :level and c.state_code = :state and c.district_code = :code
            order by c.number nulls last, c.name_en, c.code""";

    private static final RowMapper<GroupCounts> GROUP_COUNTS = (rs, row) -> new GroupCounts(rs.getString(1),
            rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
    private static final RowMapper<Facet> FACET = (rs, row) -> new Facet(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getLong(5));
    private static final RowMapper<ChildCounts> CHILD = (rs, row) -> new ChildCounts(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7));

    private final NamedParameterJdbcOperations jdbc;

    SummaryQueries(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The overview, the facets and (for a level) the locations below, in one round trip. */
    @Override
    public Snapshot snapshot(Subject subject, Place place, LocationLevel level, int atLeast) {
        String sql = OVERVIEW + ";\n" + FACETS + (level == null ? "" : ";\n" + below(place));
        MapSqlParameterSource parameters = parameters(subject, place).addValue("atLeast", atLeast)
                .addValue("top", TOP);
        if (level != null) {
            parameters.addValue("state", place.stateCode()).addValue("level", level.name());
        }
        return jdbc.execute(sql, parameters, (PreparedStatement statement) -> {
            statement.execute();
            Overview overview = overview(rows(statement.getResultSet(), GROUP_COUNTS));
            List<Facet> facets = rows(next(statement), FACET);
            List<ChildCounts> children = level == null ? List.of() : rows(next(statement), CHILD);
            return new Snapshot(overview, children, facets);
        });
    }

    /**
     * The locations at a level below the place with their roster, respondents and
     * completed runs: the child locations by level, and for each its roll-up rows by
     * primary key. The plan stays the same for ten children or two thousand, and for a
     * prepared statement's generic plan. Below a district (its assemblies, or its 1,300
     * or so booths) the roll-up rows are read as two ranges of their district indexes
     * instead and joined by hash: a quarter of the pages the lookups touch, and about
     * 40 % less time for a district's booth table. That plan needs the parameters' values:
     * a generic plan, which the server settles on for a statement prepared once and run
     * again and again, estimates a few rows per range and joins 1,500 booths to 1,500 rows
     * by nested loop (200 ms instead of 8). So that statement is planned for its values
     * every time (an unnamed statement, never prepared on the server).
     */
    @Override
    public List<ChildCounts> below(Subject subject, Place place, LocationLevel level) {
        MapSqlParameterSource parameters = parameters(subject, place).addValue("state", place.stateCode())
                .addValue("level", level.name());
        String sql = below(place);
        if (!sql.equals(IN_DISTRICT)) {
            return jdbc.query(sql, parameters, CHILD);
        }
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
        String statementSql = NamedParameterUtils.substituteNamedParameters(parsed, parameters);
        Object[] values = NamedParameterUtils.buildValueArray(parsed, parameters, null);
        return jdbc.getJdbcOperations().query(connection -> {
            PreparedStatement statement = connection.prepareStatement(statementSql);
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            new ArgumentPreparedStatementSetter(values).setValues(statement);
            return statement;
        }, CHILD);
    }

    private static String below(Place place) {
        if (place.level() == LocationLevel.DISTRICT) {
            return IN_DISTRICT;
        }
        String locations = place.isIndia() ? "c.level = :level"
                : place.level() == LocationLevel.ASSEMBLY ? "c.parent_code = :code and c.level = :level"
                : "c.level = :level and c.state_code = :state and c." + place.column() + " = :code";
        return """
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
                order by c.number nulls last, c.name_en, c.code""".formatted(locations);
    }

    /** One call of {@code rollup_group_counts}: its {@code all} row is the headline, the others the groups. */
    @Override
    public Overview overview(Subject subject, Place place) {
        return overview(jdbc.query(OVERVIEW, parameters(subject, place), GROUP_COUNTS));
    }

    private static Overview overview(List<GroupCounts> rows) {
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
        return jdbc.query(FACETS, parameters(subject, place).addValue("atLeast", atLeast).addValue("top", TOP),
                FACET);
    }

    private static MapSqlParameterSource parameters(Subject subject, Place place) {
        return new MapSqlParameterSource("ids", subject.questionnaireIds().toArray(Long[]::new))
                .addValue("code", place.code());
    }

    /** The next result of a statement that sent several. */
    static ResultSet next(PreparedStatement statement) throws SQLException {
        if (!statement.getMoreResults()) {
            throw new SQLException("Statements sent together gave fewer results than there are statements.");
        }
        return statement.getResultSet();
    }

    /** Every row of a result, mapped; the result is closed. */
    static <T> List<T> rows(ResultSet resultSet, RowMapper<T> mapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (resultSet) {
            while (resultSet.next()) {
                rows.add(mapper.mapRow(resultSet, rows.size()));
            }
        }
        return rows;
    }
}
