package org.samvad.db.access;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Stores the admin API's audit trail. An event is on the path of every summary pulled,
 * so it is written with one statement each time ({@link #insert}, {@link #saveOutcome}),
 * without the transaction and the generated SQL of {@code save}.
 */
public interface AuditEventRepository extends ListCrudRepository<AuditEvent, Long> {

    /** The newest events first, at most {@code limit} of them. */
    List<AuditEvent> findAllByOrderByIdDesc(Limit limit);

    /** Stores a new event; the event with its id. */
    default AuditEvent insert(AuditEvent event) {
        long id = insertRow(event.at(), event.tokenId().getId(), event.tokenName(), event.action(), event.target(),
                event.outcome());
        return new AuditEvent(id, event.at(), event.tokenId(), event.tokenName(), event.action(), event.target(),
                event.outcome());
    }

    /** Stores a stored event's outcome and target, as {@link AuditEvent#ended} gives them. */
    default void saveOutcome(AuditEvent event) {
        updateOutcome(event.id(), event.outcome(), event.target());
    }

    @Query("""
            insert into audit_event (at, token_id, token_name, action, target, outcome)
            values (:at, :tokenId, :tokenName, :action, :target, :outcome)
            returning id""")
    long insertRow(Instant at, long tokenId, String tokenName, String action, String target, Integer outcome);

    @Modifying
    @Query("update audit_event set outcome = :outcome, target = :target where id = :id")
    void updateOutcome(long id, Integer outcome, String target);
}
