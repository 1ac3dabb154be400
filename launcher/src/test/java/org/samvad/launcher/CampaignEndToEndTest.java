package org.samvad.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samvad.bot.telegram.FakeTelegram.Updates.press;
import static org.samvad.bot.telegram.FakeTelegram.Updates.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samvad.bot.telegram.FakeTelegram;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.observer.Observer;
import org.samvad.db.observer.ObserverRepository;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A campaign from end to end: an observer starts it with {@code /survey} in the bot, the
 * invitations go out through the outbox's sender to WireMock playing the Bot API, one
 * worker presses start and answers every question, the other is reminded once, and the
 * admin API's progress shows it all.
 */
class CampaignEndToEndTest {

    private static final String ADMIN_TOKEN = "campaign-e2e-admin-token-0123456789abcdef";
    private static final long OBSERVER = 8800;
    private static final long SITA = 8801;
    private static final long MOHAN = 8802;
    private static final String BOOTH = "BR-KAI-205-003";

    private final FakeTelegram telegram = new FakeTelegram();
    private ConfigurableApplicationContext database;
    private ConfigurableApplicationContext bot;
    private ConfigurableApplicationContext admin;
    private JdbcClient jdbc;
    private long updateId = 90_000;

    @BeforeEach
    void start() {
        database = SamvadLauncher.startDatabase();
        jdbc = JdbcClient.create(database.getBean(DataSource.class));
        jdbc.sql("""
                insert into worker (telegram_user_id, chat_id, name, language, status, location_code, state_code,
                                    district_code, assembly_code, booth_code, created_at, updated_at, version)
                select t.id, t.id, 'Worker', t.language, 'ACTIVE', b.code, b.state_code, b.district_code,
                       b.assembly_code, b.code, now(), now(), 0
                from location b, (values (8801, 'en'), (8802, 'hi')) t (id, language) where b.code = ?""")
                .param(BOOTH).update();
        bot = SamvadLauncher.startBot(database, telegram.botArguments("--samvad.campaign.quiet-hours=none",
                "--samvad.campaign.reminder-delay=6s", "--samvad.bot.timer-interval=1s"));
        admin = SamvadLauncher.startAdminApi(database, "--server.port=0", "--samvad.admin.token=" + ADMIN_TOKEN);
        bot.getBean(ObserverRepository.class).save(Observer.appoint(OBSERVER, "Observer",
                List.of(bot.getBean(LocationRepository.class).findById("BR-KAI").orElseThrow()), Instant.now()));
    }

    @AfterEach
    void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {bot, admin, database}) {
            if (context != null) {
                context.close();
            }
        }
        telegram.close();
    }

    @Test
    void anObserversCampaignReachesEveryWorkerOnceAndItsProgressShowsWhoAnswered() throws Exception {
        long questionnaire = jdbc.sql("select id from questionnaire where slug = 'sangathan-srijan' and version = 1")
                .query(Long.class).single();
        telegram.deliver(text(next(), OBSERVER, "/survey"));
        telegram.awaitMessagesTo(OBSERVER, 1);
        telegram.deliver(press(next(), OBSERVER, "srv:p:" + questionnaire + ":" + BOOTH));
        telegram.deliver(press(next(), OBSERVER, "srv:c:" + questionnaire + ":" + BOOTH));
        String launched = body(telegram.awaitMessagesTo(OBSERVER, 2).get(1));
        assertThat(launched).contains("2 workers of Booth 3, Bhabua are being invited");
        long campaign = jdbc.sql("select id from campaign").query(Long.class).single();

        JsonNode invitation = telegram.awaitMessagesTo(SITA, 1).get(0);
        assertThat(body(invitation)).startsWith("📋 New survey: Organisation building campaign");
        assertThat(callbackData(invitation)).containsExactly("cmp:" + campaign);
        assertThat(body(telegram.awaitMessagesTo(MOHAN, 1).get(0))).startsWith("📋 नया सर्वेक्षण");

        telegram.deliver(press(next(), SITA, "cmp:" + campaign));
        telegram.deliver(press(next(), SITA, "ans:0:no"), text(next(), SITA, "7"));
        telegram.deliver(press(next(), SITA, "ans:2:booth_management"), press(next(), SITA, "ans:3:yes"));
        telegram.deliver(press(next(), SITA, "ans:4:yes"), press(next(), SITA, "ans:5:yes"));
        telegram.deliver(press(next(), SITA, "ans:6:no"), press(next(), SITA, "ans:7:no"));
        telegram.deliver(text(next(), SITA, "More training camps"), press(next(), SITA, "confirm"));
        List<JsonNode> toSita = telegram.awaitMessagesTo(SITA, 13);
        assertThat(body(toSita.get(1))).startsWith("A few questions about your booth committee.");
        assertThat(body(toSita.get(12))).isEqualTo("Thank you! Your answers have been recorded.");

        List<JsonNode> toMohan = telegram.awaitMessagesTo(MOHAN, 2);
        assertThat(body(toMohan.get(1))).startsWith("🔔 याद दिलाना: सर्वेक्षण");
        assertThat(callbackData(toMohan.get(1))).containsExactly("cmp:" + campaign);

        DocumentContext progress = awaitProgress(campaign);
        assertThat(progress.<Integer>read("$.targeted")).isEqualTo(2);
        assertThat(progress.<Integer>read("$.sent")).isEqualTo(2);
        assertThat(progress.<Integer>read("$.started")).isEqualTo(1);
        assertThat(progress.<Integer>read("$.completed")).isEqualTo(1);
        assertThat(progress.<Integer>read("$.reminded")).isEqualTo(1);
        assertThat(progress.<Double>read("$.responseRate")).isEqualTo(0.5);

        Thread.sleep(2500);
        assertThat(telegram.messagesTo(MOHAN)).as("one invitation and one reminder, never more").hasSize(2);
        assertThat(telegram.messagesTo(SITA)).as("one invitation, no reminder for who answered").hasSize(13);
    }

    private DocumentContext awaitProgress(long campaign) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        DocumentContext progress = progress(campaign);
        while (progress.<Integer>read("$.pending") > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            progress = progress(campaign);
        }
        return progress;
    }

    private DocumentContext progress(long campaign) throws Exception {
        int port = ((WebServerApplicationContext) admin).getWebServer().getPort();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/campaigns/" + campaign))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.parse(response.body());
    }

    private static String body(JsonNode message) {
        return message.path("text").asText();
    }

    private static List<String> callbackData(JsonNode message) {
        return StreamSupport.stream(message.at("/reply_markup/inline_keyboard").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false))
                .map(button -> button.path("callback_data").asText()).toList();
    }

    private long next() {
        return ++updateId;
    }
}
