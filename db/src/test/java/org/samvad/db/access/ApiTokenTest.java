package org.samvad.db.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samvad.db.PostgresDataJdbcTest;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresDataJdbcTest
class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Autowired ApiTokenRepository tokens;
    @Autowired AuditEventRepository audit;
    @Autowired LocationRepository locations;
    @Autowired JdbcClient jdbc;

    @Test
    void storesOnlyTheHashOfARandomValueAndFindsTheTokenByIt() {
        ApiToken.Issued issued = ApiToken.issue("Kaimur coordinator", Role.COORDINATOR, List.of(location("BR-KAI")),
                NOW);
        ApiToken saved = tokens.save(issued.token());

        assertThat(issued.value()).matches("samvad_[A-Za-z0-9_-]{43}")
                .isNotEqualTo(ApiToken.issue("x", Role.ADMIN, List.of(), NOW).value());
        assertThat(saved.tokenHash()).isEqualTo(ApiToken.hash(issued.value())).hasSize(64);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :v or name = :v")
                .param("v", issued.value()).query(Long.class).single()).isZero();
        ApiToken loaded = tokens.findByTokenHash(ApiToken.hash(issued.value())).orElseThrow();
        assertThat(loaded.role()).isEqualTo(Role.COORDINATOR);
        assertThat(loaded.scope()).containsExactly("BR-KAI");
        assertThat(loaded.toString()).doesNotContain(loaded.tokenHash());
        assertThat(issued.toString()).doesNotContain(issued.value());
    }

    @Test
    void coversALocationByItsOwnItsStatesOrItsDistrictsCode() {
        ApiToken district = ApiToken.issue("d", Role.OBSERVER, List.of(location("BR-KAI")), NOW).token();
        ApiToken state = ApiToken.issue("s", Role.COORDINATOR, List.of(location("BR")), NOW).token();

        assertThat(district.covers(location("BR-KAI-203-001"))).isTrue();
        assertThat(district.covers(location("BR-KAI-203"))).isTrue();
        assertThat(district.covers(location("BR-KAI"))).isTrue();
        assertThat(district.covers(location("BR"))).isFalse();
        assertThat(district.covers(location("BR-PAT"))).isFalse();
        assertThat(state.covers(location("BR-PAT"))).isTrue();
        assertThat(ApiToken.issue("a", Role.ADMIN, List.of(), NOW).token().covers(location("BR"))).isTrue();
    }

    @Test
    void refusesAnUnscopedCoordinatorOrAScopeBelowADistrict() {
        assertThatThrownBy(() -> ApiToken.issue("c", Role.COORDINATOR, List.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Only an admin token");
        assertThatThrownBy(() -> ApiToken.issue("c", Role.OBSERVER, List.of(location("BR-KAI-203")), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BR-KAI-203");
        assertThatThrownBy(() -> ApiToken.issue(" ", Role.ADMIN, List.of(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into api_token (name, role, token_hash, created_at)
                        values ('x', 'OBSERVER', repeat('a', 64), now())""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void acceptsAConfiguredAdminValueOnlyWhenLongAndSendable() {
        assertThat(ApiToken.configuredAdmin("admin", "a".repeat(32), NOW).coversEverything()).isTrue();
        assertThatThrownBy(() -> ApiToken.configuredAdmin("admin", "short", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("short");
        assertThatThrownBy(() -> ApiToken.configuredAdmin("admin", "a b".repeat(20), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRevokedTokenStaysRevoked() {
        ApiToken saved = tokens.save(ApiToken.issue("r", Role.ADMIN, List.of(), NOW).token());
        tokens.save(saved.revoke(NOW));

        ApiToken loaded = tokens.findById(saved.id()).orElseThrow();
        assertThat(loaded.isRevoked()).isTrue();
        assertThatThrownBy(() -> loaded.revoke(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recordsAuditEventsAndListsTheNewestFirst() {
        ApiToken token = tokens.save(ApiToken.issue("auditor", Role.COORDINATOR, List.of(location("BR")), NOW).token());
        AuditEvent first = audit.save(AuditEvent.begin(token, "summary", "BR-KAI questionnaire=x", NOW));
        assertThat(audit.findById(first.id())).contains(first);
        audit.saveOutcome(first.ended(200));
        AuditEvent created = audit.save(AuditEvent.begin(token, "token", null, NOW));
        audit.saveOutcome(created.ended(201, "created=/api/tokens/7"));
        audit.save(AuditEvent.begin(token, "summary", "y".repeat(600), NOW).ended(403));

        List<AuditEvent> newest = audit.findAllByOrderByIdDesc(Limit.of(3));
        assertThat(newest).extracting(AuditEvent::outcome).containsExactly(403, 201, 200);
        assertThat(newest.get(1).target()).isEqualTo("created=/api/tokens/7");
        assertThat(newest.get(2).target()).isEqualTo("BR-KAI questionnaire=x");
        assertThat(newest.get(0).target()).hasSize(AuditEvent.MAX_TARGET_LENGTH);
        assertThat(newest.get(2).tokenId().getId()).isEqualTo(token.id());
        assertThat(newest.get(2).tokenName()).isEqualTo("auditor");
        assertThat(newest.get(2).at()).isEqualTo(NOW);
        assertThat(audit.findAllByOrderByIdDesc(Limit.of(1))).hasSize(1);
    }

    private Location location(String code) {
        return locations.findById(code).orElseThrow();
    }
}
