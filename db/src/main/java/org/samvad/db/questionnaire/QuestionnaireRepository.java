package org.samvad.db.questionnaire;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Stores questionnaire versions. */
public interface QuestionnaireRepository extends ListCrudRepository<Questionnaire, Long> {

    Optional<Questionnaire> findFirstBySlugAndStatusOrderByVersionDesc(String slug, QuestionnaireStatus status);

    /** The newest published version of a questionnaire, if any is published. */
    default Optional<Questionnaire> findLatestPublished(String slug) {
        return findFirstBySlugAndStatusOrderByVersionDesc(slug, QuestionnaireStatus.PUBLISHED);
    }

    /** The id of the newest published version of a questionnaire, if any is published. */
    @Query("select id from questionnaire where slug = :slug and status = 'PUBLISHED' order by version desc limit 1")
    Optional<Long> findLatestPublishedId(String slug);

    /** Every version of a questionnaire. */
    List<Questionnaire> findBySlug(String slug);

    /** One version of a questionnaire, if it exists. */
    Optional<Questionnaire> findBySlugAndVersion(String slug, int version);

    /** The version of a questionnaire with the highest number, whatever its status. */
    Optional<Questionnaire> findFirstBySlugOrderByVersionDesc(String slug);

    /** Every version of every questionnaire, by slug and then version. */
    List<Questionnaire> findAllByOrderBySlugAscVersionAsc();

    boolean existsBySlug(String slug);
}
