package org.samvad.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The admin API's settings.
 *
 * @param token the value of an admin token that is stored (as its hash) at start if it is
 *     missing ({@code SAMVAD_ADMIN_TOKEN}); null for none. Read only from the environment
 *     or the command line, and never logged.
 * @param maxBodySize the largest request body accepted; larger ones are answered 413
 * @param maxCsvSize the largest CSV body ({@code text/csv}, a roster) accepted instead of
 *     {@code maxBodySize}; larger ones are answered 413
 * @param botUsername the bot's Telegram username, without {@code @}, for invitation links
 *     ({@code https://t.me/<botUsername>?start=<code>})
 * @param suppressBelow k of small-cell suppression: a summary figure computed from fewer
 *     than k people is withheld; at least 3, or the application does not start
 */
@ConfigurationProperties("samvad.admin")
public record AdminApiSettings(
        String token,
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("5MB") DataSize maxCsvSize,
        @DefaultValue("samvad_bot") String botUsername,
        @DefaultValue("5") int suppressBelow) {

    /** The smallest {@code suppressBelow} accepted. */
    public static final int MINIMUM_SUPPRESS_BELOW = 3;

    public AdminApiSettings {
        if (suppressBelow < MINIMUM_SUPPRESS_BELOW) {
            throw new IllegalArgumentException("samvad.admin.suppress-below is " + suppressBelow
                    + "; small-cell suppression needs at least " + MINIMUM_SUPPRESS_BELOW);
        }
    }

    /** Without the token, so that it never reaches a log. */
    @Override
    public String toString() {
        return "AdminApiSettings[token=" + (token == null ? "none" : "(set)") + ", maxBodySize=" + maxBodySize
                + ", maxCsvSize=" + maxCsvSize + ", botUsername=" + botUsername + ", suppressBelow=" + suppressBelow
                + "]";
    }
}
