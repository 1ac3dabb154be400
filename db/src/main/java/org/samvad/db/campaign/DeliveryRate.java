package org.samvad.db.campaign;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The broadcast rate of the bot's senders, in messages a second: the ordinary one and
 * the paid-broadcast one. The bot records its configured rate in the database when it
 * starts ({@link #publish}); the admin API, another process that never sees the bot's
 * settings, reads it from there ({@link #current}) to estimate completion times. Until a
 * bot has started, Telegram's defaults apply: 30 and 1,000.
 */
public record DeliveryRate(int messagesPerSecond, int paidMessagesPerSecond) {

    /** Telegram's bulk limit, and the most a paid broadcast may reach. */
    public static final DeliveryRate TELEGRAM_DEFAULT = new DeliveryRate(30, 1000);

    /** @throws IllegalArgumentException for a rate that is not positive */
    public DeliveryRate {
        if (messagesPerSecond <= 0 || paidMessagesPerSecond <= 0) {
            throw new IllegalArgumentException("Delivery rates are positive");
        }
    }

    /** The rate a campaign's invitations go at. */
    public int perSecond(boolean paidBroadcast) {
        return paidBroadcast ? paidMessagesPerSecond : messagesPerSecond;
    }

    /** How long sending this many messages takes at the campaign's rate. */
    public Duration timeFor(long messages, boolean paidBroadcast) {
        return Duration.ofMillis((long) Math.ceil(messages * 1000.0 / perSecond(paidBroadcast)));
    }

    /** The rate the bot recorded; {@link #TELEGRAM_DEFAULT} when none has. */
    public static DeliveryRate current(JdbcClient jdbc) {
        return jdbc.sql("select messages_per_second, paid_messages_per_second from delivery_rate")
                .query((rs, n) -> new DeliveryRate(rs.getInt(1), rs.getInt(2)))
                .optional().orElse(TELEGRAM_DEFAULT);
    }

    /** Records this as the rate the senders go at. */
    public void publish(JdbcClient jdbc, Instant now) {
        jdbc.sql("""
                insert into delivery_rate (id, messages_per_second, paid_messages_per_second, updated_at)
                values (true, ?, ?, ?)
                on conflict (id) do update set messages_per_second = excluded.messages_per_second,
                    paid_messages_per_second = excluded.paid_messages_per_second, updated_at = excluded.updated_at""")
                .params(messagesPerSecond, paidMessagesPerSecond, java.sql.Timestamp.from(now)).update();
    }
}
