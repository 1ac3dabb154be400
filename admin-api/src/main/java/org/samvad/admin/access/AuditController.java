package org.samvad.admin.access;

import java.time.Instant;
import java.util.List;
import org.samvad.db.access.AuditEvent;
import org.samvad.db.access.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for admins: who pulled which summary, who changed tokens and questionnaires. */
@RestController
class AuditController {

    static final int MAX_LIMIT = 1000;

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    /** The newest events first; {@code limit} of them (1 to 1000). */
    @GetMapping("/api/audit")
    @Access(roles = Role.ADMIN)
    List<AuditJson> recent(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("'limit' is between 1 and " + MAX_LIMIT + ".");
        }
        return audit.recent(limit).stream().map(AuditJson::of).toList();
    }

    /** One event; {@code outcome} is the HTTP status, null while (or if never) answered. */
    record AuditJson(long id, Instant at, long tokenId, String tokenName, String action, String target,
            Integer outcome) {

        static AuditJson of(AuditEvent event) {
            return new AuditJson(event.id(), event.at(), event.tokenId().getId(), event.tokenName(), event.action(),
                    event.target(), event.outcome());
        }
    }
}
