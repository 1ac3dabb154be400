package org.samvad.bot.inbound;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.samvad.bot.telegram.FakeTelegram.Updates.text;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samvad.bot.BotApplication;
import org.samvad.bot.telegram.FakeTelegram;
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
 * Two bot instances (two Spring contexts, each with its own connection pool) in webhook
 * mode against one PostgreSQL, fed through their webhook endpoints over HTTP.
 */
class WebhookInstancesTest {

    private static final String SECRET = "test-webhook-secret_0123456789";
    private static final String SURVEY = "webhook-order";
    private static final int QUESTIONS = 5;

    private static final FakeTelegram telegram = new FakeTelegram();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static JdbcClient jdbc;
    private static DataSource dataSource;
    private static long updateId = 70_000;

    @BeforeAll
    static void startTwoInstances() {
        telegram.server().stubFor(post(urlPathEqualTo("/bot" + FakeTelegram.TOKEN + "/setWebhook"))
                .willReturn(okJson("{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}")));
        telegram.server().stubFor(post(urlPathEqualTo("/bot" + FakeTelegram.TOKEN + "/getme")).willReturn(okJson(
                "{\"ok\":true,\"result\":{\"id\":123456,\"is_bot\":true,\"first_name\":\"Samvad\",\"username\":\"samvad_bot\"}}")));
        database = new SpringApplicationBuilder(DatabaseConfiguration.class).web(WebApplicationType.NONE).run();
        dataSource = database.getBean(DataSource.class);
        jdbc = JdbcClient.create(dataSource);
        String url = database.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
        first = start(url);
        second = start(url);
        NumberSurvey.publish(first.getBean(QuestionnaireRepository.class), SURVEY, QUESTIONS);
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
        database.close();
        telegram.close();
    }

    @Test
    void interleavedDuplicatedAndReorderedUpdatesAreStoredOnceEachAndInOrder() throws Exception {
        List<Long> workers = List.of(9101L, 9102L, 9103L, 9104L, 9105L, 9106L);
        workers.forEach(this::register);
        workers.forEach(w -> postTo(first, text(next(), w, "/start")));
        awaitQueueEmpty();

        List<ObjectNode> answers = new ArrayList<>();
        for (int question = 1; question <= QUESTIONS; question++) {
            for (long worker : workers) {
                answers.add(text(next(), worker, Long.toString(value(worker, question))));
            }
        }
        Random random = new Random(8);
        List<ObjectNode> deliveries = new ArrayList<>(answers);
        answers.stream().filter(a -> random.nextInt(3) == 0).forEach(deliveries::add);
        Collections.shuffle(deliveries, random);
        try (Connection busy = dataSource.getConnection()) {
            holdWorkers(busy, workers);
            postConcurrently(deliveries, random);
            assertThat(queued()).isEqualTo(answers.size());
            busy.commit();
        }
        awaitQueueEmpty();
        answers.stream().filter(a -> random.nextInt(4) == 0).forEach(a -> postTo(second, a));
        awaitQueueEmpty();

        for (long worker : workers) {
            Map<String, Long> stored = storedAnswers(worker);
            assertThat(stored).hasSize(QUESTIONS);
            for (int question = 1; question <= QUESTIONS; question++) {
                assertThat(stored).containsEntry("q" + question, value(worker, question));
            }
        }
        assertThat(processedCount(answers)).isEqualTo(answers.size());
    }

    @Test
    void anUpdateArrivingAfterANewerOneOfItsWorkerWasProcessedIsDropped() {
        long worker = 9201;
        register(worker);
        postTo(first, text(next(), worker, "/start"));
        long older = next();
        long newer = next();
        postTo(first, text(newer, worker, "41"));
        awaitQueueEmpty();
        double late = counter(second, "samvad.updates.processed", "late");

        postTo(second, text(older, worker, "40"));
        awaitQueueEmpty();

        assertThat(storedAnswers(worker)).containsExactly(Map.entry("q1", 41L));
        assertThat(jdbc.sql("select count(*) from processed_update where update_id = ?").param(older)
                .query(Long.class).single()).isZero();
        assertThat(counter(second, "samvad.updates.processed", "late")).isEqualTo(late + 1);
    }

    @Test
    void aWrongOrMissingSecretIsRefusedAndNothingIsStored() throws Exception {
        long worker = 9301;
        register(worker);
        ObjectNode update = text(next(), worker, "/start");
        double rejected = counter(first, "samvad.updates.rejected", "secret");

        HttpResponse<String> wrong = send(first, update.toString(), "not-the-secret");
        HttpResponse<String> missing = send(first, update.toString(), null);

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("Exception");
        assertThat(counter(first, "samvad.updates.rejected", "secret")).isEqualTo(rejected + 2);
        Thread.sleep(300);
        long id = update.path("update_id").asLong();
        assertThat(jdbc.sql("select count(*) from inbound_update where update_id = ?").param(id).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from processed_update where update_id = ?").param(id).query(Long.class)
                .single()).isZero();
        assertThat(telegram.messagesTo(worker)).isEmpty();
    }

    @Test
    void registersTheWebhookWithItsSecretLimitAndUpdateKinds() {
        telegram.server().verify(2, postRequestedFor(urlPathEqualTo("/bot" + FakeTelegram.TOKEN + "/setWebhook"))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"url": "https://bot.example.org/telegram/webhook", "secret_token": "%s",
                         "max_connections": 60, "allowed_updates": ["message", "edited_message", "callback_query"],
                         "drop_pending_updates": false}""".formatted(SECRET))));
    }

    @Test
    void prometheusAndHealthShowTheInboundQueueAndTheOutbox() throws Exception {
        long worker = 9401;
        register(worker);
        postTo(first, text(next(), worker, "/start"));
        awaitQueueEmpty();

        String metrics = get(first, "/actuator/prometheus");
        assertThat(metrics).contains("samvad_updates_received_total{source=\"webhook\"}")
                .contains("samvad_updates_processed_total{outcome=\"handled\"}")
                .contains("samvad_updates_rejected_total{reason=\"secret\"}")
                .contains("samvad_updates_latency_seconds_count")
                .contains("samvad_updates_latency_seconds_bucket{le=\"0.05\"}")
                .contains("samvad_outbox_sent_total").contains("samvad_outbox_throttled_total")
                .contains("samvad_outbox_failed_total").contains("samvad_outbox_depth");
        String readiness = get(first, "/actuator/health/readiness");
        assertThat(readiness).contains("\"status\":\"UP\"").contains("\"inbound\"").contains("\"waiting\":0");
        assertThat(get(first, "/actuator/health")).contains("\"telegram\":{\"status\":\"UP\"");
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(BotApplication.class).web(WebApplicationType.SERVLET).run(
                telegram.botArguments("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--samvad.bot.port=0", "--samvad.bot.questionnaire=" + SURVEY,
                        "--samvad.bot.inbound.threads=4", "--samvad.bot.inbound.sweep-interval=200ms",
                        "--samvad.bot.rate-limit-messages=1000",
                        "--telegram.bot.webhook.url=https://bot.example.org/telegram/webhook",
                        "--telegram.bot.webhook.secret=" + SECRET, "--telegram.bot.webhook.max-connections=60"));
    }

    private void register(long worker) {
        NumberSurvey.register(first.getBean(WorkerRepository.class), first.getBean(LocationRepository.class), worker);
    }

    /** Locks the workers' rows as another instance busy with them would, until the connection commits. */
    private static void holdWorkers(Connection connection, List<Long> workers) throws Exception {
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(
                "select 1 from inbound_sender where telegram_user_id = any(?) for update")) {
            lock.setArray(1, connection.createArrayOf("bigint", workers.toArray()));
            lock.executeQuery().close();
        }
    }

    private static void postConcurrently(List<ObjectNode> deliveries, Random random) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (ObjectNode update : deliveries) {
                ConfigurableApplicationContext to = random.nextBoolean() ? first : second;
                sent.add(senders.submit(() -> postTo(to, update)));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            senders.shutdown();
        }
    }

    private static void postTo(ConfigurableApplicationContext instance, ObjectNode update) {
        try {
            assertThat(send(instance, update.toString(), SECRET).statusCode()).isEqualTo(200);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext instance, String body, String secret)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(WebhookController.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String get(ConfigurableApplicationContext instance, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(instance, path)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static long queued() {
        return jdbc.sql("select count(*) from inbound_update").query(Long.class).single();
    }

    private static void awaitQueueEmpty() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (queued() > 0 && Instant.now().isBefore(deadline)) {
            sleep(20);
        }
        assertThat(queued()).isZero();
    }

    private static Map<String, Long> storedAnswers(long worker) {
        return jdbc.sql("""
                        select a.question_key, a.number_value from answer a
                        join questionnaire_run r on r.id = a.run_id join worker w on w.id = r.worker_id
                        where w.telegram_user_id = ?""")
                .param(worker)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static long processedCount(List<ObjectNode> updates) {
        return jdbc.sql("select count(*) from processed_update where update_id = any(?)")
                .param(updates.stream().map(u -> u.path("update_id").asLong()).toArray(Long[]::new))
                .query(Long.class).single();
    }

    private static double counter(ConfigurableApplicationContext instance, String name, String tag) {
        var counter = instance.getBean(io.micrometer.core.instrument.MeterRegistry.class).find(name)
                .tags(name.endsWith("rejected") ? "reason" : "outcome", tag).counter();
        return counter == null ? 0 : counter.count();
    }

    private static long value(long worker, int question) {
        return (worker % 100) * 10 + question;
    }

    private static synchronized long next() {
        return ++updateId;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
