package org.samvad.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samvad.bot.telegram.FakeTelegram.Updates.press;
import static org.samvad.bot.telegram.FakeTelegram.Updates.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
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
import org.samvad.db.location.LocationRepository;
import org.samvad.db.Text;
import org.samvad.db.questionnaire.Condition;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A questionnaire with every kind of question, on the wire: a worker goes back and
 * changes an answer, switches language, skips an optional question, reviews, changes
 * an answer that takes a question off their path, and confirms. Then reminders and
 * expiry fire for a quiet worker although the bot was down when they fell due.
 */
class QuestionnaireFlowEndToEndTest {

    private static final long WORKER = 8001;
    private static final long QUIET = 8002;

    private final FakeTelegram telegram = new FakeTelegram();
    private ConfigurableApplicationContext database;
    private ConfigurableApplicationContext bot;
    private JdbcClient jdbc;
    private long updateId = 900;

    @BeforeEach
    void start() {
        database = SamvadLauncher.startDatabase();
        jdbc = JdbcClient.create(database.getBean(DataSource.class));
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        database.close();
        telegram.close();
    }

    @Test
    void aWorkerGoesBackSwitchesLanguageSkipsReviewsChangesAndConfirms() {
        bot = startBot("1h", "7d");
        register(WORKER);
        telegram.deliver(text(next(), WORKER, "हाँ"), text(next(), WORKER, "१५"));
        telegram.deliver(press(next(), WORKER, "tog:2:booth"));
        telegram.deliver(press(next(), WORKER, "tog:2:contact"));
        telegram.deliver(press(next(), WORKER, "done:2"), text(next(), WORKER, "/back"), text(next(), WORKER, "/back"));
        List<JsonNode> messages = telegram.awaitMessagesTo(WORKER, 11);
        assertThat(telegram.sent("editmessagetext")).hasSize(2);
        assertThat(telegram.sent("editmessagetext").get(1).at("/reply_markup/inline_keyboard/2/0/text").asText())
                .isEqualTo("☑ 3. जन-संपर्क");
        assertThat(body(messages.get(9))).startsWith("प्रश्न 3/6").endsWith("आपका अभी का उत्तर: बूथ प्रबंधन, जन-संपर्क");
        assertThat(messages.get(9).at("/reply_markup/inline_keyboard/0/0/text").asText()).isEqualTo("☑ 1. बूथ प्रबंधन");
        assertThat(body(messages.get(10))).startsWith("प्रश्न 2/6").endsWith("आपका अभी का उत्तर: 15");

        telegram.deliver(text(next(), WORKER, "20"), text(next(), WORKER, "/lang"), press(next(), WORKER, "lang:en"));
        telegram.deliver(text(next(), WORKER, "/skip"), text(next(), WORKER, "Ramesh Kumar 98765 43210"));
        messages = telegram.awaitMessagesTo(WORKER, 16);
        assertThat(body(messages.get(13))).startsWith("Question 4 of 6\nHow do you rate your booth president?")
                .contains("(Optional: /skip to leave it out.)");
        assertThat(body(messages.get(15))).startsWith("Please check your answers:").contains("""
                4. How do you rate your booth president?
                   → (skipped)
                5. Who should lead the booth committee?
                   → Ramesh Kumar, 9876543210""").doesNotContain("Why?");

        telegram.deliver(press(next(), WORKER, "change"), press(next(), WORKER, "edit:0"), press(next(), WORKER, "ans:0:no"));
        telegram.deliver(press(next(), WORKER, "confirm"));
        messages = telegram.awaitMessagesTo(WORKER, 20);
        assertThat(body(messages.get(16)).lines()).containsExactly("Which answer do you want to change?");
        assertThat(body(messages.get(18))).startsWith("Please check your answers:").doesNotContain("How many");
        assertThat(body(messages.get(19))).isEqualTo("Thank you!");

        assertThat(answers(WORKER)).isEqualTo(Map.of("active", "no", "training", "{booth,contact}",
                "leader", "Ramesh Kumar 9876543210"));
        assertThat(jdbc.sql("""
                select r.status || ' ' || array_to_string(r.skipped, ',') || ' ' || w.language
                from questionnaire_run r join worker w on w.id = r.worker_id where w.telegram_user_id = ?""")
                .param(WORKER).query(String.class).single()).isEqualTo("COMPLETED leader_rating en");
    }

    @Test
    void remindsAndExpiresAfterARestartEvenWhenTheyFellDueWhileTheBotWasDown() throws InterruptedException {
        bot = startBot("1h", "1h");
        register(QUIET);
        telegram.deliver(text(next(), QUIET, "हाँ"));
        telegram.awaitMessagesTo(QUIET, 7);
        bot.close();
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'run-timers'")
                .query(Long.class).single()).isEqualTo(1L);

        Thread.sleep(1100);
        bot = startBot("1s", "1h");
        List<JsonNode> messages = telegram.awaitMessagesTo(QUIET, 9);
        assertThat(body(messages.get(7))).startsWith("याद दिलाना: आपकी प्रश्नावली अभी पूरी नहीं हुई है।");
        assertThat(body(messages.get(8))).startsWith("प्रश्न 2/6");
        assertThat(runState(QUIET)).isEqualTo("IN_PROGRESS true");
        bot.close();

        bot = startBot("1s", "1s");
        messages = telegram.awaitMessagesTo(QUIET, 10);
        assertThat(body(messages.get(9))).startsWith("इस प्रश्नावली का समय समाप्त हो गया है।");
        assertThat(runState(QUIET)).isEqualTo("EXPIRED true");
        assertThat(answers(QUIET)).containsEntry("active", "yes");
        Thread.sleep(1500);
        assertThat(telegram.messagesTo(QUIET)).as("one reminder, one expiry").hasSize(10);
    }

    /** The worker's run status and whether they were reminded. */
    private String runState(long worker) {
        return jdbc.sql("""
                select r.status || ' ' || (r.reminded_at is not null) from questionnaire_run r
                join worker w on w.id = r.worker_id where w.telegram_user_id = ?""").param(worker)
                .query(String.class).single();
    }

    /** Joins a worker to booth 3 of Bhabua by a one-worker invitation link, in Hindi. */
    private void register(long worker) {
        String link = bot.getBean(InvitationRepository.class).save(Invitation.forOneWorker(
                bot.getBean(LocationRepository.class).findById("BR-KAI-205-003").orElseThrow(), null, null,
                Instant.now())).getCode();
        telegram.deliver(text(next(), worker, "/start " + link), text(next(), worker, "हिन्दी"),
                text(next(), worker, "रमेश"));
        List<JsonNode> messages = telegram.awaitMessagesTo(worker, 6);
        assertThat(body(messages.get(3))).isEqualTo("धन्यवाद, रमेश। आप बूथ 3, भभुआ पर पंजीकृत हैं।");
        assertThat(body(messages.get(5))).startsWith("प्रश्न 1/6");
    }

    private ConfigurableApplicationContext startBot(String reminderDelay, String expiry) {
        ConfigurableApplicationContext started = SamvadLauncher.startBot(database, telegram.botArguments(
                "--samvad.bot.questionnaire=all-types", "--samvad.bot.reminder-delay=" + reminderDelay,
                "--samvad.bot.expiry=" + expiry, "--samvad.bot.timer-interval=300ms"));
        QuestionnaireRepository questionnaires = started.getBean(QuestionnaireRepository.class);
        if (questionnaires.findBySlug("all-types").isEmpty()) {
            questionnaires.save(allTypes().publish(Instant.now()));
        }
        return started;
    }

    private Map<String, String> answers(long telegramUserId) {
        return jdbc.sql("""
                        select a.question_key, coalesce(a.option_key, a.option_keys::text, a.number_value::text,
                               a.text_value || coalesce(' ' || a.phone, '')) as value
                        from answer a join questionnaire_run r on r.id = a.run_id join worker w on w.id = r.worker_id
                        where w.telegram_user_id = ?""")
                .param(telegramUserId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Questionnaire allTypes() {
        return Questionnaire.draft("all-types", 1, new Text("Booth review", "बूथ समीक्षा"),
                new Text("A few questions.", "कुछ प्रश्न।"), new Text("Thank you!", "धन्यवाद!"), null, List.of(
                        question("active", QuestionType.YES_NO, true, "Is your booth committee active?",
                                "क्या आपकी बूथ समिति सक्रिय है?", null, List.of()),
                        question("how_many", QuestionType.NUMBER, true, "How many workers are active?",
                                "कितने कार्यकर्ता सक्रिय हैं?", new Condition("active", List.of("yes"), null, null),
                                List.of()),
                        question("training", QuestionType.MULTIPLE_CHOICE, true, "What training is needed?",
                                "किस प्रशिक्षण की आवश्यकता है?", null, List.of(
                                        new QuestionOption("booth", new Text("Booth management", "बूथ प्रबंधन")),
                                        new QuestionOption("media", new Text("Social media", "सोशल मीडिया")),
                                        new QuestionOption("contact", new Text("Public contact", "जन-संपर्क")))),
                        question("leader_rating", QuestionType.RATING, false, "How do you rate your booth president?",
                                "आप अपने बूथ अध्यक्ष को कैसा आंकते हैं?", null, List.of()),
                        question("leader", QuestionType.NOMINATION, false, "Who should lead the booth committee?",
                                "बूथ समिति का नेतृत्व किसे करना चाहिए?", null, List.of()),
                        question("why", QuestionType.TEXT, true, "Why?", "क्यों?",
                                new Condition("leader_rating", null, null, 2), List.of())),
                Instant.now());
    }

    private static Question question(String key, QuestionType type, boolean required, String en, String hi,
            Condition condition, List<QuestionOption> options) {
        return new Question(null, key, type, new Text(en, hi), null, required, type == QuestionType.NUMBER ? 0 : null,
                type == QuestionType.NUMBER ? 500 : null, null, null, condition, options);
    }

    private static String body(JsonNode message) {
        return message.path("text").asText();
    }

    private long next() {
        return ++updateId;
    }
}
