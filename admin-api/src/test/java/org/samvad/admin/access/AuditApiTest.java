package org.samvad.admin.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

/** The audit trail records who pulled which summary, allowed or not, and admins read it. */
@SpringBootTest(classes = AdminApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditApiTest {

    @LocalServerPort
    int port;

    @Autowired AdminApiSettings settings;
    @Autowired ApiTokenRepository tokens;
    @Autowired LocationRepository locations;

    Api api;
    ApiToken.Issued coordinator;

    @BeforeEach
    void aKaimurCoordinator() {
        api = new Api(port);
        coordinator = ApiToken.issue("Auditing coordinator " + System.nanoTime(), Role.COORDINATOR,
                List.of(locations.findById("BR-KAI").orElseThrow()), Instant.now());
        coordinator = new ApiToken.Issued(tokens.save(coordinator.token()), coordinator.value());
    }

    @Test
    void recordsWhichTokenPulledWhichSummary() throws IOException, InterruptedException {
        api.get("/api/summaries/BR-KAI-203?questionnaire=sangathan-srijan&version=1", coordinator.value(), 200);

        List<Map<String, Object>> events = eventsOf(coordinator.token());
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).containsEntry("action", "summary")
                .containsEntry("tokenName", coordinator.token().name())
                .containsEntry("target", "locationCode=BR-KAI-203 questionnaire=sangathan-srijan version=1")
                .containsEntry("outcome", 200)
                .containsKey("at");
    }

    @Test
    void recordsRefusedAndFailedSummaryRequestsToo() throws IOException, InterruptedException {
        api.get("/api/summaries/BR-PAT?questionnaire=sangathan-srijan", coordinator.value(), 403);
        api.get("/api/summaries/XX-NOPE?questionnaire=sangathan-srijan", coordinator.value(), 404);
        api.get("/api/summaries/BR-KAI?questionnaire=nothing", coordinator.value(), 404);
        api.get("/api/tokens", coordinator.value(), 403);

        assertThat(eventsOf(coordinator.token())).extracting(e -> e.get("target") + " " + e.get("outcome"))
                .containsExactly("locationCode=BR-KAI questionnaire=nothing 404",
                        "locationCode=XX-NOPE questionnaire=sangathan-srijan 404",
                        "locationCode=BR-PAT questionnaire=sangathan-srijan 403");
    }

    @Test
    void recordsTokenChangesWithWhatTheyCreated() throws IOException, InterruptedException {
        DocumentContext issued = api.postJson("/api/tokens", settings.token(),
                "{\"name\": \"Audited observer\", \"role\": \"observer\", \"scope\": [\"BR-KAI\"]}", 201);
        long id = issued.<Number>read("$.id").longValue();
        api.send("DELETE", "/api/tokens/" + id, settings.token(), null, null);

        DocumentContext audit = api.get("/api/audit?limit=1000", settings.token(), 200);
        assertThat(audit.<List<String>>read("$[?(@.target == 'created=/api/tokens/" + id + "')].action"))
                .containsExactly("token.create");
        assertThat(audit.<List<String>>read("$[?(@.target == 'id=" + id + "')].action"))
                .containsExactly("token.revoke");
        assertThat(audit.jsonString()).doesNotContain(issued.<String>read("$.token"));
    }

    @Test
    void showsTheTrailOnlyToAdminsAndWithinALimit() throws IOException, InterruptedException {
        api.get("/api/audit", coordinator.value(), 403);
        assertThat(api.get("/api/audit?limit=1", settings.token(), 200).<List<Object>>read("$")).hasSizeLessThan(2);
        assertThat(api.get("/api/audit?limit=0", settings.token(), 400).<String>read("$.detail"))
                .isEqualTo("'limit' is between 1 and 1000.");
    }

    private List<Map<String, Object>> eventsOf(ApiToken token) throws IOException, InterruptedException {
        long id = tokens.findByTokenHash(token.tokenHash()).orElseThrow().id();
        return api.get("/api/audit?limit=1000", settings.token(), 200).read("$[?(@.tokenId == " + id + ")]");
    }
}
