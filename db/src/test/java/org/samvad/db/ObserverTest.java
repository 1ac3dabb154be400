package org.samvad.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.observer.Observer;
import org.samvad.db.observer.ObserverRepository;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresDataJdbcTest
class ObserverTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Autowired ObserverRepository observers;
    @Autowired LocationRepository locations;

    @Test
    void coversTheBoothsOfItsDistrictsUntilRevoked() {
        Observer observer = observers.save(Observer.appoint(55L, "Observer", List.of(
                locations.findById("BR-KAI").orElseThrow(), locations.findById("BR-BUX").orElseThrow()), NOW));

        Observer loaded = observers.findByTelegramUserId(55L).orElseThrow();
        assertThat(loaded.getDistrictCodes()).containsExactly("BR-KAI", "BR-BUX");
        assertThat(loaded.covers(locations.findById("BR-KAI-205-002").orElseThrow())).isTrue();
        assertThat(loaded.covers(locations.findById("BR-PAT").orElseThrow())).isFalse();

        loaded.revoke(NOW);
        observers.save(loaded);
        assertThat(observers.findById(observer.getId()).orElseThrow()
                .covers(locations.findById("BR-KAI-205-002").orElseThrow())).isFalse();
    }

    @Test
    void isAppointedOnlyForDistricts() {
        assertThatThrownBy(() -> Observer.appoint(56L, "X", List.of(locations.findById("BR").orElseThrow()), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
