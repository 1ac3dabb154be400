package org.samvad.admin.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samvad.admin.AdminApiApplication;
import org.samvad.admin.AdminApiSettings;
import org.samvad.admin.Api;
import org.samvad.admin.PatnaBooth;
import org.samvad.db.access.ApiToken;
import org.samvad.db.access.ApiTokenRepository;
import org.samvad.db.access.Role;
import org.samvad.db.invitation.Invitation;
import org.samvad.db.invitation.InvitationRepository;
import org.samvad.db.location.LocationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Invitation links over HTTP: made, listed and revoked by admins and by observers within their scope. */
@SpringBootTest(classes = AdminApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samvad.admin.bot-username=samvad_test_bot")
class InvitationApiTest {

    private static final String BOOTH = "BR-KAI-204-002";

    @LocalServerPort
    int port;

    @Autowired AdminApiSettings settings;
    @Autowired ApiTokenRepository tokens;
    @Autowired LocationRepository locations;
    @Autowired InvitationRepository invitations;
    @Autowired JdbcClient jdbc;

    Api api;
    String admin;
    ApiToken kaimurObserver;
    String observer;

    @BeforeEach
    void tokens() {
        api = new Api(port);
        admin = settings.token();
        ApiToken.Issued issued = ApiToken.issue("Kaimur observer " + System.nanoTime(), Role.OBSERVER,
                List.of(locations.findById("BR-KAI").orElseThrow()), Instant.now());
        kaimurObserver = tokens.save(issued.token());
        observer = issued.value();
    }

    @Test
    void anObserverMakesAWorkerLinkForABoothInTheirDistrict() throws IOException, InterruptedException {
        Instant before = Instant.now();
        HttpResponse<String> response = create(observer, "{\"booth\": \"" + BOOTH + "\", \"kind\": \"worker\", "
                + "\"expiresInDays\": 3}");

        DocumentContext created = Api.expect(response, 201);
        String code = created.read("$.code");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/invitations/" + code);
        assertThat(created.<String>read("$.link")).isEqualTo("https://t.me/samvad_test_bot?start=" + code);
        assertThat(created.<String>read("$.kind")).isEqualTo("worker");
        assertThat(created.<String>read("$.createdBy")).isEqualTo(kaimurObserver.name());
        assertThat(Instant.parse(created.read("$.expiresAt"))).isBetween(before.plus(Duration.ofDays(3)),
                Instant.now().plus(Duration.ofDays(3)));
        Invitation stored = invitations.findById(code).orElseThrow();
        assertThat(stored.getMaxUses()).isEqualTo(1);
        assertThat(stored.getBoothCode()).isEqualTo(BOOTH);
    }

    @Test
    void aBoothLinkAdmitsAnyNumberAndExpiresInSevenDaysByDefault() throws IOException, InterruptedException {
        Instant before = Instant.now();
        DocumentContext created = Api.expect(create(admin, "{\"booth\": \"" + BOOTH + "\", \"kind\": \"booth\"}"), 201);

        assertThat(created.<String>read("$.kind")).isEqualTo("booth");
        assertThat(created.<String>read("$.createdBy")).isEqualTo("SAMVAD_ADMIN_TOKEN");
        assertThat(Instant.parse(created.read("$.expiresAt"))).isAfterOrEqualTo(before.plus(Duration.ofDays(7)));
        assertThat(invitations.findById(created.<String>read("$.code")).orElseThrow().getMaxUses()).isNull();
    }

    @Test
    void refusesAnObserverABoothOutsideTheirScope() throws IOException, InterruptedException {
        String other = otherDistrictsBooth();

        assertThat(Api.expect(create(observer, "{\"booth\": \"" + other + "\", \"kind\": \"booth\"}"), 403)
                .<String>read("$.detail")).contains("outside this token's scope");
        assertThat(invitations.findByBoothCodeOrderByCreatedAtDesc(other)).isEmpty();
    }

    @Test
    void answersProblemsForRequestsThatDoNotFit() throws IOException, InterruptedException {
        assertThat(Api.expect(create(admin, "{\"booth\": \"BR-KAI-204\", \"kind\": \"booth\"}"), 422)
                .<String>read("$.detail")).contains("not a booth");
        assertThat(Api.expect(create(admin, "{\"booth\": \"" + BOOTH + "\", \"kind\": \"everyone\"}"), 422)
                .<String>read("$.detail")).contains("'kind'");
        Api.expect(create(admin, "{\"booth\": \"" + BOOTH + "\", \"kind\": \"booth\", \"expiresInDays\": 91}"), 422);
        Api.expect(create(admin, "{\"booth\": \"" + BOOTH + "\", \"kind\": \"booth\", \"expiresInDays\": 0}"), 422);
        Api.expect(create(admin, "{\"kind\": \"booth\"}"), 422);
        Api.expect(create(observer, "{\"kind\": \"booth\"}"), 400);
        Api.expect(create(admin, "{\"booth\": \"BR-XXX-1-1\", \"kind\": \"booth\"}"), 404);
        Api.expect(create(observer, "{\"booth\": \"BR-XXX-1-1\", \"kind\": \"booth\"}"), 404);
        Api.expect(create(admin, "not json"), 400);
    }

    @Test
    void listsInvitationsByBoothOrByAnyLevelWithinScope() throws IOException, InterruptedException {
        String code = Api.expect(create(observer, "{\"booth\": \"BR-KAI-205-003\", \"kind\": \"booth\"}"), 201)
                .read("$.code");

        DocumentContext byBooth = api.get("/api/invitations?booth=BR-KAI-205-003", observer, 200);
        assertThat(byBooth.<List<String>>read("$[*].code")).contains(code);
        assertThat(byBooth.<List<Map<String, Object>>>read("$[*]")).allSatisfy(invitation ->
                assertThat(invitation.keySet()).containsExactlyInAnyOrder("code", "booth", "kind", "uses",
                        "expiresAt", "revokedAt", "createdBy", "createdAt"));
        assertThat(api.get("/api/invitations?location=BR-KAI-205", observer, 200).<List<String>>read("$[*].code"))
                .contains(code);
        assertThat(api.get("/api/invitations?location=BR", admin, 200).<List<String>>read("$[*].code"))
                .contains(code);
        assertThat(api.get("/api/invitations?location=BR-KAI-206", observer, 200).<List<String>>read("$[*].code"))
                .doesNotContain(code);

        api.get("/api/invitations?location=BR-PAT", observer, 403);
        api.get("/api/invitations?location=BR", observer, 403);
        api.get("/api/invitations", observer, 400);
        api.get("/api/invitations", admin, 400);
        api.get("/api/invitations?booth=BR-KAI-205-003&location=BR-KAI", admin, 400);
        api.get("/api/invitations?booth=BR-KAI-205", admin, 400);
        api.get("/api/invitations?location=XX", observer, 404);
    }

    @Test
    void revokesAnInvitationSoThatItNoLongerAdmits() throws IOException, InterruptedException {
        String code = Api.expect(create(observer, "{\"booth\": \"" + BOOTH + "\", \"kind\": \"booth\"}"), 201)
                .read("$.code");

        assertThat(api.send("DELETE", "/api/invitations/" + code, observer, null, null).statusCode()).isEqualTo(204);
        assertThat(api.send("DELETE", "/api/invitations/" + code, admin, null, null).statusCode()).isEqualTo(204);

        Invitation revoked = invitations.findById(code).orElseThrow();
        assertThat(revoked.refusal(Instant.now())).hasValue(Invitation.Refusal.REVOKED);
        assertThat(api.get("/api/invitations/" + code, observer, 200).<String>read("$.revokedAt")).isNotNull();
        Api.expect(api.send("DELETE", "/api/invitations/unknown-code", admin, null, null), 404);
    }

    @Test
    void refusesAnObserverToRevokeAnInvitationOutsideTheirScope() throws IOException, InterruptedException {
        String other = otherDistrictsBooth();
        String code = Api.expect(create(admin, "{\"booth\": \"" + other + "\", \"kind\": \"booth\"}"), 201)
                .read("$.code");

        Api.expect(api.send("DELETE", "/api/invitations/" + code, observer, null, null), 403);
        api.get("/api/invitations/" + code, observer, 403);
        assertThat(invitations.findById(code).orElseThrow().getRevokedAt()).isNull();
    }

    @Test
    void refusesCoordinators() throws IOException, InterruptedException {
        ApiToken.Issued coordinator = ApiToken.issue("Kaimur coordinator", Role.COORDINATOR,
                List.of(locations.findById("BR-KAI").orElseThrow()), Instant.now());
        tokens.save(coordinator.token());

        Api.expect(create(coordinator.value(), "{\"booth\": \"" + BOOTH + "\", \"kind\": \"booth\"}"), 403);
    }

    @Test
    void recordsEachCallInTheAuditTrail() throws IOException, InterruptedException {
        String code = Api.expect(create(observer, "{\"booth\": \"" + BOOTH + "\", \"kind\": \"booth\"}"), 201)
                .read("$.code");
        api.get("/api/invitations?booth=" + BOOTH, observer, 200);
        api.send("DELETE", "/api/invitations/" + code, observer, null, null);
        create(observer, "{\"booth\": \"" + otherDistrictsBooth() + "\", \"kind\": \"booth\"}");

        List<Map<String, Object>> events = api.get("/api/audit?limit=50", admin, 200)
                .read("$[?(@.tokenId == " + kaimurObserver.id() + ")]");
        assertThat(events).extracting(e -> e.get("action") + " " + e.get("outcome")).containsExactly(
                "invitation.create 403", "invitation.revoke 204", "invitation.list 200", "invitation.create 201");
    }

    private HttpResponse<String> create(String token, String json) throws IOException, InterruptedException {
        return api.send("POST", "/api/invitations", token, "application/json", json);
    }

    private String otherDistrictsBooth() {
        return PatnaBooth.add(jdbc);
    }
}
