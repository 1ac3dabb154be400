package org.samvad.admin.summary;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.samvad.admin.NotFoundException;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The versions of a questionnaire a summary combines. Which versions exist and their
 * status are read on every request (one small query); the definitions of published and
 * closed versions, which never change, are kept once loaded, so a summary does not load
 * the questionnaire aggregate (questions, options) every time.
 */
@Component
class Versions {

    private final JdbcClient jdbc;
    private final QuestionnaireRepository questionnaires;
    private final Map<Long, Questionnaire> published = new ConcurrentHashMap<>();

    Versions(JdbcClient jdbc, QuestionnaireRepository questionnaires) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
    }

    /** A stored version: its id, number and status. */
    record Version(long id, int version, String status) {
    }

    /**
     * The versions asked for, oldest first: the newest published or closed one when
     * {@code versions} is empty.
     *
     * @throws NotFoundException for an unknown slug, a missing version, or none published
     */
    List<Version> chosen(String slug, List<Integer> versions) {
        List<Version> all = jdbc.sql("select id, version, status from questionnaire where slug = ? order by version")
                .param(slug).query((rs, row) -> new Version(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
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
