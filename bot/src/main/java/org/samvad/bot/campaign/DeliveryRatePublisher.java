package org.samvad.bot.campaign;

import java.time.Clock;
import org.samvad.bot.BotSettings;
import org.samvad.db.campaign.DeliveryRate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records the senders' configured rate ({@code samvad.bot.delivery.rate}) in the database
 * when the bot starts, so that the admin API, which never sees the bot's settings,
 * estimates campaign completion times at the rate the bot really sends at. The global
 * limit holds for every message, paid broadcasts included, so both figures are that rate.
 */
@Component
class DeliveryRatePublisher implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final BotSettings settings;
    private final Clock clock;

    DeliveryRatePublisher(JdbcClient jdbc, BotSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int rate = settings.delivery().rate();
        new DeliveryRate(rate, rate).publish(jdbc, clock.instant());
    }
}
