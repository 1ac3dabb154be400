package org.samvad.db.access;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Stores the admin API's audit trail. An event is on the path of every summary pulled,
 * so its outcome is written with one statement ({@link #saveOutcome}), without the
 * transaction and the generated SQL of {@code save}.
 */
public interface AuditEventRepository extends ListCrudRepository<AuditEvent, Long> {

    /** The newest events first, at most {@code limit} of them. */
    List<AuditEvent> findAllByOrderByIdDesc(Limit limit);

    /** Stores a stored event's outcome and target, as {@link AuditEvent#ended} gives them. */
    default void saveOutcome(AuditEvent event) {
        updateOutcome(event.id(), event.outcome(), event.target());
    }

    @Modifying
    @Query("update audit_event set outcome = :outcome, target = :target where id = :id")
    void updateOutcome(long id, Integer outcome, String target);
}
