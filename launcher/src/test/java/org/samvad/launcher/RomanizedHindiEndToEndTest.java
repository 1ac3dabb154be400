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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samvad.bot.telegram.FakeTelegram;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

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

        DocumentContext booth = JsonPath.parse(send("GET",
                "/api/summaries/BR-KAI-206-002?questionnaire=sangathan-srijan", null, 200));
        assertThat(booth.<Integer>read("$.totals.completed")).isEqualTo(1);
        assertThat(booth.<List<Integer>>read("$.questions[0].options[*].count")).containsExactly(1, 0);
        assertThat(booth.<Double>read("$.questions[1].mean")).isEqualTo(12.0);
        assertThat(booth.<List<Integer>>read("$.questions[2].options[*].count")).containsExactly(0, 0, 1, 0, 0);
        assertThat(booth.<List<Integer>>read("$.questions[3].options[*].count")).containsExactly(1, 0);
        assertThat(booth.<List<Integer>>read("$.questions[4].options[*].count")).containsExactly(0, 1);
        assertThat(booth.<List<Integer>>read("$.questions[5].options[*].count")).containsExactly(1, 0);
        assertThat(booth.<List<Integer>>read("$.questions[6].options[*].count")).containsExactly(0, 1);
        assertThat(booth.<List<Integer>>read("$.questions[7].options[*].count")).containsExactly(1, 0);
        assertThat(booth.<Map<String, Integer>>read("$.questions[8].text.languages"))
                .isEqualTo(Map.of("hi-Latn", 1));
        assertThat(booth.<Map<String, Integer>>read("$.questions[8].text.sentiments"))
                .isEqualTo(Map.of("NEGATIVE", 1));
        assertThat(booth.<Map<String, Integer>>read("$.questions[8].text.themes")).containsKey("roads");
        assertThat(booth.<List<String>>read("$.questions[8].text.topTerms[*].term"))
                .contains("sadak", "paani").doesNotContain("mein", "hai", "aur");
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
