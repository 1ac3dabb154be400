package org.samvad.bot.campaign;

import java.time.Duration;
import org.samvad.db.campaign.QuietHours;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the campaigns observers start with {@code /survey} run ({@code samvad.campaign.*});
 * campaigns made through the admin API say so in the request instead.
 *
 * @param reminderDelay how long after their invitation went out a worker who has not begun is reminded, once
 * @param duration how long after its start the campaign's start button works
 * @param quietHours IST wall-clock hours when invitations and reminders wait, {@code HH:mm-HH:mm} or {@code none}
 */
@ConfigurationProperties("samvad.campaign")
public record SurveySettings(
        @DefaultValue("24h") Duration reminderDelay,
        @DefaultValue("7d") Duration duration,
        @DefaultValue("21:00-08:00") String quietHours) {

    /** @throws IllegalArgumentException for quiet hours that are not {@code HH:mm-HH:mm} or {@code none} */
    public SurveySettings {
        QuietHours.parse(quietHours);
    }

    /** The quiet hours; null for none. */
    QuietHours quiet() {
        return QuietHours.parse(quietHours);
    }
}
