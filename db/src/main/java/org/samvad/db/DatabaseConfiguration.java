package org.samvad.db;

import org.samvad.db.embedded.EmbeddedPostgresAutoConfiguration;
import org.samvad.db.rollup.RollupAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * The database alone: a datasource (embedded PostgreSQL unless one is configured),
 * migrated by Flyway, and the folding of the summary roll-ups. Used as the parent context when the bot and the admin API run
 * side by side in one JVM and share it.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({
        EmbeddedPostgresAutoConfiguration.class,
        DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class,
        FlywayAutoConfiguration.class,
        RollupAutoConfiguration.class})
public class DatabaseConfiguration {
}
