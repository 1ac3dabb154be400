package org.samvad.admin.summary;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.samvad.admin.NotFoundException;
import org.samvad.db.location.LocationLevel;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.stereotype.Component;

/**
 * The versions of a questionnaire a summary combines. Which versions exist, their
 * status and which of them a request chooses are read on every request, together with
 * the place asked about ({@link #find}, one round trip; a summary page sends the same
 * statements with its figures, see {@link SummaryQueries#page}). The choice is made in
 * SQL ({@link #CHOSEN}), so the figures read in that round trip and the versions the
 * answer names are chosen by one rule. The definitions of published and closed versions,
 * which never change, are kept once loaded, so a summary does not load the questionnaire
 * aggregate (questions, options) every time.
 */
@Component
class Versions {

    /**
     * The ids of the versions a request chooses (binds {@code :slug} and {@code :versions},
     * an array of version numbers): those listed, or when none are, the newest version that
     * is not a draft.
     */
    static final String CHOSEN = """
            case when cardinality(cast(:versions as integer[])) = 0
                 then array(select q.id from questionnaire q where q.slug = :slug and q.status <> 'DRAFT'
                            order by q.version desc limit 1)
                 else array(select q.id from questionnaire q
                            where q.slug = :slug and q.version = any(cast(:versions as integer[])))
            end""";
    /** The place and the versions, with which are chosen: two results (see {@link #read}). */
    static final String FIND = """
            select code, level, state_code, name_en, name_hi from location where code = :code;
            select id, version, status, id = any(%s) from questionnaire where slug = :slug order by version"""
            .formatted(CHOSEN);
    private static final RowMapper<Version> VERSION = (rs, row) -> new Version(rs.getLong(1), rs.getInt(2),
            rs.getString(3), rs.getBoolean(4));

    private final NamedParameterJdbcOperations statements;
    private final QuestionnaireRepository questionnaires;
    private final Map<Long, Questionnaire> published = new ConcurrentHashMap<>();

    Versions(NamedParameterJdbcOperations statements, QuestionnaireRepository questionnaires) {
        this.statements = statements;
        this.questionnaires = questionnaires;
    }

    /** A stored version: its id, number and status, and whether the request chose it. */
    record Version(long id, int version, String status, boolean chosen) {
    }

    /** A location (empty when no location has the code) and a questionnaire's versions, oldest first. */
    record Found(Optional<Place> place, List<Version> versions) {
    }

    /**
     * The location with the code and the questionnaire's versions, marked with the ones
     * chosen by the version numbers asked for (none: the newest published), in one round trip.
     */
    Found find(String locationCode, String slug, List<Integer> versions) {
        return statements.execute(FIND, parameters(locationCode, slug, versions),
                (PreparedStatement statement) -> {
                    statement.execute();
                    return read(statement);
                });
    }

    /** The parameters {@link #FIND} and {@link #CHOSEN} bind. */
    static MapSqlParameterSource parameters(String locationCode, String slug, List<Integer> versions) {
        return new MapSqlParameterSource("code", locationCode).addValue("slug", slug)
                .addValue("versions", (versions == null ? List.<Integer>of() : versions).toArray(Integer[]::new));
    }

    /** The place and versions from the first two results of an executed statement that began with {@link #FIND}. */
    static Found read(PreparedStatement statement) throws SQLException {
        List<Place> places = SummaryQueries.rows(statement.getResultSet(), (rs, row) -> new Place(rs.getString(1),
                LocationLevel.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5)));
        List<Version> versions = SummaryQueries.rows(SummaryQueries.next(statement), VERSION);
        return new Found(places.stream().findFirst(), versions);
    }

    /**
     * The versions chosen among {@code all} the questionnaire's versions, oldest first,
     * once the request is checked against them.
     *
     * @throws NotFoundException for an unknown slug, a missing version, or none published
     */
    List<Version> chosen(String slug, List<Version> all, List<Integer> versions) {
        if (all.isEmpty()) {
            throw new NotFoundException("No questionnaire has the slug '" + slug + "'.");
        }
        for (int version : versions == null ? List.<Integer>of() : versions) {
            if (all.stream().noneMatch(v -> v.version() == version)) {
                throw new NotFoundException("Questionnaire '" + slug + "' has no version " + version + ".");
            }
        }
        List<Version> chosen = all.stream().filter(Version::chosen).toList();
        if (chosen.isEmpty()) {
            throw new NotFoundException("Questionnaire '" + slug + "' has no published version yet.");
        }
        return chosen;
    }

    /** A version's definition (questions and options). */
    Questionnaire definition(Version version) {
        Questionnaire cached = published.get(version.id());
        if (cached != null) {
            return cached;
        }
        Questionnaire loaded = questionnaires.findById(version.id())
                .orElseThrow(() -> new NotFoundException("The questionnaire version is gone."));
        if (!version.status().equals("DRAFT")) {
            published.put(version.id(), loaded);
        }
        return loaded;
    }
}
