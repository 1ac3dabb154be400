package org.samvad.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.samvad.bot.BotApplication;

import org.samvad.db.DatabaseConfiguration;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.worker.WorkerRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts the round trips to PostgreSQL that processing one answer makes (statements and
 * commits on the inbound threads), for a worker answering the 10 questions of the
 * benchmark's questionnaire through the webhook, and lists them for the middle answer.
 * Run like {@link WebhookBenchmarkMain}, with this class as the main class.
 */
public final class FastPathProfileMain {

    private static final String SECRET = "bench-webhook-secret";

    private FastPathProfileMain() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchTelegram telegram = new BenchTelegram();
                ConfigurableApplicationContext database = new SpringApplicationBuilder(DatabaseConfiguration.class)
                        .web(WebApplicationType.NONE).run("--samvad.database.embedded.temporary=true",
                                "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            StatementCounter counter = new StatementCounter();
            String url = database.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext bot = new SpringApplicationBuilder(BotApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .initializers(context -> context.getBeanFactory().addBeanPostProcessor(counter))
                    .run("--telegram.bot.token=" + BenchTelegram.TOKEN, "--telegram.bot.url=" + telegram.url(),
                            "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                            "--samvad.bot.port=0", "--samvad.bot.questionnaire=bench-ten", "--logging.level.root=WARN",
                            "--telegram.bot.webhook.url=https://bench.example.org/telegram/webhook",
                            "--telegram.bot.webhook.secret=" + SECRET, "--spring.main.banner-mode=off")) {
                NumberQuestionnaire.publish(bot.getBean(QuestionnaireRepository.class), "bench-ten", PacedLoad.ANSWERS);
                JdbcClient jdbc = JdbcClient.create(database.getBean(DataSource.class));
                Map<Integer, List<String>> trips = new TreeMap<>();
                for (long worker = 1; worker <= 3; worker++) {
                    NumberQuestionnaire.register(bot.getBean(WorkerRepository.class), bot.getBean(LocationRepository.class),
                            worker);
                    for (int message = 0; message < PacedLoad.MESSAGES; message++) {
                        counter.drain("inbound");
                        post(bot, worker * 100 + message, worker,
                                message == 0 ? "/start" : Integer.toString(PacedLoad.answer(message)));
                        while (jdbc.sql("select count(*) from inbound_update").query(Long.class).single() > 0) {
                            Thread.sleep(2);
                        }
                        Thread.sleep(20);
                        trips.put(message, counter.drain("inbound"));
                    }
                }
                print(trips);
            }
        }
        System.exit(0);
    }

    private static void print(Map<Integer, List<String>> trips) {
        System.out.println("Round trips to PostgreSQL per message (third worker), on the processing thread:");
        trips.forEach((message, list) -> System.out.println(String.format(Locale.ROOT, "  %s: %d",
                message == 0 ? "/start   " : "answer " + String.format("%2d", message), list.size())));
        System.out.println("For answer 5:");
        Map<String, Long> counted = trips.get(5).stream().collect(Collectors.groupingBy(
                s -> s.length() > 140 ? s.substring(0, 140) + "..." : s, java.util.LinkedHashMap::new,
                Collectors.counting()));
        counted.forEach((sql, n) -> System.out.println(String.format(Locale.ROOT, "  %3d x %s", n, sql)));
    }

    private static void post(ConfigurableApplicationContext bot, long updateId, long worker, String text)
            throws Exception {
        String entities = text.startsWith("/") ? ",\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":6}]"
                : "";
        String update = ("{\"update_id\":%d,\"message\":{\"message_id\":%d,\"date\":%d,\"chat\":{\"id\":%d,"
                + "\"type\":\"private\"},\"from\":{\"id\":%d,\"is_bot\":false,\"first_name\":\"W\"},\"text\":\"%s\"%s}}")
                .formatted(updateId, updateId, System.currentTimeMillis() / 1000, worker, worker, text, entities);
        int port = ((WebServerApplicationContext) bot).getWebServer().getPort();
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json").header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("webhook answered " + response.statusCode());
        }
    }
}
