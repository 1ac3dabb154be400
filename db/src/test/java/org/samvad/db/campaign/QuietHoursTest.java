package org.samvad.db.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final QuietHours NIGHT = QuietHours.DEFAULT;

    @Test
    void theDefaultNightRunsFromNineInTheEveningToEightInTheMorningIndianTime() {
        assertThat(NIGHT.contains(Instant.parse("2026-11-25T15:29:59Z"))).as("20:59 IST").isFalse();
        assertThat(NIGHT.contains(Instant.parse("2026-11-25T15:30:00Z"))).as("21:00 IST").isTrue();
        assertThat(NIGHT.contains(Instant.parse("2026-11-25T20:00:00Z"))).as("01:30 IST").isTrue();
        assertThat(NIGHT.contains(Instant.parse("2026-11-26T02:30:00Z"))).as("08:00 IST").isFalse();
    }

    @Test
    void workThatRunsIntoTheNightWaitsForTheMorning() {
        Instant twentyPastEight = Instant.parse("2026-11-25T14:50:00Z"); // 20:20 IST
        Instant finished = NIGHT.finish(twentyPastEight, Duration.ofHours(1));
        assertThat(finished).as("40 minutes tonight, 20 tomorrow from 08:00 IST")
                .isEqualTo(Instant.parse("2026-11-26T02:50:00Z"));
    }

    @Test
    void workStartedAtNightBeginsInTheMorning() {
        assertThat(NIGHT.finish(Instant.parse("2026-11-25T18:00:00Z"), Duration.ofMinutes(10)))
                .isEqualTo(Instant.parse("2026-11-26T02:40:00Z"));
    }

    @Test
    void daytimeQuietHoursDoNotCrossMidnight() {
        QuietHours lunch = new QuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0));
        assertThat(lunch.contains(Instant.parse("2026-11-25T07:45:00Z"))).as("13:15 IST").isTrue();
        assertThat(lunch.contains(Instant.parse("2026-11-25T09:00:00Z"))).as("14:30 IST").isFalse();
        assertThat(lunch.finish(Instant.parse("2026-11-25T07:00:00Z"), Duration.ofHours(1)))
                .as("30 minutes before lunch, 30 after").isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
    }

    @Test
    void startAndEndDiffer() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
