package org.samvad.admin.summary;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.samvad.admin.NotFoundException;
import org.samvad.db.location.LocationLevel;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.stereotype.Component;

/**
 * The versions of a questionnaire a summary combines. Which versions exist and their
 * status are read on every request, together with the place asked about ({@link #find},
 * one round trip); the definitions of published and closed versions, which never change,
 * are kept once loaded, so a summary does not load the questionnaire aggregate
 * (questions, options) every time.
 */
@Component
class Versions {

    private static final String FIND = """
            select code, level, state_code, name_en, name_hi from location where code = :code;
            select id, version, status from questionnaire where slug = :slug order by version""";
    private static final RowMapper<Version> VERSION = (rs, row) -> new Version(rs.getLong(1), rs.getInt(2),
            rs.getString(3));

    private final NamedParameterJdbcOperations statements;
    private final QuestionnaireRepository questionnaires;
    private final Map<Long, Questionnaire> published = new ConcurrentHashMap<>();

    Versions(NamedParameterJdbcOperations statements, QuestionnaireRepository questionnaires) {
        this.statements = statements;
        this.questionnaires = questionnaires;
    }

    /** A stored version: its id, number and status. */
    record Version(long id, int version, String status) {
    }

    /** A location (empty when no location has the code) and a questionnaire's versions, oldest first. */
    record Found(Optional<Place> place, List<Version> versions) {
    }

    /** The location with the code and the questionnaire's versions, read in one round trip. */
    Found find(String locationCode, String slug) {
        return statements.execute(FIND, Map.of("code", locationCode, "slug", slug), (PreparedStatement statement) -> {
            statement.execute();
            List<Place> places = SummaryQueries.rows(statement.getResultSet(), (rs, row) -> new Place(rs.getString(1),
                    LocationLevel.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5)));
            List<Version> versions = SummaryQueries.rows(SummaryQueries.next(statement), VERSION);
            return new Found(places.stream().findFirst(), versions);
        });
    }

    /**
     * The versions asked for among {@code all} the questionnaire's versions, oldest first:
     * the newest published or closed one when {@code versions} is empty.
     *
     * @throws NotFoundException for an unknown slug, a missing version, or none published
     */
    List<Version> chosen(String slug, List<Version> all, List<Integer> versions) {
        if (all.isEmpty()) {
            throw new NotFoundException("No questionnaire has the slug '" + slug + "'.");
        }
        if (versions == null || versions.isEmpty()) {
            return List.of(all.stream().filter(v -> !v.status().equals("DRAFT")).reduce((older, newer) -> newer)
                    .orElseThrow(() -> new NotFoundException(
                            "Questionnaire '" + slug + "' has no published version yet.")));
        }
        for (int version : versions) {
            if (all.stream().noneMatch(v -> v.version() == version)) {
                throw new NotFoundException("Questionnaire '" + slug + "' has no version " + version + ".");
            }
        }
        return all.stream().filter(v -> versions.contains(v.version())).toList();
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
