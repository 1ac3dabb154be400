package org.samvad.launcher;

import org.samvad.admin.AdminApiApplication;
import org.samvad.bot.BotApplication;
import org.samvad.db.DatabaseConfiguration;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs all of Samvad in one JVM for local use: a parent context owns the database
 * (embedded PostgreSQL unless {@code SPRING_DATASOURCE_URL} is set), and the bot and
 * the admin API run as sibling contexts on top of it. In production they run as
 * separate services instead (see docker-compose.yml).
 */
public final class SamvadLauncher {

    private SamvadLauncher() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext database = startDatabase(args);
        startBot(database, args);
        startAdminApi(database, args);
    }

    /** The database alone, migrated. */
    public static ConfigurableApplicationContext startDatabase(String... args) {
        return new SpringApplicationBuilder(DatabaseConfiguration.class)
                .web(WebApplicationType.NONE)
                .run(args);
    }

    /** The bot, on the given database context, with its own web server on {@code samvad.bot.port}. */
    public static ConfigurableApplicationContext startBot(ConfigurableApplicationContext database, String... args) {
        return new SpringApplicationBuilder(BotApplication.class)
                .parent(database)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .run(args);
    }

    /** The admin API, on the given database context. */
    public static ConfigurableApplicationContext startAdminApi(ConfigurableApplicationContext database,
            String... args) {
        return new SpringApplicationBuilder(AdminApiApplication.class)
                .parent(database)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .run(args);
    }
}
