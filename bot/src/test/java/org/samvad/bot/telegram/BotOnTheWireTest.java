package org.samvad.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samvad.bot.telegram.FakeTelegram.Updates.edited;
import static org.samvad.bot.telegram.FakeTelegram.Updates.photo;
import static org.samvad.bot.telegram.FakeTelegram.Updates.press;
import static org.samvad.bot.telegram.FakeTelegram.Updates.sticker;
import static org.samvad.bot.telegram.FakeTelegram.Updates.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.samvad.bot.BotApplication;
import org.samvad.db.invitation.Invitation;
import org.samvad.db.invitation.InvitationRepository;
import org.samvad.db.location.LocationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bot against WireMock playing the Bot API and a real PostgreSQL: what a worker
 * can send, and the JSON the bot sends back.
 */
@SpringBootTest(classes = BotApplication.class)
class BotOnTheWireTest {

    static final FakeTelegram telegram = new FakeTelegram();
    static final AtomicLong updateIds = new AtomicLong(1000);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LongPolling longPolling;

    @Autowired
    InvitationRepository invitations;

    @Autowired
    LocationRepository locations;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("telegram.bot.token", () -> FakeTelegram.TOKEN);
        registry.add("telegram.bot.url", telegram::url);
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void anUpdateRedeliveredAfterARestartIsProcessedOnce() throws InterruptedException {
        long worker = 501;
        String code = invitation("BR-KAI-205-001");
        var start = text(next(), worker, "/start " + code);
        telegram.deliver(start);
        telegram.awaitMessagesTo(worker, 2);

        longPolling.stop();
        Thread.sleep(500); // lets the stopped poller's last getUpdates return before the redelivery is queued
        longPolling.start();
        telegram.deliver(start);
        telegram.deliver(press(next(), worker, "lang:hi"));
        List<JsonNode> messages = telegram.awaitMessagesTo(worker, 3);
        telegram.awaitDrained();

        assertThat(messages.get(1).path("text").asText()).contains("नमस्ते").contains("Welcome");
        assertThat(messages.get(2).path("text").asText()).isEqualTo("आपका नाम क्या है?");
        assertThat(jdbc.sql("select count(*) from processed_update where update_id = ?")
                .param(start.path("update_id").asLong()).query(Long.class).single()).isEqualTo(1L);
        assertThat(telegram.messagesTo(worker)).hasSize(3);
        assertThat(telegram.timesServed(start.path("update_id").asLong())).isEqualTo(2);
        assertThat(invitations.findById(code).orElseThrow().getUses()).as("the redelivered link is used once")
                .isEqualTo(1);
    }

    @Test
    void aStickerOrPhotoMidQuestionGetsAPoliteRepromptInTheWorkersLanguage() {
        long worker = 502;
        int before = registerInHindi(worker);
        telegram.deliver(sticker(next(), worker));
        telegram.deliver(photo(next(), worker));

        List<JsonNode> messages = telegram.awaitMessagesTo(worker, before + 4);

        assertThat(messages.subList(before, before + 4)).extracting(m -> m.path("text").asText()).containsExactly(
                "मैं केवल लिखा हुआ संदेश और बटन पढ़ सकता हूँ, यह संदेश नहीं।",
                "प्रश्न 1/9\nक्या आपकी बूथ समिति सक्रिय है?\n\nबटन दबाएं, या हाँ या नहीं लिखें।",
                "मैं केवल लिखा हुआ संदेश और बटन पढ़ सकता हूँ, यह संदेश नहीं।",
                "प्रश्न 1/9\nक्या आपकी बूथ समिति सक्रिय है?\n\nबटन दबाएं, या हाँ या नहीं लिखें।");
        assertThat(messages.get(before + 1).at("/reply_markup/inline_keyboard/0/0/callback_data").asText())
                .isEqualTo("ans:0:yes");
        assertThat(answers(worker)).isZero();
    }

    @Test
    void anEditedMessageIsExplainedAndChangesNothing() {
        long worker = 503;
        int before = registerInHindi(worker);
        telegram.deliver(text(next(), worker, "हाँ"));
        telegram.deliver(edited(next(), worker, "नहीं"));

        List<JsonNode> messages = telegram.awaitMessagesTo(worker, before + 3);

        assertThat(messages.get(before + 1).path("text").asText())
                .isEqualTo("मैं बदले गए संदेश नहीं पढ़ता; आपका पिछला उत्तर वैसा ही रहेगा।");
        assertThat(jdbc.sql("""
                select a.option_key from answer a join questionnaire_run r on r.id = a.run_id
                join worker w on w.id = r.worker_id where w.telegram_user_id = ?""").param(worker)
                .query(String.class).single()).isEqualTo("yes");
    }

    @Test
    void fiveThousandCharactersAreRefusedWithTheLimitAndNothingIsLost() {
        long worker = 504;
        int before = registerInHindi(worker);
        telegram.deliver(text(next(), worker, "हाँ"), text(next(), worker, "12"), text(next(), worker, "1"),
                text(next(), worker, "हाँ"), text(next(), worker, "हाँ"), text(next(), worker, "नहीं"),
                text(next(), worker, "हाँ"), text(next(), worker, "नहीं"));
        telegram.deliver(text(next(), worker, "स".repeat(5000)));

        List<JsonNode> messages = telegram.awaitMessagesTo(worker, before + 10);

        assertThat(messages.get(before + 8).path("text").asText())
                .isEqualTo("आपके उत्तर में 5000 अक्षर हैं; कृपया इसे 1000 अक्षरों के भीतर रखें।");
        assertThat(messages.get(before + 9).path("text").asText()).startsWith("प्रश्न 9/9");
        assertThat(answers(worker)).isEqualTo(8);
    }

    @Test
    void aCommandMidQuestionIsAnsweredAndTheQuestionAskedAgain() {
        long worker = 505;
        int before = registerInHindi(worker);
        telegram.deliver(text(next(), worker, "/survey"));
        telegram.deliver(text(next(), worker, "/help"));

        List<JsonNode> messages = telegram.awaitMessagesTo(worker, before + 4);

        assertThat(messages.get(before).path("text").asText())
                .isEqualTo("यह कमांड मुझे नहीं पता। मैं /start, /back, /skip, /status, /lang और /help समझता हूँ।");
        assertThat(messages.get(before + 2).path("text").asText()).startsWith("संवाद आपसे आपके बूथ के बारे में");
        assertThat(messages.get(before + 3).path("text").asText()).startsWith("प्रश्न 1/9");
    }

    @Test
    void anUpdateThatFailsIsAnsweredWithTheApologyThroughTheOutbox() {
        long worker = 506;
        jdbc.sql("""
                create function refuse_worker_506() returns trigger language plpgsql as $$
                begin
                    if new.telegram_user_id = 506 then raise exception 'refused for the test'; end if;
                    return new;
                end $$""").update();
        jdbc.sql("""
                create trigger refuse_worker_506 before insert or update on worker
                for each row execute function refuse_worker_506()""").update();
        try {
            telegram.deliver(text(next(), worker, "/start " + invitation("BR-KAI-205-001")));

            List<JsonNode> messages = telegram.awaitMessagesTo(worker, 1);

            assertThat(messages).extracting(m -> m.path("text").asText())
                    .containsExactly(TelegramUpdates.APOLOGY.text());
            assertThat(jdbc.sql("select status from outbox_message where chat_id = ?").param(worker)
                    .query(String.class).list()).containsExactly("SENT");
        } finally {
            jdbc.sql("drop trigger refuse_worker_506 on worker").update();
            jdbc.sql("drop function refuse_worker_506()").update();
        }
    }

    @Test
    void aWorkerTellsTheirProfileMidQuestionnaireByButtonsAndWordsAndItIsStored() {
        long worker = 517;
        int before = registerInHindi(worker);
        telegram.deliver(text(next(), worker, "/profile"));
        List<JsonNode> asked = telegram.awaitMessagesTo(worker, before + 2);
        assertThat(asked.get(before + 1).path("text").asText()).isEqualTo("आपकी उम्र क्या है? बटन दबाएं या अपनी उम्र लिखें।");
        assertThat(asked.get(before + 1).path("reply_markup").path("inline_keyboard").get(1).get(0)
                .path("callback_data").asText()).isEqualTo("prof:0:skip");

        telegram.deliver(text(next(), worker, "२६ साल"));
        telegram.awaitMessagesTo(worker, before + 3);
        telegram.deliver(press(next(), worker, "prof:1:FEMALE"));
        telegram.awaitMessagesTo(worker, before + 4);
        telegram.deliver(text(next(), worker, "छोड़ें"));
        telegram.awaitMessagesTo(worker, before + 5);
        telegram.deliver(text(next(), worker, "nahi"));
        List<JsonNode> messages = telegram.awaitMessagesTo(worker, before + 7);

        assertThat(messages.get(before + 5).path("text").asText()).startsWith("धन्यवाद! यह सहेज लिया गया है");
        assertThat(messages.get(before + 6).path("text").asText()).startsWith("प्रश्न 1/9");
        assertThat(jdbc.sql("""
                        select coalesce(age_band, '-') || ' ' || coalesce(gender, '-') || ' '
                               || coalesce(social_category, '-') || ' ' || coalesce(minority::text, '-') || ' '
                               || coalesce(profile_question::text, '-')
                        from worker where telegram_user_id = ?""").param(worker).query(String.class).single())
                .isEqualTo("18-35 FEMALE - false -");
    }

    /** Registers a worker at booth 1 of Bhabua by invitation, typing; returns how many messages they got. */
    private int registerInHindi(long worker) {
        telegram.deliver(text(next(), worker, "/start " + invitation("BR-KAI-205-001")),
                text(next(), worker, "हिन्दी"), text(next(), worker, "सुनीता"));
        List<JsonNode> messages = telegram.awaitMessagesTo(worker, 6);
        assertThat(messages.get(2).path("text").asText()).isEqualTo("आपका नाम क्या है?");
        assertThat(messages.get(3).path("text").asText()).isEqualTo("धन्यवाद, सुनीता। आप बूथ 1, भभुआ पर पंजीकृत हैं।");
        assertThat(messages.get(5).path("text").asText()).startsWith("प्रश्न 1/9");
        return messages.size();
    }

    /** A new link that admits any number of workers to a booth. */
    private String invitation(String booth) {
        return invitations.save(Invitation.forBooth(locations.findById(booth).orElseThrow(), null, "test",
                Instant.now())).getCode();
    }

    private long answers(long worker) {
        return jdbc.sql("""
                select count(*) from answer a join questionnaire_run r on r.id = a.run_id
                join worker w on w.id = r.worker_id where w.telegram_user_id = ?""").param(worker)
                .query(Long.class).single();
    }

    private static long next() {
        return updateIds.incrementAndGet();
    }
}
