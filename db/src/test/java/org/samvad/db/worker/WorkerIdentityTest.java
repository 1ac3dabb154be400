package org.samvad.db.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.samvad.db.Language;
import org.samvad.db.PostgresDataJdbcTest;
import org.samvad.db.invitation.Invitation;
import org.samvad.db.invitation.InvitationRepository;
import org.samvad.db.location.LocationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

@PostgresDataJdbcTest
class WorkerIdentityTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Autowired WorkerRepository workers;
    @Autowired InvitationRepository invitations;
    @Autowired LocationRepository locations;

    @Test
    void aWorkerJoinsByInvitationOrByContactOnce() {
        Invitation invitation = invitations.save(
                Invitation.forBooth(locations.findById("BR-KAI-203-001").orElseThrow(), null, null, NOW));
        Worker invited = Worker.newcomer(11L, 11L, NOW);
        invited.admit(JoinedVia.INVITATION, invitation.getCode(), null, NOW);
        Worker byContact = Worker.newcomer(12L, 12L, NOW);
        byContact.admit(JoinedVia.CONTACT, null, "9876543210", NOW);
        workers.save(invited);
        workers.save(byContact);

        Worker loaded = workers.findByTelegramUserId(11L).orElseThrow();
        assertThat(loaded.isAdmitted()).isTrue();
        assertThat(loaded.getJoinedVia()).isEqualTo(JoinedVia.INVITATION);
        assertThat(loaded.getInvitationCode()).isEqualTo(invitation.getCode());
        assertThat(workers.findByTelegramUserId(12L).orElseThrow().getPhone()).isEqualTo("9876543210");
        assertThat(workers.existsByPhone("9876543210")).isTrue();
        assertThatThrownBy(() -> loaded.admit(JoinedVia.CONTACT, null, "9876500000", NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStrangerIsNotAdmittedButAWorkerActiveFromBeforeIs() {
        Worker stranger = Worker.newcomer(21L, 21L, NOW);
        Worker old = Worker.newcomer(22L, 22L, NOW);
        old.update(Language.HI, "सुनीता", null, 22L, NOW);
        old.settleAt(locations.findById("BR-KAI-203-002").orElseThrow(), NOW);

        assertThat(stranger.isAdmitted()).isFalse();
        assertThat(old.isAdmitted()).isTrue();
        assertThatThrownBy(() -> stranger.admit(JoinedVia.CONTACT, null, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoWorkersCannotJoinWithOnePhoneNumber() {
        Worker first = Worker.newcomer(31L, 31L, NOW);
        first.admit(JoinedVia.CONTACT, null, "9876543211", NOW);
        workers.save(first);
        Worker second = Worker.newcomer(32L, 32L, NOW);
        second.admit(JoinedVia.CONTACT, null, "9876543211", NOW);

        assertThatThrownBy(() -> workers.save(second)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aForgottenWorkerKeepsBoothAndLanguageButNothingThatIdentifiesThem() {
        Worker worker = Worker.newcomer(41L, 4100L, NOW);
        worker.admit(JoinedVia.CONTACT, null, "9876543212", NOW);
        worker.update(Language.HI, "रमेश कुमार", "BR-KAI-203-001", 4100L, NOW);
        worker.settleAt(locations.findById("BR-KAI-203-001").orElseThrow(), NOW);
        Worker saved = workers.save(worker);

        saved.forget(NOW);
        workers.save(saved);

        assertThat(workers.findByTelegramUserId(41L)).isEmpty();
        Worker forgotten = workers.findById(saved.getId()).orElseThrow();
        assertThat(forgotten.getTelegramUserId()).isEqualTo(-saved.getId());
        assertThat(forgotten.getChatId()).isZero();
        assertThat(forgotten.getName()).isNull();
        assertThat(forgotten.getPhone()).isNull();
        assertThat(forgotten.getForgottenAt()).isEqualTo(NOW);
        assertThat(forgotten.isAdmitted()).isFalse();
        assertThat(forgotten.getBoothCode()).isEqualTo("BR-KAI-203-001");
        assertThat(forgotten.isActive()).isTrue();
        assertThat(forgotten.getLanguage()).isEqualTo(Language.HI);
        assertThat(workers.existsByPhone("9876543212")).isFalse();
    }
}
