package org.samvad.db.access;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.ListCrudRepository;

/** Stores the admin API's audit trail. */
public interface AuditEventRepository extends ListCrudRepository<AuditEvent, Long> {

    /** The newest events first, at most {@code limit} of them. */
    List<AuditEvent> findAllByOrderByIdDesc(Limit limit);
}
