package org.samvad.db.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.samvad.db.PostgresDataJdbcTest;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

@PostgresDataJdbcTest
class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Autowired InvitationRepository invitations;
    @Autowired LocationRepository locations;

    @Test
    void aNewInvitationHasARandomUrlSafeCodeAndIsStoredWithItsBooth() {
        Invitation saved = invitations.save(Invitation.forBooth(booth(), NOW.plus(Duration.ofDays(30)), "observer", NOW));
        Invitation other = Invitation.forBooth(booth(), null, null, NOW);

        Invitation loaded = invitations.findById(saved.getCode()).orElseThrow();
        assertThat(loaded.getCode()).matches("[A-Za-z0-9_-]{16}").isNotEqualTo(other.getCode());
        assertThat(Invitation.isWellFormed(loaded.getCode())).isTrue();
        assertThat(loaded.getBoothCode()).isEqualTo("BR-KAI-203-001");
        assertThat(loaded.getMaxUses()).isNull();
        assertThat(loaded.getCreatedBy()).isEqualTo("observer");
        assertThat(invitations.findByBoothCodeOrderByCreatedAtDesc("BR-KAI-203-001")).hasSize(1);
    }

    @Test
    void aPerBoothLinkAdmitsAnyNumberOfWorkers() {
        Invitation invitation = Invitation.forBooth(booth(), null, null, NOW);
        for (int i = 0; i < 50; i++) {
            invitation.admit(NOW);
        }
        invitations.save(invitation);

        Invitation loaded = invitations.findById(invitation.getCode()).orElseThrow();
        assertThat(loaded.getUses()).isEqualTo(50);
        assertThat(loaded.refusal(NOW)).isEmpty();
    }

    @Test
    void aPerWorkerLinkAdmitsOnceAndThenRefuses() {
        Invitation invitation = invitations.save(Invitation.forOneWorker(booth(), null, null, NOW));
        invitation.admit(NOW);
        invitations.save(invitation);

        Invitation loaded = invitations.findById(invitation.getCode()).orElseThrow();
        assertThat(loaded.refusal(NOW)).contains(Invitation.Refusal.USED_UP);
        assertThatThrownBy(() -> loaded.admit(NOW)).isInstanceOf(InvitationRefusedException.class)
                .extracting(e -> ((InvitationRefusedException) e).refusal()).isEqualTo(Invitation.Refusal.USED_UP);
        assertThat(loaded.getUses()).isEqualTo(1);
    }

    @Test
    void refusesFromTheMomentItExpires() {
        Invitation invitation = Invitation.forBooth(booth(), NOW, null, NOW.minusSeconds(60));

        assertThat(invitation.refusal(NOW.minusSeconds(1))).isEmpty();
        assertThat(invitation.refusal(NOW)).contains(Invitation.Refusal.EXPIRED);
        assertThatThrownBy(() -> invitation.admit(NOW.plusSeconds(1))).isInstanceOf(InvitationRefusedException.class);
        assertThat(invitation.getUses()).isZero();
    }

    @Test
    void aRevokedInvitationAdmitsNoOneAndIsRevokedOnce() {
        Invitation invitation = invitations.save(Invitation.forBooth(booth(), null, null, NOW));
        invitation.revoke(NOW);
        invitations.save(invitation);

        Invitation loaded = invitations.findById(invitation.getCode()).orElseThrow();
        assertThat(loaded.getRevokedAt()).isEqualTo(NOW);
        assertThat(loaded.refusal(NOW)).contains(Invitation.Refusal.REVOKED);
        assertThatThrownBy(() -> loaded.revoke(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void twoWorkersUsingTheLastPlaceAtOnceCannotBothGetIn() {
        Invitation invitation = invitations.save(Invitation.forOneWorker(booth(), null, null, NOW));
        Invitation first = invitations.findById(invitation.getCode()).orElseThrow();
        Invitation second = invitations.findById(invitation.getCode()).orElseThrow();
        first.admit(NOW);
        second.admit(NOW);
        invitations.save(first);

        assertThatThrownBy(() -> invitations.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void admitsOnlyToABoothAndAtLeastOneWorker() {
        Location assembly = locations.findById("BR-KAI-203").orElseThrow();

        assertThatThrownBy(() -> Invitation.forBooth(assembly, null, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Invitation.create(booth(), 0, null, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyShortUrlSafeTextsAreCodes() {
        assertThat(Invitation.isWellFormed("AbC-12_x")).isTrue();
        assertThat(Invitation.isWellFormed("a".repeat(64))).isTrue();
        assertThat(Invitation.isWellFormed("a".repeat(65))).isFalse();
        assertThat(Invitation.isWellFormed("")).isFalse();
        assertThat(Invitation.isWellFormed(null)).isFalse();
        assertThat(Invitation.isWellFormed("abc def")).isFalse();
        assertThat(Invitation.isWellFormed("abc'--")).isFalse();
    }

    private Location booth() {
        return locations.findById("BR-KAI-203-001").orElseThrow();
    }
}
