package org.samvad.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samvad.bot.telegram.FakeTelegram.Updates.contact;
import static org.samvad.bot.telegram.FakeTelegram.Updates.press;
import static org.samvad.bot.telegram.FakeTelegram.Updates.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samvad.bot.telegram.FakeTelegram;
import org.samvad.db.invitation.Invitation;
import org.samvad.db.invitation.InvitationRepository;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.rollup.Rollups;
import org.samvad.db.roster.RosterImporter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole system as the launcher runs it: WireMock plays the Bot API, the bot and
 * the admin API share one real PostgreSQL. Two workers in two Kaimur booths answer
 * the sample questionnaire, one joining by an invitation link and typing Devanagari in
 * Hindi, one joining by sharing their phone number (on the roster) and pressing buttons
 * in English; the bot is restarted in the middle; a coordinator reads the summaries.
 */
class WalkingSkeletonEndToEndTest {

    private static final long RAMESH = 7001;
    private static final long SITA = 7002;
    private static final String ADMIN_TOKEN = "e2e-admin-token-0123456789abcdef0123456789";

    private final FakeTelegram telegram = new FakeTelegram();
    private ConfigurableApplicationContext database;
    private ConfigurableApplicationContext bot;
    private ConfigurableApplicationContext admin;
    private JdbcClient jdbc;
    private long updateId = 500;

    @BeforeEach
    void start() {
        database = SamvadLauncher.startDatabase();
        bot = startBot();
        admin = SamvadLauncher.startAdminApi(database, "--server.port=0", "--samvad.admin.token=" + ADMIN_TOKEN);
        jdbc = JdbcClient.create(database.getBean(DataSource.class));
    }

    @AfterEach
    void stop() {
        bot.close();
        admin.close();
        database.close();
        telegram.close();
    }

    @Test
    void twoWorkersAnswerInTwoLanguagesAcrossABotRestartAndTheCoordinatorReadsTheSummaries() throws Exception {
        String rameshLink = bot.getBean(InvitationRepository.class).save(Invitation.forOneWorker(
                location("BR-KAI-203-001"), null, "observer", Instant.now())).getCode();
        bot.getBean(RosterImporter.class).importRows(List.of(
                new RosterImporter.Row("98765 00002", "Sita Devi", "BR-KAI-205-002")));

        telegram.deliver(text(next(), RAMESH, "/start " + rameshLink), contact(next(), SITA, "+919876500002", SITA));
        telegram.deliver(text(next(), RAMESH, "हिन्दी"), press(next(), SITA, "lang:en"));
        telegram.deliver(text(next(), RAMESH, "रमेश कुमार"), press(next(), SITA, "ans:0:no"));
        telegram.deliver(text(next(), RAMESH, "हाँ"), text(next(), SITA, "7"));
        telegram.deliver(text(next(), RAMESH, "१२"));

        List<JsonNode> toRamesh = telegram.awaitMessagesTo(RAMESH, 8);
        assertThat(texts(toRamesh)).containsExactly(
                "आप बूथ 1, रामगढ़ पर कार्यकर्ता के रूप में संवाद से जुड़ गए हैं।\nYou have joined Samvad as a worker at Booth 1, Ramgarh.",
                "नमस्ते! संवाद में आपका स्वागत है। कृपया अपनी भाषा चुनें।\nWelcome to Samvad! Please choose your language.",
                "आपका नाम क्या है?",
                "धन्यवाद, रमेश कुमार। आप बूथ 1, रामगढ़ पर पंजीकृत हैं।",
                "आपकी बूथ समिति के बारे में कुछ प्रश्न। हर उत्तर तुरंत सहेजा जाता है; आप कभी भी रुककर बाद में लौट सकते हैं।",
                "प्रश्न 1/9\nक्या आपकी बूथ समिति सक्रिय है?\n\nबटन दबाएं, या हाँ या नहीं लिखें।",
                "प्रश्न 2/9\nआपके बूथ पर कितने कार्यकर्ता सक्रिय हैं?\n\n0 से 1000 तक की संख्या लिखें, जैसे 12।",
                "प्रश्न 3/9\nआपकी बूथ समिति को सबसे अधिक किस प्रशिक्षण की आवश्यकता है?\n\nबटन दबाएं या विकल्प की संख्या लिखें।");
        assertThat(toRamesh.get(0).at("/reply_markup/remove_keyboard").asBoolean()).isTrue();
        assertThat(buttons(toRamesh.get(1))).containsExactly(Map.entry("हिन्दी", "lang:hi"), Map.entry("English", "lang:en"));
        assertThat(buttons(toRamesh.get(7))).startsWith(Map.entry("1. बूथ प्रबंधन", "ans:2:booth_management"));

        List<JsonNode> toSita = telegram.awaitMessagesTo(SITA, 7);
        assertThat(texts(toSita).get(0)).isEqualTo(
                "आप बूथ 2, भभुआ पर कार्यकर्ता के रूप में संवाद से जुड़ गए हैं।\nYou have joined Samvad as a worker at Booth 2, Bhabua.");
        assertThat(texts(toSita).subList(2, 7)).containsExactly(
                "Thank you, Sita Devi. You are registered at Booth 2, Bhabua.",
                "A few questions about your booth committee. Your answers are saved as you go; you can stop and come back at any time.",
                "Question 1 of 9\nIs your booth committee active?\n\nPress a button, or type yes or no.",
                "Question 2 of 9\nHow many workers are active at your booth?\n\nType a number from 0 to 1000, for example 12.",
                "Question 3 of 9\nWhat training does your booth committee need most?\n\nPress a button or type the option's number.");
        assertThat(texts(toSita)).as("the roster's booth and name are not asked")
                .noneMatch(t -> t.startsWith("Choose your") || t.startsWith("What is your name"));
        assertThat(buttons(toSita.get(4))).containsExactly(Map.entry("Yes", "ans:0:yes"), Map.entry("No", "ans:0:no"));
        assertThat(telegram.sent("answercallbackquery")).hasSize(2);
        assertThat(jdbc.sql("select position from questionnaire_run r join worker w on w.id = r.worker_id "
                + "where w.telegram_user_id = ?").param(RAMESH).query(Integer.class).single()).isEqualTo(2);
        assertThat(answersOf(RAMESH)).containsOnlyKeys("committee_active", "active_workers");

        bot.close();
        bot = startBot();

        telegram.deliver(text(next(), RAMESH, "/start"), press(next(), SITA, "ans:2:booth_management"));
        telegram.deliver(text(next(), RAMESH, "जन-संपर्क"), press(next(), SITA, "ans:3:yes"));
        telegram.deliver(text(next(), RAMESH, "हाँ"), press(next(), SITA, "ans:4:yes"));
        telegram.deliver(text(next(), RAMESH, "हां"), press(next(), SITA, "ans:5:yes"));
        telegram.deliver(text(next(), RAMESH, "नहीं"), press(next(), SITA, "ans:6:no"));
        telegram.deliver(text(next(), RAMESH, "हाँ"), press(next(), SITA, "ans:7:no"));
        telegram.deliver(text(next(), RAMESH, "नहीं"), text(next(), SITA, "More training camps before the elections"));
        telegram.deliver(text(next(), RAMESH, "गाँव में सड़क और पानी की समस्या है।"), press(next(), SITA, "confirm"));
        telegram.deliver(text(next(), RAMESH, "हाँ"));

        toRamesh = telegram.awaitMessagesTo(RAMESH, 18);
        assertThat(texts(toRamesh).subList(8, 10)).containsExactly(
                "फिर से स्वागत है! जहाँ आप रुके थे, वहीं से आगे बढ़ते हैं।",
                "प्रश्न 3/9\nआपकी बूथ समिति को सबसे अधिक किस प्रशिक्षण की आवश्यकता है?\n\nबटन दबाएं या विकल्प की संख्या लिखें।");
        assertThat(texts(toRamesh).get(16)).startsWith("कृपया अपने उत्तर जाँच लें:\n1. क्या आपकी बूथ समिति सक्रिय है?\n   → हाँ");
        assertThat(texts(toRamesh).get(17)).isEqualTo("धन्यवाद! आपके उत्तर दर्ज हो गए हैं।");
        assertThat(texts(telegram.awaitMessagesTo(SITA, 15)).get(14)).isEqualTo("Thank you! Your answers have been recorded.");
        assertThat(telegram.messagesTo(RAMESH)).hasSize(18);

        assertStoredRows();
        assertSummaries();
    }

    private void assertStoredRows() {
        assertThat(jdbc.sql("""
                select telegram_user_id || ' ' || language || ' ' || status || ' ' || booth_code || ' ' || name
                from worker order by telegram_user_id""").query(String.class).list()).containsExactly(
                "7001 hi ACTIVE BR-KAI-203-001 रमेश कुमार", "7002 en ACTIVE BR-KAI-205-002 Sita Devi");
        assertThat(jdbc.sql("""
                select joined_via || ' ' || coalesce(phone, '-') || ' ' || (invitation_code is not null)
                from worker order by telegram_user_id""").query(String.class).list()).containsExactly(
                "INVITATION - true", "CONTACT 9876500002 false");
        assertThat(jdbc.sql("select status from questionnaire_run order by worker_id").query(String.class).list())
                .containsExactly("COMPLETED", "COMPLETED");
        assertThat(answersOf(RAMESH)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "committee_active", "yes", "active_workers", "12", "training_needed", "public_contact",
                "youth_taking_part", "yes", "women_taking_part", "yes", "sc_st_taking_part", "no",
                "obc_taking_part", "yes", "minorities_taking_part", "no",
                "suggestion", "गाँव में सड़क और पानी की समस्या है।"));
        assertThat(answersOf(SITA)).hasSize(9).containsEntry("active_workers", "7")
                .containsEntry("training_needed", "booth_management")
                .containsEntry("suggestion", "More training camps before the elections");
        assertThat(jdbc.sql("select count(*) from processed_update").query(Long.class).single()).isEqualTo(updateId - 500);
    }

    /**
     * Two respondents are fewer than the summaries' k (5): the API shows the rosters and
     * withholds every figure computed from them, at every level; the roll-ups behind it
     * hold them counted as meant.
     */
    private void assertSummaries() throws IOException, InterruptedException {
        admin.getBean(Rollups.class).foldPending();
        Map<String, Boolean> suppressed = Map.of("suppressed", true);
        DocumentContext booth = summary("BR-KAI-203-001");
        assertThat(booth.<Integer>read("$.totals.roster")).isEqualTo(1);
        assertThat(booth.<Object>read("$.totals.respondents")).isEqualTo(suppressed);
        assertThat(booth.<List<Object>>read("$.questions[0].options[*].count")).containsOnly(suppressed);

        DocumentContext assembly = summary("BR-KAI-205");
        assertThat(assembly.<Object>read("$.totals.completed")).isEqualTo(suppressed);
        assertThat(assembly.<List<Object>>read("$.children.items[*].totals.respondents"))
                .containsExactly(0, suppressed, 0, 0, 0);

        DocumentContext district = summary("BR-KAI");
        assertThat(district.<Integer>read("$.totals.roster")).isEqualTo(2);
        assertThat(district.<Object>read("$.totals.responseRate")).isEqualTo(suppressed);
        assertThat(district.<Object>read("$.questions[1].mean")).isEqualTo(suppressed);
        assertThat(district.<List<Object>>read("$.children.items[*].totals.respondents"))
                .containsExactly(suppressed, 0, suppressed, 0);
        assertThat(district.jsonString()).doesNotContain("सड़क");

        assertThat(jdbc.sql("""
                        select respondents || ' ' || completed from rollup_runs
                        where location_code = 'BR-KAI' and dimension = 'all'""").query(String.class).single())
                .as("respondents and completed in the roll-ups").isEqualTo("2 2");
        assertThat(jdbc.sql("""
                        select value || '=' || count from rollup_answers
                        where location_code = 'BR-KAI' and question_key in ('committee_active', 'training_needed')
                          and facet = 'option' order by question_key, value""").query(String.class).list())
                .containsExactly("no=1", "yes=1", "booth_management=1", "public_contact=1");
    }

    private Location location(String code) {
        return bot.getBean(LocationRepository.class).findById(code).orElseThrow();
    }

    private ConfigurableApplicationContext startBot() {
        return SamvadLauncher.startBot(database, telegram.botArguments());
    }

    private Map<String, String> answersOf(long telegramUserId) {
        return jdbc.sql("""
                        select a.question_key, coalesce(a.option_key, a.number_value::text, a.text_value) as value
                        from answer a join questionnaire_run r on r.id = a.run_id join worker w on w.id = r.worker_id
                        where w.telegram_user_id = ?""")
                .param(telegramUserId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private DocumentContext summary(String code) throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) admin).getWebServer().getPort();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/summaries/" + code + "?questionnaire=sangathan-srijan"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.parse(response.body());
    }

    private static List<String> texts(List<JsonNode> messages) {
        return messages.stream().map(m -> m.path("text").asText()).toList();
    }

    private static List<Map.Entry<String, String>> buttons(JsonNode message) {
        List<Map.Entry<String, String>> buttons = new ArrayList<>();
        message.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(
                button -> buttons.add(Map.entry(button.path("text").asText(), button.path("callback_data").asText()))));
        return buttons;
    }

    private long next() {
        return ++updateId;
    }
}
