package org.samvad.db.update;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Telegram update ids already handled. Claiming an update inside the transaction
 * that stores its effects makes a redelivered update a no-op.
 */
public class ProcessedUpdates {

    private final JdbcClient jdbc;

    public ProcessedUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims an update for processing.
     *
     * @return true the first time an update id is claimed, false for a repeat
     */
    public boolean claim(long updateId, Instant now) {
        return jdbc.sql("""
                        insert into processed_update (update_id, processed_at) values (:id, :at)
                        on conflict (update_id) do nothing""")
                .param("id", updateId)
                .param("at", Timestamp.from(now))
                .update() == 1;
    }

    /**
     * Forgets the update ids processed before {@code cutoff}, at most {@code limit} of
     * them. Telegram redelivers an update for at most a day, so an id older than that
     * is never claimed again.
     *
     * @return how many were forgotten
     */
    public int forgetBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                        delete from processed_update where update_id in (
                            select update_id from processed_update where processed_at < :cutoff limit :limit)""")
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", limit)
                .update();
    }
}
