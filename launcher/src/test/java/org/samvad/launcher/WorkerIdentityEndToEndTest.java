package org.samvad.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samvad.bot.telegram.FakeTelegram.Updates.contact;
import static org.samvad.bot.telegram.FakeTelegram.Updates.press;
import static org.samvad.bot.telegram.FakeTelegram.Updates.sticker;
import static org.samvad.bot.telegram.FakeTelegram.Updates.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samvad.bot.telegram.FakeTelegram;
import org.samvad.db.invitation.Invitation;
import org.samvad.db.invitation.InvitationRepository;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.roster.RosterImporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may answer, on the wire: joining by an invitation link or by sharing a phone
 * number on the roster; strangers, expired, revoked and used-up links refused without
 * a question; forged button data; the rate limit; and {@code /forget}. Invitations and
 * the roster are made through the bot's repositories.
 */
class WorkerIdentityEndToEndTest {

    private static final String EARLIER_MESSAGE = "वह बटन किसी पिछले संदेश का है।";

    private final FakeTelegram telegram = new FakeTelegram();
    private ConfigurableApplicationContext database;
    private ConfigurableApplicationContext bot;
    private JdbcClient jdbc;
    private long updateId = 3000;

    @BeforeEach
    void start() {
        database = SamvadLauncher.startDatabase();
        jdbc = JdbcClient.create(database.getBean(DataSource.class));
    }

    @AfterEach
    void stop() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {bot, database}) {
            if (context != null) {
                context.close();
            }
        }
        telegram.close();
    }

    @Test
    void aWorkerJoinsByAnInvitationLinkAndIsAskedOnlyLanguageAndName() {
        bot = startBot();
        String link = invitation("BR-KAI-204-002", 1, null);

        telegram.deliver(text(next(), 9001, "/start " + link), press(next(), 9001, "lang:en"),
                text(next(), 9001, "Meena Kumari"));

        List<String> texts = texts(telegram.awaitMessagesTo(9001, 6));
        assertThat(texts.subList(0, 4)).containsExactly(
                "आप बूथ 2, मोहनिया पर कार्यकर्ता के रूप में संवाद से जुड़ गए हैं।\nYou have joined Samvad as a worker at Booth 2, Mohania.",
                "नमस्ते! संवाद में आपका स्वागत है। कृपया अपनी भाषा चुनें।\nWelcome to Samvad! Please choose your language.",
                "What is your name?",
                "Thank you, Meena Kumari. You are registered at Booth 2, Mohania.");
        assertThat(texts.get(5)).startsWith("Question 1 of 9");
        assertThat(jdbc.sql("select joined_via || ' ' || invitation_code || ' ' || booth_code from worker "
                + "where telegram_user_id = 9001").query(String.class).single())
                .isEqualTo("INVITATION " + link + " BR-KAI-204-002");
        assertThat(bot.getBean(InvitationRepository.class).findById(link).orElseThrow().getUses()).isEqualTo(1);
    }

    @Test
    void aWorkerJoinsBySharingTheirOwnNumberWhenItIsOnTheRoster() {
        bot = startBot();
        roster("98765 43211", "Sunita Devi", "BR-KAI-206-004");

        telegram.deliver(text(next(), 9002, "/start"));
        JsonNode explanation = telegram.awaitMessagesTo(9002, 1).get(0);
        assertThat(explanation.at("/reply_markup/keyboard/0/0/request_contact").asBoolean()).isTrue();
        assertThat(explanation.at("/reply_markup/keyboard/0/0/text").asText())
                .isEqualTo("📱 अपना मोबाइल नंबर भेजें / Share my phone number");
        assertThat(explanation.at("/reply_markup/one_time_keyboard").asBoolean()).isTrue();

        telegram.deliver(contact(next(), 9002, "919876543211", 9002L), press(next(), 9002, "lang:hi"));

        List<JsonNode> messages = telegram.awaitMessagesTo(9002, 6);
        assertThat(body(messages.get(1))).startsWith("आप बूथ 4, चैनपुर पर कार्यकर्ता के रूप में");
        assertThat(messages.get(1).at("/reply_markup/remove_keyboard").asBoolean()).isTrue();
        assertThat(body(messages.get(3))).isEqualTo("धन्यवाद, Sunita Devi। आप बूथ 4, चैनपुर पर पंजीकृत हैं।");
        assertThat(body(messages.get(5))).startsWith("प्रश्न 1/9");
        assertThat(jdbc.sql("select joined_via || ' ' || phone || ' ' || name || ' ' || booth_code from worker "
                + "where telegram_user_id = 9002").query(String.class).single())
                .isEqualTo("CONTACT 9876543211 Sunita Devi BR-KAI-206-004");
    }

    @Test
    void withoutAnInvitationOrTheRosterNobodyIsAskedAQuestionOrStored() {
        bot = startBot();
        roster("9876543212", "Someone Else", "BR-KAI-203-002");

        telegram.deliver(text(next(), 9003, "/start"), text(next(), 9003, "नमस्ते"),
                press(next(), 9003, "lang:hi"), press(next(), 9003, "ans:0:yes"), sticker(next(), 9003),
                text(next(), 9003, "/start not-a-link"), text(next(), 9003, "/start " + "x".repeat(300)),
                contact(next(), 9003, "9876543212", 12345L), contact(next(), 9003, "9999999999", 9003L),
                contact(next(), 9003, "9876543212", null));

        List<String> texts = texts(telegram.awaitMessagesTo(9003, 10));
        assertThat(texts.subList(0, 5)).allSatisfy(t -> assertThat(t)
                .startsWith("संवाद में केवल आमंत्रित कार्यकर्ता ही भाग ले सकते हैं।")
                .contains("\n\nSamvad is open only to invited workers."));
        assertThat(texts.subList(5, 7)).allSatisfy(t -> assertThat(t)
                .startsWith("क्षमा करें, यह आमंत्रण लिंक मान्य नहीं है।"));
        assertThat(texts.get(7)).startsWith("क्षमा करें, यह आपका अपना मोबाइल नंबर नहीं है।");
        assertThat(texts.get(8)).startsWith("क्षमा करें, आपका मोबाइल नंबर कार्यकर्ता सूची में नहीं है।");
        assertThat(texts.get(9)).startsWith("क्षमा करें, यह आपका अपना मोबाइल नंबर नहीं है।");
        assertThat(texts).noneMatch(t -> t.startsWith("प्रश्न") || t.startsWith("Question") || t.contains("भाषा चुनें"));
        assertThat(jdbc.sql("select count(*) from worker").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from answer").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from questionnaire_run").query(Long.class).single()).isZero();
    }

    @Test
    void aWorkerRegisteredBeforeJoiningWasRestrictedStaysAdmitted() {
        bot = startBot();
        jdbc.sql("""
                insert into worker (telegram_user_id, chat_id, name, language, status, location_code, state_code,
                                    district_code, assembly_code, booth_code, created_at, updated_at, version)
                values (9011, 9011, 'Old Hand', 'en', 'ACTIVE', 'BR-KAI-203-004', 'BR', 'BR-KAI', 'BR-KAI-203',
                        'BR-KAI-203-004', now(), now(), 0)""").update();

        telegram.deliver(text(next(), 9011, "/start"));

        assertThat(texts(telegram.awaitMessagesTo(9011, 2))).containsExactly(
                "A few questions about your booth committee. Your answers are saved as you go; you can stop and come "
                        + "back at any time.",
                "Question 1 of 9\nIs your booth committee active?\n\nPress a button, or type yes or no.");
    }

    @Test
    void expiredRevokedAndUsedUpLinksAreRefusedEachWithItsOwnMessage() {
        bot = startBot();
        String expired = invitation("BR-KAI-203-003", null, Instant.now().minus(Duration.ofDays(1)));
        String revoked = invitation("BR-KAI-203-003", null, null);
        InvitationRepository invitations = bot.getBean(InvitationRepository.class);
        Invitation revoking = invitations.findById(revoked).orElseThrow();
        revoking.revoke(Instant.now());
        invitations.save(revoking);
        String once = invitation("BR-KAI-203-003", 1, Instant.now().plus(Duration.ofDays(7)));

        telegram.deliver(text(next(), 9004, "/start " + expired), text(next(), 9005, "/start " + revoked),
                text(next(), 9006, "/start " + once));
        telegram.awaitMessagesTo(9006, 2);
        telegram.deliver(text(next(), 9007, "/start " + once));

        assertThat(body(telegram.awaitMessagesTo(9004, 1).get(0)))
                .startsWith("क्षमा करें, इस आमंत्रण लिंक की समय-सीमा समाप्त हो चुकी है।")
                .contains("Sorry, this invitation link has expired.");
        assertThat(body(telegram.awaitMessagesTo(9005, 1).get(0)))
                .startsWith("क्षमा करें, यह आमंत्रण लिंक वापस ले लिया गया है।")
                .contains("Sorry, this invitation link has been withdrawn.");
        JsonNode usedUp = telegram.awaitMessagesTo(9007, 1).get(0);
        assertThat(body(usedUp)).startsWith("क्षमा करें, यह आमंत्रण लिंक पहले ही इस्तेमाल हो चुका है।")
                .contains("Sorry, this invitation link has already been used.");
        assertThat(usedUp.at("/reply_markup/keyboard/0/0/request_contact").asBoolean()).isTrue();
        assertThat(telegram.messagesTo(9004)).hasSize(1);
        assertThat(telegram.messagesTo(9005)).hasSize(1);
        assertThat(jdbc.sql("select telegram_user_id from worker").query(Long.class).list()).containsExactly(9006L);
        assertThat(invitations.findById(once).orElseThrow().getUses()).isEqualTo(1);
    }

    @Test
    void forgedButtonDataIsRefusedOnTheWireAndChangesNothing() {
        bot = startBot();
        int before = joinInHindi(9008, "BR-KAI-205-004");
        telegram.deliver(text(next(), 9008, "हाँ"), text(next(), 9008, "12"));
        telegram.awaitMessagesTo(9008, before + 2);
        List<String> forged = List.of("ans:0:no", "ans:2:no_such_option", "ans:5:yes", "tog:2:public_contact",
                "done:2", "loc:BR-KAI-203-001", "lang:en", "confirm", "edit:0", "forget:please", "", "💣");
        for (String data : forged) {
            telegram.deliver(press(next(), 9008, data));
        }

        List<JsonNode> messages = telegram.awaitMessagesTo(9008, before + 2 + 2 * forged.size());
        for (int i = 0; i < forged.size(); i++) {
            assertThat(body(messages.get(before + 2 + 2 * i))).as(forged.get(i)).isEqualTo(EARLIER_MESSAGE);
            assertThat(body(messages.get(before + 3 + 2 * i))).as(forged.get(i)).startsWith("प्रश्न 3/9");
        }
        assertThat(telegram.sent("editmessagetext")).isEmpty();
        assertThat(jdbc.sql("""
                select r.position || ' ' || count(a.*) || ' ' || string_agg(coalesce(a.option_key, a.number_value::text), ',' order by a.question_key)
                from questionnaire_run r join worker w on w.id = r.worker_id left join answer a on a.run_id = r.id
                where w.telegram_user_id = 9008 group by r.position""").query(String.class).single())
                .isEqualTo("2 2 12,yes");
        assertThat(jdbc.sql("select language from worker where telegram_user_id = 9008").query(String.class).single())
                .isEqualTo("hi");
    }

    @Test
    void aWorkerOverTheRateLimitGetsOneNoteAndTheRestIsNotRead() {
        bot = startBot("--samvad.bot.rate-limit-messages=6", "--samvad.bot.rate-limit-period=1h");
        int before = joinInHindi(9009, "BR-KAI-205-005");
        List<Long> flood = new ArrayList<>();
        for (String answer : new String[] {"हाँ", "12", "1", "हाँ", "हाँ", "हाँ"}) {
            flood.add(next());
            telegram.deliver(text(flood.get(flood.size() - 1), 9009, answer));
        }

        List<String> texts = texts(telegram.awaitMessagesTo(9009, before + 4));
        telegram.awaitDrained();
        assertThat(texts.get(before)).startsWith("प्रश्न 2/9");
        assertThat(texts.get(before + 1)).startsWith("प्रश्न 3/9");
        assertThat(texts.get(before + 2)).startsWith("प्रश्न 4/9");
        assertThat(texts.get(before + 3)).isEqualTo(
                "आप बहुत जल्दी-जल्दी संदेश भेज रहे हैं। कृपया थोड़ी देर रुकें; इस बीच भेजे गए संदेश पढ़े नहीं जाएंगे।");
        awaitProcessed(flood.get(flood.size() - 1));
        assertThat(telegram.messagesTo(9009)).hasSize(before + 4);
        assertThat(jdbc.sql("select count(*) from processed_update where update_id in (:ids)").param("ids", flood)
                .query(Long.class).single()).as("every message is claimed, read or not").isEqualTo(6L);
        assertThat(jdbc.sql("""
                select count(*) from answer a join questionnaire_run r on r.id = a.run_id
                join worker w on w.id = r.worker_id where w.telegram_user_id = 9009""").query(Long.class).single())
                .isEqualTo(3L);
    }

    @Test
    void forgetErasesNameNumberAndTelegramIdentityButTheAnswersStillCount() {
        bot = startBot();
        roster("9876543213", "रमेश कुमार", "BR-KAI-204-005");
        telegram.deliver(contact(next(), 9010, "+91 98765 43213", 9010L), press(next(), 9010, "lang:hi"));
        telegram.deliver(text(next(), 9010, "हाँ"), text(next(), 9010, "40"), text(next(), 9010, "/forget"));
        List<JsonNode> messages = telegram.awaitMessagesTo(9010, 8);
        assertThat(body(messages.get(7))).startsWith("क्या आप चाहते हैं कि संवाद आपको भूल जाए?");
        assertThat(messages.get(7).at("/reply_markup/inline_keyboard/0/0/callback_data").asText())
                .isEqualTo("forget:yes");

        telegram.deliver(press(next(), 9010, "forget:no"));
        assertThat(body(telegram.awaitMessagesTo(9010, 9).get(8))).isEqualTo("कुछ भी नहीं मिटाया गया।");
        telegram.deliver(press(next(), 9010, "forget:yes"));
        assertThat(body(telegram.awaitMessagesTo(9010, 11).get(10)))
                .startsWith("आपका नाम, मोबाइल नंबर और Telegram पहचान मिटा दी गई है।");

        assertThat(jdbc.sql("""
                select coalesce(name, '-') || ' ' || coalesce(phone, '-') || ' ' || (telegram_user_id = -id) || ' '
                       || chat_id || ' ' || (forgotten_at is not null) || ' ' || booth_code || ' ' || status
                from worker""").query(String.class).single())
                .isEqualTo("- - true 0 true BR-KAI-204-005 ACTIVE");
        assertThat(jdbc.sql("select count(*) from worker where name is not null or phone is not null")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select status || ' ' || (select count(*) from answer a where a.run_id = r.id) "
                + "from questionnaire_run r").query(String.class).single()).isEqualTo("EXPIRED 2");
        assertThat(jdbc.sql("""
                select (select count(*) from worker w where w.status = 'ACTIVE' and w.booth_code = :booth) || ' '
                       || (select count(distinct r.worker_id) from questionnaire_run r
                           where r.booth_code = :booth and exists (select 1 from answer a where a.run_id = r.id))""")
                .param("booth", "BR-KAI-204-005").query(String.class).single())
                .as("roster and respondents, as the summaries count them").isEqualTo("1 1");

        telegram.deliver(text(next(), 9010, "/start"));
        assertThat(body(telegram.awaitMessagesTo(9010, 12).get(11)))
                .as("a stranger again").startsWith("संवाद में केवल आमंत्रित कार्यकर्ता ही भाग ले सकते हैं।");
    }

    /** Joins a worker by a fresh one-worker link, in Hindi, named सुनीता; returns the messages they got. */
    private int joinInHindi(long worker, String booth) {
        telegram.deliver(text(next(), worker, "/start " + invitation(booth, 1, null)),
                text(next(), worker, "हिन्दी"), text(next(), worker, "सुनीता"));
        List<JsonNode> messages = telegram.awaitMessagesTo(worker, 6);
        assertThat(body(messages.get(5))).startsWith("प्रश्न 1/9");
        return messages.size();
    }

    private String invitation(String booth, Integer maxUses, Instant expiresAt) {
        return bot.getBean(InvitationRepository.class).save(Invitation.create(
                bot.getBean(LocationRepository.class).findById(booth).orElseThrow(), maxUses, expiresAt, "observer",
                Instant.now().minus(Duration.ofDays(2)))).getCode();
    }

    private void roster(String phone, String name, String booth) {
        RosterImporter.Result result = bot.getBean(RosterImporter.class)
                .importRows(List.of(new RosterImporter.Row(phone, name, booth)));
        assertThat(result.added()).isEqualTo(1);
    }

    private void awaitProcessed(long lastUpdateId) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (jdbc.sql("select count(*) from processed_update where update_id = ?").param(lastUpdateId)
                .query(Long.class).single() == 0 && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private ConfigurableApplicationContext startBot(String... settings) {
        return SamvadLauncher.startBot(database, telegram.botArguments(settings));
    }

    private static List<String> texts(List<JsonNode> messages) {
        return messages.stream().map(WorkerIdentityEndToEndTest::body).toList();
    }

    private static String body(JsonNode message) {
        return message.path("text").asText();
    }

    private long next() {
        return ++updateId;
    }
}
