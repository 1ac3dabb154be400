package org.samvad.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelegramUpdatesTest {

    @Test
    void aFailureIsLoggedByItsClassesOnlyNeverByItsMessages() {
        Exception failure = new IllegalStateException("worker रमेश कुमार",
                new RuntimeException("Key (phone)=(9876543210) already exists"));

        assertThat(TelegramUpdates.classNames(failure))
                .isEqualTo("java.lang.IllegalStateException <- java.lang.RuntimeException");
    }
}
