package org.samvad.admin.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samvad.admin.AdminApiApplication;
import org.samvad.admin.AdminApiSettings;
import org.samvad.admin.Api;
import org.samvad.db.access.ApiToken;
import org.samvad.db.access.ApiTokenRepository;
import org.samvad.db.access.Role;
import org.samvad.db.location.LocationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Campaigns over HTTP: made by admins and by observers within their scope, answered with
 * the pre-flight figures, and their progress; bad requests are problems. Buxar's test
 * assembly constituency (199) belongs to this test alone, so its counts are exact.
 */
@SpringBootTest(classes = AdminApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CampaignApiTest {

    private static final String ASSEMBLY = "BR-BUX-199";
    private static final String BOOTH_1 = "BR-BUX-199-001";
    private static final String BOOTH_2 = "BR-BUX-199-002";

    @LocalServerPort
    int port;

    @Autowired AdminApiSettings settings;
    @Autowired ApiTokenRepository tokens;
    @Autowired LocationRepository locations;
    @Autowired JdbcClient jdbc;

    Api api;
    String admin;
    String buxarObserver;
    String kaimurObserver;

    @BeforeEach
    void workersAndTokens() {
        api = new Api(port);
        admin = settings.token();
        buxarObserver = token(Role.OBSERVER, "BR-BUX");
        kaimurObserver = token(Role.OBSERVER, "BR-KAI");
        jdbc.sql("""
                insert into location (code, level, parent_code, state_code, district_code, assembly_code, number,
                                      name_en, name_hi)
                values ('BR-BUX-199', 'ASSEMBLY', 'BR-BUX', 'BR', 'BR-BUX', 'BR-BUX-199', 199, 'Test', 'परीक्षण'),
                       ('BR-BUX-199-001', 'BOOTH', 'BR-BUX-199', 'BR', 'BR-BUX', 'BR-BUX-199', 1, 'B1', 'बू1'),
                       ('BR-BUX-199-002', 'BOOTH', 'BR-BUX-199', 'BR', 'BR-BUX', 'BR-BUX-199', 2, 'B2', 'बू2')
                on conflict (code) do nothing""").update();
        if (jdbc.sql("select count(*) from worker where assembly_code = ?").param(ASSEMBLY).query(Long.class)
                .single() == 0) {
            workers(BOOTH_1, 7_700_000, 4);
            workers(BOOTH_2, 7_700_100, 2);
        }
    }

    @Test
    void anObserverMakesACampaignInTheirDistrictAndSeesThePreflightFigures()
            throws IOException, InterruptedException {
        Instant startsAt = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> response = api.send("POST", "/api/campaigns", buxarObserver, "application/json", """
                {"questionnaire": "sangathan-srijan", "scope": "%s", "startsAt": "%s",
                 "reminderDelay": "12h", "quietHours": "22:00-07:00"}""".formatted(ASSEMBLY.toLowerCase(), startsAt));

        DocumentContext created = Api.expect(response, 201);
        long id = ((Number) created.read("$.id")).longValue();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/campaigns/" + id);
        assertThat(created.<Integer>read("$.targeted")).isEqualTo(6);
        assertThat(created.<Integer>read("$.version")).isEqualTo(1);
        assertThat(created.<String>read("$.scope")).isEqualTo(ASSEMBLY);
        assertThat(created.<String>read("$.quietHours")).isEqualTo("22:00-07:00");
        assertThat(created.<String>read("$.reminderDelay")).isEqualTo("PT12H");
        assertThat(created.<String>read("$.status")).isEqualTo("started");
        assertThat(created.<String>read("$.createdBy")).startsWith("Campaign observer BR-BUX");
        assertThat(created.<Integer>read("$.messagesPerSecond")).isPositive();
        Instant estimated = Instant.parse(created.read("$.estimatedCompletion"));
        assertThat(estimated).isAfterOrEqualTo(startsAt);
        assertThat(Instant.parse(created.<String>read("$.expiresAt"))).isEqualTo(startsAt.plus(Duration.ofDays(7)));
        assertThat(jdbc.sql("select count(*) from outbox_message where campaign_id = ? and priority = 2")
                .param(id).query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void closingACampaignWithdrawsTheInvitationsNotYetSentAndStopsIt() throws IOException, InterruptedException {
        Instant startsAt = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        long id = ((Number) api.postJson("/api/campaigns", buxarObserver, """
                {"questionnaire": "sangathan-srijan", "scope": "%s", "startsAt": "%s"}""".formatted(ASSEMBLY,
                startsAt), 201).read("$.id")).longValue();
        mark(id, jdbc.sql("select min(worker_id) from outbox_message where campaign_id = ?").param(id)
                .query(Long.class).single(), "SENT");

        DocumentContext closed = Api.expect(api.send("POST", "/api/campaigns/" + id + "/close", buxarObserver, null,
                null), 200);

        assertThat(closed.<String>read("$.status")).isEqualTo("closed");
        assertThat(closed.<Integer>read("$.targeted")).isEqualTo(6);
        assertThat(closed.<Integer>read("$.sent")).isEqualTo(1);
        assertThat(closed.<Integer>read("$.withdrawn")).isEqualTo(5);
        assertThat(closed.<Integer>read("$.pending")).isZero();
        assertThat(jdbc.sql("select count(*) from outbox_message where campaign_id = ? and status = 'PENDING'")
                .param(id).query(Long.class).single()).isZero();
        assertThat(api.get("/api/campaigns/" + id, admin, 200).<Integer>read("$.withdrawn"))
                .as("closing again changes nothing").isEqualTo(5);
        assertThat(Api.expect(api.send("POST", "/api/campaigns/" + id + "/close", admin, null, null), 200)
                .<String>read("$.status")).isEqualTo("closed");
        Api.expect(api.send("POST", "/api/campaigns/" + id + "/close", kaimurObserver, null, null), 403);
        Api.expect(api.send("POST", "/api/campaigns/999999999/close", admin, null, null), 404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyMakesNoSecondCampaign() throws IOException, InterruptedException {
        String body = """
                {"questionnaire": "sangathan-srijan", "scope": "%s"}""".formatted(BOOTH_2);
        DocumentContext first = Api.expect(create(buxarObserver, "retry-1", body), 201);
        DocumentContext retried = Api.expect(create(buxarObserver, "retry-1", body), 201);
        long id = ((Number) first.read("$.id")).longValue();

        assertThat(((Number) retried.read("$.id")).longValue()).isEqualTo(id);
        assertThat(retried.<String>read("$.startsAt")).as("the time as stored, in both answers")
                .isEqualTo(first.<String>read("$.startsAt"));
        assertThat(retried.<Integer>read("$.targeted")).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from outbox_message where campaign_id = ? and priority = 2")
                .param(id).query(Long.class).single()).isEqualTo(2);
        assertThat(((Number) Api.expect(create(admin, "retry-1", body), 201).read("$.id")).longValue())
                .as("another token's key is its own").isNotEqualTo(id);
        assertThat(((Number) Api.expect(create(buxarObserver, "retry-2", body), 201).read("$.id")).longValue())
                .as("a new key is a new campaign").isNotEqualTo(id);
        assertThat(Api.expect(create(buxarObserver, "retry-1", """
                {"questionnaire": "sangathan-srijan", "scope": "%s"}""".formatted(BOOTH_1)), 422)
                .<String>read("$.detail")).startsWith("This Idempotency-Key was sent before with another");
        assertThat(Api.expect(create(buxarObserver, "no spaces", body), 400).<String>read("$.detail"))
                .isEqualTo("The Idempotency-Key header is 1 to 64 characters of A-Z a-z 0-9 . _ : -.");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyButOtherSettingsIsRefused() throws IOException, InterruptedException {
        Instant startsAt = Instant.now().plus(Duration.ofHours(4)).truncatedTo(ChronoUnit.SECONDS);
        String settings = """
                {"questionnaire": "sangathan-srijan", "scope": "%s", "startsAt": "%s", "reminderDelay": "%s",
                 "quietHours": "%s", "paidBroadcast": %s}""";
        String body = settings.formatted(BOOTH_2, startsAt, "12h", "22:00-07:00", false);
        long id = ((Number) Api.expect(create(buxarObserver, "settings-1", body), 201).read("$.id")).longValue();

        assertThat(((Number) Api.expect(create(buxarObserver, "settings-1", body), 201).read("$.id")).longValue())
                .isEqualTo(id);
        assertThat(Api.expect(create(buxarObserver, "settings-1",
                settings.formatted(BOOTH_2, startsAt.plusSeconds(3600), "6h", "22:00-07:00", true)), 422)
                .<String>read("$.detail")).isEqualTo("This Idempotency-Key was sent before with another startsAt, "
                        + "reminderDelay, paidBroadcast: it made campaign " + id + ".");
        assertThat(Api.expect(create(buxarObserver, "settings-1",
                settings.formatted(BOOTH_2, startsAt, "12h", "none", false)), 422).<String>read("$.detail"))
                .contains("another quietHours");
        assertThat(jdbc.sql("select count(*) from campaign where id >= ? and scope_code = ?").params(id, BOOTH_2)
                .query(Long.class).single()).as("refused retries make no campaign").isEqualTo(1);
    }

    private HttpResponse<String> create(String token, String idempotencyKey, String body)
            throws IOException, InterruptedException {
        return api.send(HttpRequest.newBuilder(api.uri("/api/campaigns"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void progressCountsSentFailedUnreachableStartedAndCompleted() throws IOException, InterruptedException {
        long id = ((Number) api.postJson("/api/campaigns", admin, """
                {"questionnaire": "sangathan-srijan", "version": 1, "scope": "%s", "quietHours": "none"}"""
                .formatted(BOOTH_1), 201).read("$.id")).longValue();
        List<Long> workerIds = jdbc.sql("select worker_id from outbox_message where campaign_id = ? order by id")
                .param(id).query(Long.class).list();
        assertThat(workerIds).hasSize(4);
        mark(id, workerIds.get(0), "SENT");
        mark(id, workerIds.get(1), "SENT");
        mark(id, workerIds.get(2), "UNREACHABLE");
        jdbc.sql("""
                insert into questionnaire_run (worker_id, questionnaire_id, campaign_id, state_code, district_code,
                    assembly_code, booth_code, status, position, started_at, completed_at, last_activity_at, version)
                select w.id, c.questionnaire_id, c.id, w.state_code, w.district_code, w.assembly_code, w.booth_code,
                       'COMPLETED', 9, now(), now(), now(), 0
                from worker w, campaign c where w.id = ? and c.id = ?""").params(workerIds.get(0), id).update();
        jdbc.sql("""
                insert into answer (run_id, question_key, option_key, answered_at)
                select id, 'committee_active', 'yes', now() from questionnaire_run where campaign_id = ?""")
                .param(id).update();

        DocumentContext progress = api.get("/api/campaigns/" + id, buxarObserver, 200);

        assertThat(progress.<Integer>read("$.targeted")).isEqualTo(4);
        assertThat(progress.<Integer>read("$.sent")).isEqualTo(2);
        assertThat(progress.<Integer>read("$.unreachable")).isEqualTo(1);
        assertThat(progress.<Integer>read("$.failed")).isZero();
        assertThat(progress.<Integer>read("$.pending")).isEqualTo(1);
        assertThat(progress.<Integer>read("$.started")).isEqualTo(1);
        assertThat(progress.<Integer>read("$.completed")).isEqualTo(1);
        assertThat(progress.<Double>read("$.responseRate")).isEqualTo(0.25);
        assertThat(progress.<String>read("$.questionnaire")).isEqualTo("sangathan-srijan");
        assertThat(progress.<String>read("$.quietHours")).isEqualTo("none");
        assertThat(Instant.parse(progress.read("$.estimatedCompletion"))).isAfter(Instant.now().minusSeconds(60));
    }

    @Test
    void anObserverIsRefusedAScopeOutsideTheirDistrictsAndItsProgress() throws IOException, InterruptedException {
        DocumentContext refused = Api.expect(api.send("POST", "/api/campaigns", kaimurObserver, "application/json",
                "{\"questionnaire\": \"sangathan-srijan\", \"scope\": \"" + ASSEMBLY + "\"}"), 403);
        assertThat(refused.<String>read("$.detail")).contains("outside this token's scope");
        long id = ((Number) api.postJson("/api/campaigns", admin,
                "{\"questionnaire\": \"sangathan-srijan\", \"scope\": \"" + BOOTH_2 + "\"}", 201).read("$.id"))
                .longValue();
        Api.expect(api.send("GET", "/api/campaigns/" + id, kaimurObserver, null, null), 403);
        Api.expect(api.send("GET", "/api/campaigns/" + id, token(Role.COORDINATOR, "BR-KAI"), null, null), 403);
        api.get("/api/campaigns/" + id, token(Role.COORDINATOR, "BR-BUX"), 200);
        Api.expect(api.send("POST", "/api/campaigns", token(Role.COORDINATOR, "BR-BUX"), "application/json",
                "{\"questionnaire\": \"sangathan-srijan\", \"scope\": \"" + BOOTH_2 + "\"}"), 403);
    }

    @Test
    void badRequestsAreProblems() throws IOException, InterruptedException {
        assertThat(problem(422, "{\"questionnaire\": \"no-such-survey\", \"scope\": \"BR-KAI\"}"))
                .contains("no-such-survey");
        assertThat(problem(422, "{\"questionnaire\": \"sangathan-srijan\", \"version\": 99, \"scope\": \"BR-KAI\"}"))
                .contains("no version 99");
        assertThat(problem(404, "{\"questionnaire\": \"sangathan-srijan\", \"scope\": \"XX-NOPE\"}"))
                .contains("XX-NOPE");
        assertThat(problem(422, "{\"questionnaire\": \"sangathan-srijan\"}")).contains("'scope'");
        assertThat(problem(422, "{\"questionnaire\": \"sangathan-srijan\", \"scope\": \"BR-KAI\", "
                + "\"startsAt\": \"tomorrow\"}")).contains("'startsAt'");
        assertThat(problem(422, "{\"questionnaire\": \"sangathan-srijan\", \"scope\": \"BR-KAI\", "
                + "\"startsAt\": \"2020-01-01T10:00:00+05:30\"}")).contains("past");
        String now = Instant.now().toString();
        assertThat(problem(422, "{\"questionnaire\": \"sangathan-srijan\", \"scope\": \"BR-KAI\", "
                + "\"startsAt\": \"" + now + "\", \"expiresAt\": \"" + now + "\"}")).contains("expiry");
        assertThat(problem(422, "{\"questionnaire\": \"sangathan-srijan\", \"scope\": \"BR-KAI\", "
                + "\"reminderDelay\": \"soon\"}")).contains("'reminderDelay'");
        assertThat(problem(422, "{\"questionnaire\": \"sangathan-srijan\", \"scope\": \"BR-KAI\", "
                + "\"reminderDelay\": \"30d\"}")).contains("reminder delay");
        assertThat(problem(422, "{\"questionnaire\": \"sangathan-srijan\", \"scope\": \"BR-KAI\", "
                + "\"quietHours\": \"late\"}")).contains("'quietHours'");
        assertThat(problem(400, "{\"questionnaire\": ")).isNotBlank();
        assertThat(Api.expect(api.send("GET", "/api/campaigns/987654321", admin, null, null), 404)
                .<String>read("$.detail")).contains("987654321");
        assertThat(jdbc.sql("select count(*) from campaign where scope_code = 'BR-KAI'").query(Long.class).single())
                .as("nothing was made").isZero();
    }

    private String problem(int status, String body) throws IOException, InterruptedException {
        return Api.expect(api.send("POST", "/api/campaigns", admin, "application/json", body), status)
                .read("$.detail");
    }

    private void mark(long campaignId, long workerId, String status) {
        jdbc.sql("update outbox_message set status = ?, sent_at = ? where campaign_id = ? and worker_id = ?")
                .params(status, Timestamp.from(Instant.now()), campaignId, workerId).update();
    }

    private void workers(String booth, long firstTelegramId, int count) {
        jdbc.sql("""
                insert into worker (telegram_user_id, chat_id, name, language, status, location_code, state_code,
                                    district_code, assembly_code, booth_code, created_at, updated_at, version)
                select :first + n, :first + n, 'Worker', 'hi', 'ACTIVE', b.code, b.state_code, b.district_code,
                       b.assembly_code, b.code, now(), now(), 0
                from location b, generate_series(0, :count - 1) n where b.code = :booth""")
                .param("first", firstTelegramId).param("count", count).param("booth", booth).update();
    }

    private String token(Role role, String scope) {
        ApiToken.Issued issued = ApiToken.issue("Campaign " + role.name().toLowerCase() + " " + scope + " "
                + System.nanoTime(), role, List.of(locations.findById(scope).orElseThrow()), Instant.now());
        tokens.save(issued.token());
        return issued.value();
    }
}
