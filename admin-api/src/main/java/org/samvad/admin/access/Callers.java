package org.samvad.admin.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.samvad.db.access.ApiToken;
import org.samvad.db.access.AuditEvent;
import org.samvad.db.access.Role;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds who is calling by the hash of their token and, for an audited handler, records
 * the audit event of the call in the same statement: one round trip before the handler
 * runs, instead of a lookup and then an insert. A revoked or unknown token finds nobody
 * and records nothing.
 */
@Component
class Callers {

    private final JdbcClient jdbc;
    private final Clock clock;

    Callers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The caller's token, and the audit event begun for the call (null when {@code action} is null). */
    record Caller(ApiToken token, AuditEvent event) {
    }

    /**
     * @param action the audited action, or null when the handler is not audited
     * @param target what the call asks for (see {@link AuditTargets})
     */
    Optional<Caller> find(String tokenHash, String action, String target) {
        Instant at = clock.instant();
        String stored = AuditEvent.storedTarget(target);
        return jdbc.sql("""
                        with t as (select * from api_token where token_hash = :hash and revoked_at is null),
                             e as (insert into audit_event (at, token_id, token_name, action, target)
                                   select :at, t.id, t.name, :action, :target from t
                                   where cast(:action as varchar) is not null
                                   returning id)
                        select t.id, t.name, t.role, t.scope, t.token_hash, t.created_at, t.revoked_at,
                               (select id from e) as event_id
                        from t""")
                .param("hash", tokenHash)
                .param("at", Timestamp.from(at))
                .param("action", action, Types.VARCHAR)
                .param("target", stored, Types.VARCHAR)
                .query((rs, row) -> caller(rs, at, action, stored))
                .optional();
    }

    private static Caller caller(ResultSet rs, Instant at, String action, String target) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        ApiToken token = new ApiToken(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                scope(rs.getArray("scope")), rs.getString("token_hash"), rs.getTimestamp("created_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
        long eventId = rs.getLong("event_id");
        AuditEvent event = rs.wasNull() ? null
                : new AuditEvent(eventId, at, AggregateReference.to(token.id()), token.name(), action, target, null);
        return new Caller(token, event);
    }

    private static List<String> scope(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
