package org.samvad.db.questionnaire;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Stores questionnaire versions. */
public interface QuestionnaireRepository extends ListCrudRepository<Questionnaire, Long> {

    Optional<Questionnaire> findFirstBySlugAndStatusOrderByVersionDesc(String slug, QuestionnaireStatus status);

    /** The newest published version of a questionnaire, if any is published. */
    default Optional<Questionnaire> findLatestPublished(String slug) {
        return findFirstBySlugAndStatusOrderByVersionDesc(slug, QuestionnaireStatus.PUBLISHED);
    }

    /** Every version of a questionnaire. */
    List<Questionnaire> findBySlug(String slug);
}
