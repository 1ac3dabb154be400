package org.samvad.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedPostgresRestartTest {

    @TempDir
    Path directory;

    @Test
    void keepsDataAcrossRestartsAndMigratesOnlyOnce() {
        try (ConfigurableApplicationContext first = start()) {
            new JdbcTemplate(first.getBean(DataSource.class))
                    .update("insert into processed_update (update_id, processed_at) values (77, now())");
        }
        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = new JdbcTemplate(second.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select count(*) from processed_update where update_id = 77", Long.class))
                    .isEqualTo(1L);
            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Long.class))
                    .isGreaterThanOrEqualTo(7L);
            assertThat(directory.resolve("postgresql.conf")).exists();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DatabaseConfiguration.class)
                .web(WebApplicationType.NONE)
                .run("--samvad.database.embedded.temporary=false",
                        "--samvad.database.embedded.directory=" + directory);
    }
}
