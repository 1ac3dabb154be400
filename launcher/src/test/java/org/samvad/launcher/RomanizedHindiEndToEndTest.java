package org.samvad.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samvad.bot.telegram.FakeTelegram.Updates.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samvad.bot.telegram.FakeTelegram;
import org.samvad.db.rollup.Rollups;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A worker who types nothing but romanized Hindi: an admin makes an invitation link
 * through the admin API, the worker joins with it and answers the sample questionnaire
 * as people type ("haan ji", "lagbhag barah log", "jan sampark"), and the summary counts
 * what they meant, with their suggestion read as romanized Hindi.
 */
class RomanizedHindiEndToEndTest {

    private static final long WORKER = 9101;
    private static final String ADMIN_TOKEN = "romanized-admin-token-0123456789abcdef012345";

    private final FakeTelegram telegram = new FakeTelegram();
    private final HttpClient http = HttpClient.newHttpClient();
    private ConfigurableApplicationContext database;
    private ConfigurableApplicationContext bot;
    private ConfigurableApplicationContext admin;
    private long updateId = 300;

    @BeforeEach
    void start() {
        database = SamvadLauncher.startDatabase();
        bot = SamvadLauncher.startBot(database, telegram.botArguments());
        admin = SamvadLauncher.startAdminApi(database, "--server.port=0", "--samvad.admin.token=" + ADMIN_TOKEN);
    }

    @AfterEach
    void stop() {
        bot.close();
        admin.close();
        database.close();
        telegram.close();
    }

    @Test
    void aWorkerTypingRomanizedHindiIsUnderstoodAndCountedAsMeant() throws Exception {
        String code = JsonPath.parse(send("POST", "/api/invitations",
                "{\"booth\": \"BR-KAI-206-002\", \"kind\": \"worker\"}", 201)).read("$.code");

        telegram.deliver(text(next(), WORKER, "/start " + code), text(next(), WORKER, "hindi"),
                text(next(), WORKER, "Ramesh Paswan"));
        telegram.deliver(text(next(), WORKER, "haan ji"), text(next(), WORKER, "lagbhag barah log"),
                text(next(), WORKER, "jan sampark"), text(next(), WORKER, "haan"), text(next(), WORKER, "nahi"),
                text(next(), WORKER, "ha"), text(next(), WORKER, "nahin"), text(next(), WORKER, "ji haan"));
        telegram.deliver(text(next(), WORKER, "gaon mein sadak bahut kharab hai aur paani ki bhi dikkat hai"),
                text(next(), WORKER, "haan"));

        List<JsonNode> messages = telegram.awaitMessagesTo(WORKER, 16);
        assertThat(messages).extracting(m -> m.path("text").asText())
                .noneMatch(t -> t.startsWith("क्षमा करें"))
                .last().isEqualTo("धन्यवाद! आपके उत्तर दर्ज हो गए हैं।");

        admin.getBean(Rollups.class).foldPending();
        DocumentContext booth = JsonPath.parse(send("GET",
                "/api/summaries/BR-KAI-206-002?questionnaire=sangathan-srijan", null, 200));
        assertThat(booth.<Object>read("$.totals.completed")).as("one respondent: withheld")
                .isEqualTo(Map.of("suppressed", true));
        assertThat(facets("option")).containsExactly("committee_active=yes", "minorities_taking_part=yes",
                "obc_taking_part=no", "sc_st_taking_part=yes", "training_needed=public_contact",
                "women_taking_part=no", "youth_taking_part=yes");
        assertThat(facets("number")).containsExactly("active_workers=12");
        assertThat(facets("language")).containsExactly("suggestion=hi-Latn");
        assertThat(facets("sentiment")).containsExactly("suggestion=NEGATIVE");
        assertThat(facets("theme")).contains("suggestion=roads");
        assertThat(facets("term")).contains("suggestion=sadak", "suggestion=paani")
                .doesNotContain("suggestion=mein", "suggestion=hai", "suggestion=aur");
    }

    /** The booth's answers as the summaries count them ({@code question=value}), read from raw answers. */
    private List<String> facets(String facet) {
        return JdbcClient.create(database.getBean(DataSource.class)).sql("""
                        select question_key || '=' || value from rollup_answer_facets(
                            array(select id from questionnaire where slug = 'sangathan-srijan'), 'BR-KAI-206-002')
                        where facet = ? order by 1""").param(facet).query(String.class).list();
    }

    private String send(String method, String path, String json, int status) throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) admin).getWebServer().getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + ADMIN_TOKEN);
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body();
    }

    private long next() {
        return ++updateId;
    }
}
