package org.samvad.bot.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samvad.bot.telegram.FakeTelegram.Updates.press;
import static org.samvad.bot.telegram.FakeTelegram.Updates.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samvad.bot.BotApplication;
import org.samvad.bot.telegram.FakeTelegram;
import org.samvad.db.campaign.Campaign;
import org.samvad.db.campaign.CampaignPlanner;
import org.samvad.db.campaign.CampaignRepository;
import org.samvad.db.campaign.QuietHours;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.observer.Observer;
import org.samvad.db.observer.ObserverRepository;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Campaigns in the bot against WireMock playing the Bot API and a real PostgreSQL: an
 * observer's {@code /survey} from the questionnaire to the confirmation, refusals outside
 * their districts, and workers pressing an invitation's start button.
 */
@SpringBootTest(classes = BotApplication.class)
class CampaignOnTheWireTest {

    static final FakeTelegram telegram = new FakeTelegram();
    static final AtomicLong updateIds = new AtomicLong(70_000);
    private static final long OBSERVER = 9001;

    @Autowired JdbcClient jdbc;
    @Autowired ObserverRepository observers;
    @Autowired LocationRepository locations;
    @Autowired QuestionnaireRepository questionnaires;
    @Autowired CampaignRepository campaigns;
    @Autowired CampaignPlanner planner;

    Questionnaire sample;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("telegram.bot.token", () -> FakeTelegram.TOKEN);
        registry.add("telegram.bot.url", telegram::url);
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @BeforeEach
    void observerAndWorkers() {
        sample = questionnaires.findLatestPublished("sangathan-srijan").orElseThrow();
        if (observers.findByTelegramUserId(OBSERVER).isEmpty()) {
            observers.save(Observer.appoint(OBSERVER, "Observer", List.of(locations.findById("BR-KAI").orElseThrow()),
                    Instant.now()));
            workers("BR-KAI-206-001", 9101, 3);
            workers("BR-KAI-206-002", 9201, 2);
        }
    }

    @Test
    void anObserverPicksAQuestionnaireAndAScopeSeesTheFiguresAndStartsACampaign() {
        long id = sample.id();
        telegram.deliver(text(next(), OBSERVER, "/survey"));
        JsonNode questionnairesOffered = telegram.awaitMessagesTo(OBSERVER, 1).get(0);
        assertThat(questionnairesOffered.path("text").asText())
                .startsWith("कार्यकर्ताओं से कौन-सी प्रश्नावली पूछी जाए?");
        assertThat(callbackData(questionnairesOffered)).contains("srv:q:" + id);

        telegram.deliver(press(next(), OBSERVER, "srv:q:" + id));
        JsonNode kaimur = awaitEdits(1).get(0);
        assertThat(callbackData(kaimur)).startsWith("srv:p:" + id + ":BR-KAI", "srv:s:" + id + ":BR-KAI-203:0");

        telegram.deliver(press(next(), OBSERVER, "srv:s:" + id + ":BR-KAI-206:0"));
        JsonNode chainpur = awaitEdits(2).get(1);
        assertThat(callbackData(chainpur)).contains("srv:p:" + id + ":BR-KAI-206", "srv:p:" + id + ":BR-KAI-206-001");

        telegram.deliver(press(next(), OBSERVER, "srv:p:" + id + ":BR-KAI-206"));
        JsonNode figures = awaitEdits(3).get(2);
        assertThat(figures.path("text").asText()).contains("आमंत्रित होने वाले कार्यकर्ता: 5")
                .contains("Workers to invite: 5").contains("messages a second the last invitation should go out by");
        assertThat(callbackData(figures)).containsExactly("srv:c:" + id + ":BR-KAI-206", "srv:x");

        var confirm = press(next(), OBSERVER, "srv:c:" + id + ":BR-KAI-206");
        telegram.deliver(confirm);
        String launched = telegram.awaitMessagesTo(OBSERVER, 2).get(1).path("text").asText();
        assertThat(launched).contains("शुरू हो गया है").contains("5 workers of Chainpur are being invited");
        telegram.deliver(confirm);
        long confirmationMessage = confirm.path("callback_query").path("message").path("message_id").asLong();
        telegram.deliver(press(next(), OBSERVER, "srv:c:" + id + ":BR-KAI-206", confirmationMessage));
        String again = telegram.awaitMessagesTo(OBSERVER, 3).get(2).path("text").asText();
        assertThat(again).as("a double tap on the confirmation answers with the campaign it made")
                .contains("शुरू हो गया है").contains("5 workers of Chainpur are being invited");
        telegram.deliver(press(next(), OBSERVER, "srv:c:" + id + ":BR-PAT"));
        assertThat(telegram.awaitMessagesTo(OBSERVER, 4).get(3).path("text").asText())
                .startsWith("क्षमा करें, यह स्थान आपके जिलों में नहीं है।");
        telegram.awaitDrained();

        Campaign campaign = campaigns.findAll().stream().filter(c -> c.getScopeCode().equals("BR-KAI-206"))
                .findFirst().orElseThrow();
        assertThat(campaigns.findAll()).as("the redelivered and the pressed-again confirmation made nothing more")
                .filteredOn(c -> c.getCreatedBy().startsWith("observer ")).hasSize(1);
        assertThat(campaign.getCreatedBy()).isEqualTo("observer "
                + observers.findByTelegramUserId(OBSERVER).orElseThrow().getId());
        assertThat(campaign.getQuietHours()).isEqualTo(QuietHours.DEFAULT);
        assertThat(launched).contains("#" + campaign.getId());
        assertThat(again).contains("#" + campaign.getId());
        assertThat(jdbc.sql("select count(*) from outbox_message where campaign_id = ? and priority = 2")
                .param(campaign.getId()).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void aWorkersStartPressBeginsTheCampaignsQuestionnaireOnce() {
        int before = telegram.messagesTo(9101).size();
        Campaign campaign = launch("BR-KAI-206-001", Instant.now().plus(Duration.ofDays(7)));
        long worker = 9101;
        String start = "cmp:" + campaign.getId();
        JsonNode invitation = awaitMessage(worker, before, m -> callbackData(m).contains(start));
        assertThat(invitation.path("text").asText()).startsWith("📋 New survey: Organisation building campaign");

        telegram.deliver(press(next(), worker, start));
        awaitMessage(worker, before, m -> m.path("text").asText().startsWith("A few questions about your booth"));
        awaitMessage(worker, before, m -> m.path("text").asText()
                .startsWith("Question 1 of 9\nIs your booth committee active?"));
        assertThat(jdbc.sql("""
                select r.campaign_id from questionnaire_run r join worker w on w.id = r.worker_id
                where w.telegram_user_id = ?""").param(worker).query(Long.class).single())
                .isEqualTo(campaign.getId());

        telegram.deliver(press(next(), worker, start));
        awaitMessage(worker, before, m -> m.path("text").asText()
                .startsWith("You are already answering this questionnaire, thank you!"));
        telegram.deliver(text(next(), worker, "yes"));
        awaitMessage(worker, before, m -> m.path("text").asText().startsWith("Question 2 of 9"));
        assertThat(runsOf(worker)).isOne();
    }

    @Test
    void afterTheExpiryTheButtonSaysTheSurveyIsClosed() {
        long worker = 9202;
        int before = telegram.messagesTo(worker).size();
        Campaign campaign = launch("BR-KAI-206-002", Instant.now().plus(Duration.ofDays(7)));
        awaitMessage(worker, before, m -> callbackData(m).contains("cmp:" + campaign.getId()));
        jdbc.sql("update campaign set starts_at = now() - interval '2 hours', expires_at = now() - interval '1 minute' "
                + "where id = ?").param(campaign.getId()).update();

        telegram.deliver(press(next(), worker, "cmp:" + campaign.getId()));

        awaitMessage(worker, before, m -> m.path("text").asText()
                .equals("क्षमा करें, यह सर्वेक्षण बंद हो चुका है और अब इसका उत्तर नहीं दिया जा सकता। धन्यवाद!"));
        assertThat(runsOf(worker)).isZero();
    }

    @Test
    void aForgedStartButtonStartsNothing() {
        long worker = 9201; // at booth 002: not invited to a campaign for booth 001
        int before = telegram.messagesTo(worker).size();
        Campaign elsewhere = launch("BR-KAI-206-001", Instant.now().plus(Duration.ofDays(7)));

        telegram.deliver(press(next(), worker, "cmp:" + elsewhere.getId()),
                press(next(), worker, "cmp:99999999"), press(next(), worker, "cmp:x' or 1=1"));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (notValid(worker, before) < 3 && Instant.now().isBefore(deadline)) {
            pause();
        }
        assertThat(notValid(worker, before)).isEqualTo(3);
        assertThat(runsOf(worker)).isZero();
    }

    private static long notValid(long worker, int from) {
        List<JsonNode> messages = telegram.messagesTo(worker);
        return messages.subList(Math.min(from, messages.size()), messages.size()).stream()
                .filter(m -> m.path("text").asText().equals("Sorry, that button is not valid.")).count();
    }

    private static JsonNode awaitMessage(long chat, int from, java.util.function.Predicate<JsonNode> wanted) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            List<JsonNode> messages = telegram.messagesTo(chat);
            for (JsonNode message : messages.subList(Math.min(from, messages.size()), messages.size())) {
                if (wanted.test(message)) {
                    return message;
                }
            }
            pause();
        }
        throw new AssertionError("No such message to " + chat + ": " + telegram.messagesTo(chat));
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Campaign launch(String scope, Instant expiresAt) {
        Instant now = Instant.now();
        var place = locations.findById(scope).orElseThrow();
        return planner.launch(Campaign.plan(sample, place, now, Duration.ofHours(1), expiresAt, null, false, "test",
                now), sample, place, now).campaign();
    }

    private long runsOf(long worker) {
        return jdbc.sql("""
                select count(*) from questionnaire_run r join worker w on w.id = r.worker_id
                where w.telegram_user_id = ?""").param(worker).query(Long.class).single();
    }

    private void workers(String booth, long firstTelegramId, int count) {
        jdbc.sql("""
                insert into worker (telegram_user_id, chat_id, name, language, status, location_code, state_code,
                                    district_code, assembly_code, booth_code, created_at, updated_at, version)
                select :first + n, :first + n, 'Worker', case when n = 0 then 'en' else 'hi' end, 'ACTIVE', b.code,
                       b.state_code, b.district_code, b.assembly_code, b.code, now(), now(), 0
                from location b, generate_series(0, :count - 1) n where b.code = :booth""")
                .param("first", firstTelegramId).param("count", count).param("booth", booth).update();
    }

    private static List<JsonNode> awaitEdits(int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<JsonNode> edits = edits();
        while (edits.size() < count && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            edits = edits();
        }
        assertThat(edits).hasSizeGreaterThanOrEqualTo(count);
        return edits;
    }

    private static List<JsonNode> edits() {
        return telegram.sent("editmessagetext").stream()
                .filter(m -> m.path("chat_id").asText().equals(Long.toString(OBSERVER))).toList();
    }

    private static List<String> callbackData(JsonNode message) {
        return StreamSupport.stream(message.at("/reply_markup/inline_keyboard").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false))
                .map(button -> button.path("callback_data").asText()).toList();
    }

    private static long next() {
        return updateIds.incrementAndGet();
    }
}
