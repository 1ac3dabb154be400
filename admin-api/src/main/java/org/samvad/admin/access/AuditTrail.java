package org.samvad.admin.access;

import java.time.Clock;
import java.util.List;
import org.samvad.db.access.ApiToken;
import org.samvad.db.access.AuditEvent;
import org.samvad.db.access.AuditEventRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

/**
 * Writes the audit trail. An allowed request is recorded before its handler runs, so
 * that nothing is answered unrecorded, and gets its outcome when it ends; a refused
 * one is recorded with its outcome at once.
 */
@Service
class AuditTrail {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    AuditEvent begin(ApiToken caller, String action, String target) {
        return events.insert(AuditEvent.begin(caller, action, target, clock.instant()));
    }

    /** @param created what the request created (its {@code Location}); null when it created nothing */
    void end(AuditEvent event, int status, String created) {
        events.saveOutcome(created == null ? event.ended(status) : event.ended(status, "created=" + created));
    }

    void refused(ApiToken caller, String action, String target, int status) {
        events.insert(AuditEvent.begin(caller, action, target, clock.instant()).ended(status));
    }

    /** The newest events first. */
    List<AuditEvent> recent(int limit) {
        return events.findAllByOrderByIdDesc(Limit.of(limit));
    }
}
