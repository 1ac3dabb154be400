package org.samvad.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samvad.bot.telegram.FakeTelegram.Updates.contact;
import static org.samvad.bot.telegram.FakeTelegram.Updates.press;
import static org.samvad.bot.telegram.FakeTelegram.Updates.text;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samvad.bot.telegram.FakeTelegram;
import org.samvad.db.invitation.Invitation;
import org.samvad.db.invitation.InvitationRepository;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.roster.RosterImporter;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everything the system logs over a full run (start, joining by contact and by link, a
 * whole questionnaire with the worker's name and number in an answer, refusals, a
 * restart, /forget, stop) holds no phone number, no worker's name, no bot token and no
 * invitation code.
 */
@ExtendWith(OutputCaptureExtension.class)
class PrivacyInLogsEndToEndTest {

    private static final String NAME = "रमेश कुमार";
    private static final String PHONE = "9876543210";
    private static final long RAMESH = 7101;
    private static final long NAMESAKE = 7102;
    private static final long OTHER = 7103;

    private long updateId = 5000;

    @Test
    void noPhoneNumberNameOrTokenIsLogged(CapturedOutput output) throws InterruptedException {
        String link;
        try (FakeTelegram telegram = new FakeTelegram();
                ConfigurableApplicationContext database = SamvadLauncher.startDatabase()) {
            ConfigurableApplicationContext bot = startBot(database, telegram);
            bot.getBean(RosterImporter.class).importRows(List.of(new RosterImporter.Row("+91 98765-43210", NAME,
                    "BR-KAI-203-001")));
            link = bot.getBean(InvitationRepository.class).save(Invitation.forBooth(
                    bot.getBean(LocationRepository.class).findById("BR-KAI-203-002").orElseThrow(), null, NAME,
                    Instant.now())).getCode();

            telegram.deliver(text(next(), RAMESH, "/start"), contact(next(), OTHER, "+91 98765 43210", RAMESH));
            telegram.deliver(contact(next(), RAMESH, "+91 98765 43210", RAMESH), text(next(), NAMESAKE, "/start " + link));
            telegram.deliver(press(next(), RAMESH, "lang:hi"), text(next(), NAMESAKE, "हिन्दी"));
            telegram.deliver(text(next(), RAMESH, "हाँ"), text(next(), NAMESAKE, NAME + " " + PHONE));
            telegram.deliver(text(next(), RAMESH, "१२"), text(next(), NAMESAKE, NAME));
            telegram.deliver(contact(next(), OTHER, "919876543210", OTHER));
            telegram.awaitMessagesTo(RAMESH, 8);
            telegram.awaitMessagesTo(NAMESAKE, 6);
            telegram.awaitMessagesTo(OTHER, 2);
            bot.close();
            Thread.sleep(500); // lets the stopped poller's last getUpdates return before more updates are queued

            bot = startBot(database, telegram);
            for (String answer : List.of("जन-संपर्क", "हाँ", "हां", "नहीं", "हाँ", "नहीं",
                    NAME + " (" + PHONE + ") से बात करें", "हाँ", "/forget")) {
                telegram.deliver(text(next(), RAMESH, answer));
            }
            telegram.deliver(press(next(), RAMESH, "forget:yes"));
            assertThat(telegram.awaitMessagesTo(RAMESH, 18).get(17).path("text").asText())
                    .startsWith("आपका नाम, मोबाइल नंबर और Telegram पहचान मिटा दी गई है।");
            assertThat(JdbcClient.create(database.getBean(DataSource.class))
                    .sql("select count(*) from answer where text_value like '%' || ? || '%'").param(PHONE)
                    .query(Long.class).single()).as("the answer is kept").isEqualTo(1L);
            bot.close();
        }

        assertThat(output.getAll()).as("the logs were captured").contains("Polling the Bot API at");
        assertThat(output.getAll()).doesNotContain(NAME).doesNotContain(PHONE).doesNotContain("98765 43210")
                .doesNotContain("98765-43210").doesNotContain(FakeTelegram.TOKEN).doesNotContain("TEST-TOKEN").doesNotContain(link);
    }

    private ConfigurableApplicationContext startBot(ConfigurableApplicationContext database, FakeTelegram telegram) {
        return SamvadLauncher.startBot(database, telegram.botArguments());
    }

    private long next() {
        return ++updateId;
    }
}
