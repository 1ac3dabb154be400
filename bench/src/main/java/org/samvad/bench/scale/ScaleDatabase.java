package org.samvad.bench.scale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.samvad.admin.AdminApiApplication;
import org.samvad.db.DatabaseConfiguration;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded PostgreSQL of the scale benchmark, in a directory that survives runs
 * (generating India takes a while), tuned for a large load, migrated by Flyway; and
 * the admin API on top of it, as the launcher runs it.
 */
final class ScaleDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final ConfigurableApplicationContext database;
    private final List<ConfigurableApplicationContext> apps = new ArrayList<>();

    private ScaleDatabase(EmbeddedPostgres postgres, ConfigurableApplicationContext database) {
        this.postgres = postgres;
        this.database = database;
    }

    /** Starts the database in the directory, emptied first when {@code fresh}. */
    static ScaleDatabase start(Path directory, boolean fresh) throws IOException {
        if (fresh && Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory.toAbsolutePath())
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "3GB")
                .setServerConfig("effective_cache_size", "12GB")
                .setServerConfig("work_mem", "64MB")
                .setServerConfig("max_wal_size", "16GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .setServerConfig("jit", "off")
                // Commits are not flushed one by one: this VM's disk takes tens of ms per flush, which
                // would cap the answer load far below 1,000/s whatever the schema (see the README).
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("log_error_verbosity", "terse")
                .setServerConfig("log_min_error_statement", "panic")
                .setServerConfig("log_min_messages", "warning")
                .setServerConfig("log_min_duration_statement", System.getProperty("bench.logSlowMillis", "-1"))
                .start();
        ConfigurableApplicationContext database = new SpringApplicationBuilder(DatabaseConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--spring.datasource.hikari.maximum-pool-size=30",
                        "--logging.level.root=WARN");
        return new ScaleDatabase(postgres, database);
    }

    /** Where another JVM finds this database. */
    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    DataSource dataSource() {
        return database.getBean(DataSource.class);
    }

    /** The admin API on this database, on a free port, with an admin token. */
    ConfigurableApplicationContext startAdminApi(String adminToken, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--samvad.admin.token=" + adminToken,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        args.addAll(List.of(more));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(AdminApiApplication.class)
                .parent(database)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .run(args.toArray(String[]::new));
        apps.add(app);
        return app;
    }

    @Override
    public void close() throws IOException {
        for (ConfigurableApplicationContext app : apps) {
            app.close();
        }
        database.close();
        postgres.close();
    }
}
