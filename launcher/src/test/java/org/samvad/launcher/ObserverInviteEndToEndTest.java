package org.samvad.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samvad.bot.telegram.FakeTelegram.Updates.press;
import static org.samvad.bot.telegram.FakeTelegram.Updates.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samvad.bot.telegram.FakeTelegram;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.observer.Observer;
import org.samvad.db.observer.ObserverRepository;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An observer issues invitation links in the bot, on the wire: {@code /invite}, an
 * assembly constituency, a booth, a kind of link; a new worker joins by that link.
 * Presses for places outside the observer's districts, redelivered updates, revoked
 * observers and people who are not observers create no invitation.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObserverInviteEndToEndTest {

    private static final long OBSERVER = 8001;
    private static final long WORKER = 8101;
    private static final Pattern LINK = Pattern.compile("https://t\\.me/samvad_test_bot\\?start=([A-Za-z0-9_-]+)");
    private static final String NOT_YOURS = "क्षमा करें, यह स्थान आपके जिलों में नहीं है। कोई लिंक नहीं बनाया गया।";

    private final FakeTelegram telegram = new FakeTelegram();
    private ConfigurableApplicationContext database;
    private ConfigurableApplicationContext bot;
    private JdbcClient jdbc;
    private long updateId = 5000;

    @BeforeEach
    void start() {
        database = SamvadLauncher.startDatabase();
        jdbc = JdbcClient.create(database.getBean(DataSource.class));
        jdbc.sql("""
                insert into location (code, level, parent_code, state_code, district_code, assembly_code, number,
                                      name_en, name_hi) values
                    ('BR-ROH-208', 'ASSEMBLY', 'BR-ROH', 'BR', 'BR-ROH', 'BR-ROH-208', 208, 'Chenari', 'चेनारी'),
                    ('BR-ROH-208-001', 'BOOTH', 'BR-ROH-208', 'BR', 'BR-ROH', 'BR-ROH-208', 1, 'Booth 1, Chenari',
                     'बूथ 1, चेनारी')""").update();
        bot = SamvadLauncher.startBot(database, telegram.botArguments("--telegram.bot.username=samvad_test_bot"));
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
    void anObserverIssuesAOneWorkerLinkAndANewWorkerJoinsByIt(CapturedOutput output) {
        long observerId = appoint(OBSERVER, "BR-KAI");

        telegram.deliver(text(next(), OBSERVER, "/invite"));
        JsonNode assemblies = telegram.awaitMessagesTo(OBSERVER, 1).get(0);
        assertThat(body(assemblies)).isEqualTo("आमंत्रण लिंक किस बूथ के लिए है? विधानसभा क्षेत्र चुनें।\n"
                + "Which booth is the invitation link for? Choose the assembly constituency.");
        assertThat(callbackData(assemblies)).containsExactly("inv:a:BR-KAI-203:0", "inv:a:BR-KAI-204:0",
                "inv:a:BR-KAI-205:0", "inv:a:BR-KAI-206:0");

        telegram.deliver(press(next(), OBSERVER, "inv:a:BR-KAI-204:0"));
        JsonNode booths = awaitEdits(1).get(0);
        assertThat(body(booths)).isEqualTo("मोहनिया: बूथ चुनें।\nMohania: choose the booth.");
        assertThat(callbackData(booths)).contains("inv:b:BR-KAI-204-003").hasSize(6);

        telegram.deliver(press(next(), OBSERVER, "inv:b:BR-KAI-204-003"));
        JsonNode kinds = awaitEdits(2).get(1);
        assertThat(callbackData(kinds)).containsExactly("inv:all:BR-KAI-204-003", "inv:one:BR-KAI-204-003");
        assertThat(kinds.at("/reply_markup/inline_keyboard/1/0/text").asText())
                .isEqualTo("एक कार्यकर्ता के लिए लिंक / Link for one worker");

        ObjectNode oneWorker = press(next(), OBSERVER, "inv:one:BR-KAI-204-003");
        telegram.deliver(oneWorker);
        String issued = body(telegram.awaitMessagesTo(OBSERVER, 2).get(1));
        assertThat(issued).startsWith("बूथ 3, मोहनिया के एक कार्यकर्ता के लिए आमंत्रण लिंक (केवल एक बार)")
                .contains("Invitation link for one worker of Booth 3, Mohania (it admits once), valid until ");
        Matcher link = LINK.matcher(issued);
        assertThat(link.find()).as(issued).isTrue();
        String code = link.group(1);

        telegram.deliver(oneWorker);
        telegram.deliver(press(next(), OBSERVER, "inv:one:BR-ROH-208-001"),
                press(next(), OBSERVER, "inv:b:BR-ROH-208-001"));
        List<JsonNode> refusals = telegram.awaitMessagesTo(OBSERVER, 4);
        assertThat(refusals.subList(2, 4)).allSatisfy(m -> assertThat(body(m)).startsWith(NOT_YOURS));
        assertThat(telegram.messagesTo(OBSERVER)).as("the redelivered press sent nothing").hasSize(4);
        assertThat(jdbc.sql("select booth_code || ' ' || max_uses || ' ' || uses || ' ' || created_by from invitation")
                .query(String.class).list()).containsExactly("BR-KAI-204-003 1 0 observer " + observerId);
        OffsetDateTime expiresAt = jdbc.sql("select expires_at from invitation").query(OffsetDateTime.class).single();
        assertThat(Duration.between(Instant.now(), expiresAt.toInstant())).isBetween(Duration.ofDays(7).minusMinutes(5),
                Duration.ofDays(7));

        telegram.deliver(text(next(), WORKER, "/start " + code), press(next(), WORKER, "lang:en"),
                text(next(), WORKER, "Meena Kumari"));
        List<JsonNode> joined = telegram.awaitMessagesTo(WORKER, 4);
        assertThat(body(joined.get(0))).isEqualTo("आप बूथ 3, मोहनिया पर कार्यकर्ता के रूप में संवाद से जुड़ गए हैं।\n"
                + "You have joined Samvad as a worker at Booth 3, Mohania.");
        assertThat(body(joined.get(3))).isEqualTo("Thank you, Meena Kumari. You are registered at Booth 3, Mohania.");
        assertThat(jdbc.sql("select joined_via || ' ' || invitation_code || ' ' || booth_code from worker "
                + "where telegram_user_id = :id").param("id", WORKER).query(String.class).single())
                .isEqualTo("INVITATION " + code + " BR-KAI-204-003");
        assertThat(jdbc.sql("select uses from invitation").query(Integer.class).single()).isEqualTo(1);
        assertThat(output.getAll()).contains("Observer " + observerId + " issued an invitation (ONE_WORKER)")
                .doesNotContain(code).doesNotContain("पर्यवेक्षक").doesNotContain("BR-KAI-204-003");
    }

    @Test
    void someoneWhoIsNotAnObserverGetsTheUnknownCommandReplyAndCreatesNothing() {
        appoint(OBSERVER, "BR-KAI");
        joinAsWorker(WORKER);
        int before = telegram.messagesTo(WORKER).size();

        telegram.deliver(text(next(), WORKER, "/invite"), text(next(), WORKER, "/invite BR-KAI-204-003"),
                press(next(), WORKER, "inv:one:BR-KAI-204-003"));

        List<JsonNode> messages = telegram.awaitMessagesTo(WORKER, before + 6);
        assertThat(body(messages.get(before))).startsWith("I do not know that command.");
        assertThat(body(messages.get(before + 2))).startsWith("I do not know that command.");
        assertThat(body(messages.get(before + 4))).isEqualTo("That button belongs to an earlier message.");
        assertThat(jdbc.sql("select count(*) from invitation where created_by like 'observer %'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aRevokedObserverIsAnOrdinaryUserAndTheirOldButtonsAreRefused() {
        long observerId = appoint(OBSERVER, "BR-KAI");
        ObserverRepository observers = bot.getBean(ObserverRepository.class);
        Observer revoking = observers.findById(observerId).orElseThrow();
        revoking.revoke(Instant.now());
        observers.save(revoking);

        telegram.deliver(press(next(), OBSERVER, "inv:one:BR-KAI-204-003"), text(next(), OBSERVER, "/invite"));

        List<JsonNode> messages = telegram.awaitMessagesTo(OBSERVER, 2);
        assertThat(body(messages.get(0))).isEqualTo("क्षमा करें, आप अब पर्यवेक्षक नहीं हैं। कोई लिंक नहीं बनाया गया।\n"
                + "Sorry, you are no longer an observer. No link was made.");
        assertThat(body(messages.get(1))).startsWith("संवाद में केवल आमंत्रित कार्यकर्ता ही भाग ले सकते हैं।");
        assertThat(jdbc.sql("select count(*) from invitation").query(Long.class).single()).isZero();
    }

    private long appoint(long telegramUserId, String district) {
        return bot.getBean(ObserverRepository.class).save(Observer.appoint(telegramUserId, "पर्यवेक्षक",
                List.of(bot.getBean(LocationRepository.class).findById(district).orElseThrow()), Instant.now()))
                .getId();
    }

    /** A worker joins by a whole-booth link the observer issues, in English. */
    private void joinAsWorker(long worker) {
        telegram.deliver(press(next(), OBSERVER, "inv:all:BR-KAI-203-001"));
        Matcher link = LINK.matcher(body(telegram.awaitMessagesTo(OBSERVER, 1).get(0)));
        assertThat(link.find()).isTrue();
        jdbc.sql("update invitation set created_by = 'setup'").update();
        telegram.deliver(text(next(), worker, "/start " + link.group(1)), press(next(), worker, "lang:en"),
                text(next(), worker, "Ravi"));
        assertThat(body(telegram.awaitMessagesTo(worker, 6).get(5))).startsWith("Question 1 of 9");
    }

    private List<JsonNode> awaitEdits(int count) {
        Instant deadline = Instant.now().plusSeconds(20);
        List<JsonNode> edits = telegram.sent("editmessagetext");
        while (edits.size() < count && Instant.now().isBefore(deadline)) {
            sleep();
            edits = telegram.sent("editmessagetext");
        }
        assertThat(edits).hasSizeGreaterThanOrEqualTo(count);
        return edits;
    }

    private static List<String> callbackData(JsonNode message) {
        List<String> data = new ArrayList<>();
        message.at("/reply_markup/inline_keyboard").forEach(row -> row.forEach(b -> data.add(
                b.path("callback_data").asText())));
        return data;
    }

    private static String body(JsonNode message) {
        return message.path("text").asText();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long next() {
        return ++updateId;
    }
}
