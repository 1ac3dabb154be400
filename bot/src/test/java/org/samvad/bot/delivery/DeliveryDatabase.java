package org.samvad.bot.delivery;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One throw-away PostgreSQL with Samvad's schema for the delivery tests of this JVM. */
final class DeliveryDatabase {

    private static DeliveryDatabase instance;

    final EmbeddedPostgres postgres;
    final DataSource dataSource;
    final JdbcClient jdbc;

    private DeliveryDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setMaximumPoolSize(20);
        dataSource = pool;
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    static synchronized DeliveryDatabase get() {
        if (instance == null) {
            try {
                instance = new DeliveryDatabase();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    instance.postgres.close();
                } catch (IOException e) {
                    // the JVM is going anyway
                }
            }));
        }
        return instance;
    }

    /** Empties the outbox, the workers and the shared bucket between tests. */
    void clear() {
        jdbc.sql("truncate outbox_message, delivery_bucket").update();
        jdbc.sql("delete from worker where telegram_user_id >= 1000000").update();
    }

    /** A worker whose private chat id is {@code chatId}; returns its id. */
    long worker(long chatId) {
        return jdbc.sql("""
                insert into worker (telegram_user_id, chat_id, status, created_at, updated_at, version)
                values (:chat, :chat, 'REGISTERING', now(), now(), 0) returning id""").param("chat", chatId)
                .query(Long.class).single();
    }
}
