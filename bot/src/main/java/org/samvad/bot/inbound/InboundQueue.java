package org.samvad.bot.inbound;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Updates recorded in PostgreSQL before Telegram is answered, and taken from there one
 * sender at a time. {@link #next} locks the sender's row until the transaction ends, so
 * any number of instances can take updates without two ever working on one worker.
 */
public class InboundQueue {

    private final JdbcClient jdbc;

    public InboundQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an update (a repeat of one still waiting changes nothing), in one statement. */
    public void record(long updateId, long senderId, String payload, Instant now) {
        jdbc.sql("""
                        with recorded as (
                            insert into inbound_update (update_id, telegram_user_id, payload, received_at)
                            values (:id, :sender, cast(:payload as jsonb), :at)
                            on conflict (update_id) do nothing
                            returning telegram_user_id)
                        insert into inbound_sender (telegram_user_id)
                        select telegram_user_id from recorded
                        on conflict (telegram_user_id) do nothing""")
                .param("id", updateId)
                .param("sender", senderId)
                .param("payload", payload)
                .param("at", Timestamp.from(now))
                .update();
    }

    /**
     * Locks a sender until the current transaction ends (waiting while another instance
     * holds it), then returns their oldest waiting update, if any, as it is once the lock
     * is held. Must run in a transaction.
     */
    public Optional<Waiting> next(long senderId) {
        return jdbc.sql("select * from inbound_next(:sender)")
                .param("sender", senderId)
                .query((rs, row) -> {
                    long updateId = rs.getLong("next_update_id");
                    return new Waiting(updateId, senderId, rs.getString("next_payload"),
                            rs.getTimestamp("next_received_at").toInstant(),
                            updateId <= rs.getLong("newest_processed"));
                })
                .optional();
    }

    /**
     * Removes a processed update and makes it the sender's newest processed one.
     *
     * @return whether more of the sender's updates wait
     */
    public boolean processed(Waiting update) {
        return jdbc.sql("""
                        with gone as (delete from inbound_update where update_id = :id),
                        newest as (update inbound_sender set last_update_id = greatest(last_update_id, :id)
                                   where telegram_user_id = :sender)
                        select exists (select 1 from inbound_update
                                       where telegram_user_id = :sender and update_id <> :id)""")
                .param("id", update.updateId())
                .param("sender", update.senderId())
                .query(Boolean.class)
                .single();
    }

    /** Removes an update without processing it (it came late, or failed). */
    public void discard(Waiting update) {
        jdbc.sql("delete from inbound_update where update_id = :id").param("id", update.updateId()).update();
    }

    /** The senders with an update waiting since before {@code before}, at most {@code limit}. */
    public List<Long> waitingSince(Instant before, int limit) {
        return jdbc.sql("""
                        select telegram_user_id from inbound_update where received_at < :before
                        group by telegram_user_id order by min(received_at) limit :limit""")
                .param("before", Timestamp.from(before))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** How many updates wait, and since when the oldest does. */
    public Depth depth() {
        return jdbc.sql("select count(*) as waiting, min(received_at) as oldest from inbound_update")
                .query((rs, row) -> new Depth(rs.getLong("waiting"),
                        rs.getTimestamp("oldest") == null ? null : rs.getTimestamp("oldest").toInstant()))
                .single();
    }

    /**
     * An update taken from the queue.
     *
     * @param late true when a newer update of the same sender was processed already
     */
    public record Waiting(long updateId, long senderId, String payload, Instant receivedAt, boolean late) {
    }

    /** @param oldest when the oldest waiting update arrived; null when none waits */
    public record Depth(long waiting, Instant oldest) {
    }
}
