package org.samvad.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samvad.bot.chat.Chats;
import org.samvad.db.rollup.RollupFolding;
import org.samvad.db.rollup.Rollups;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one-command run without a Telegram token: the bot stays off, its context still
 * starts and says it is ready (only the database is checked), beside the admin API;
 * the two share the database context's roll-up folding.
 */
class BotWithoutTokenEndToEndTest {

    private ConfigurableApplicationContext database;
    private ConfigurableApplicationContext bot;
    private ConfigurableApplicationContext admin;

    @AfterEach
    void stop() {
        if (admin != null) {
            admin.close();
        }
        if (bot != null) {
            bot.close();
        }
        database.close();
    }

    @Test
    void theBotStaysOffButItsContextStartsAndIsReady() throws IOException, InterruptedException {
        database = SamvadLauncher.startDatabase();
        bot = SamvadLauncher.startBot(database, "--telegram.bot.token=", "--samvad.bot.port=0");
        admin = SamvadLauncher.startAdminApi(database, "--server.port=0");

        HttpResponse<String> readiness = get(bot, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("\"db\"").doesNotContain("inbound");
        assertThat(bot.getBeanNamesForType(Chats.class)).hasSize(1);
        assertThat(get(admin, "/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void theBotAndTheAdminApiShareTheDatabaseContextsSingleRollupFolding() {
        database = SamvadLauncher.startDatabase();
        bot = SamvadLauncher.startBot(database, "--telegram.bot.token=", "--samvad.bot.port=0");
        admin = SamvadLauncher.startAdminApi(database, "--server.port=0");

        assertThat(database.getBeanNamesForType(RollupFolding.class)).hasSize(1);
        assertThat(bot.getBeanNamesForType(RollupFolding.class)).isEmpty();
        assertThat(admin.getBeanNamesForType(RollupFolding.class)).isEmpty();
        assertThat(admin.getBean(Rollups.class)).isSameAs(database.getBean(Rollups.class));
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext context, String path)
            throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
