package org.samvad.db.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when no {@code spring.datasource.url} is set.
 *
 * @param directory where its data lives; it survives restarts
 * @param port the port it listens on; 0 picks a free one
 * @param temporary true for a throw-away database in a fresh temporary directory (tests)
 */
@ConfigurationProperties("samvad.database.embedded")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data/postgres") String directory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean temporary) {
}
