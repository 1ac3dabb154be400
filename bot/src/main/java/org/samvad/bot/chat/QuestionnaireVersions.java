package org.samvad.bot.chat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.questionnaire.QuestionnaireStatus;
import org.springframework.stereotype.Component;

/**
 * Questionnaire versions for conversations. A version by id is read from PostgreSQL once
 * it is published and kept: its questions never change after publishing, and loading
 * them costs a query per question (their options). Which version of a slug is the
 * newest published is always read (one small query), so a version published later is
 * used at once.
 */
@Component
class QuestionnaireVersions {

    private final QuestionnaireRepository questionnaires;
    private final Map<Long, Questionnaire> published = new ConcurrentHashMap<>();

    QuestionnaireVersions(QuestionnaireRepository questionnaires) {
        this.questionnaires = questionnaires;
    }

    /** A version by id; its status may be older than the stored one, its questions never are. */
    Optional<Questionnaire> findById(long id) {
        Questionnaire known = published.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Questionnaire> found = questionnaires.findById(id);
        found.filter(q -> q.status() != QuestionnaireStatus.DRAFT).ifPresent(q -> published.put(id, q));
        return found;
    }

    /** The newest published version of a questionnaire, if any is published: its id read now, its questions kept. */
    Optional<Questionnaire> findLatestPublished(String slug) {
        return questionnaires.findLatestPublishedId(slug).flatMap(this::findById);
    }
}
