package org.samvad.admin.observer;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.io.IOException;
import java.net.http.HttpResponse;
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
import org.samvad.db.observer.ObserverRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Admins appoint, list and revoke observers over HTTP; nobody else sees them. */
@SpringBootTest(classes = AdminApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ObserverApiTest {

    @LocalServerPort
    int port;

    @Autowired AdminApiSettings settings;
    @Autowired ApiTokenRepository tokens;
    @Autowired LocationRepository locations;
    @Autowired ObserverRepository observers;

    Api api;
    String admin;

    @BeforeEach
    void api() {
        api = new Api(port);
        admin = settings.token();
    }

    @Test
    void appointsListsAndRevokesAnObserver() throws IOException, InterruptedException {
        HttpResponse<String> response = appoint(admin,
                "{\"telegramUserId\": 700001, \"name\": \"Sunita Devi\", \"districts\": [\"BR-KAI\", \"BR-BUX\"]}");

        DocumentContext created = Api.expect(response, 201);
        long id = created.<Number>read("$.id").longValue();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/observers/" + id);
        assertThat(created.<List<String>>read("$.districts")).containsExactly("BR-KAI", "BR-BUX");
        assertThat(observers.findByTelegramUserId(700001)).hasValueSatisfying(observer ->
                assertThat(observer.covers(locations.findById("BR-KAI-203-001").orElseThrow())).isTrue());

        DocumentContext list = api.get("/api/observers", admin, 200);
        assertThat(list.<List<String>>read("$[?(@.id == " + id + ")].name")).containsExactly("Sunita Devi");
        assertThat(list.<List<Map<String, Object>>>read("$[*]")).allSatisfy(observer -> assertThat(observer.keySet())
                .containsExactlyInAnyOrder("id", "telegramUserId", "name", "districts", "createdAt", "revokedAt"));

        assertThat(api.send("DELETE", "/api/observers/" + id, admin, null, null).statusCode()).isEqualTo(204);
        assertThat(api.send("DELETE", "/api/observers/" + id, admin, null, null).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/observers/" + id, admin, 200).<String>read("$.revokedAt")).isNotNull();
        assertThat(observers.findById(id).orElseThrow().isRevoked()).isTrue();
        Api.expect(api.send("DELETE", "/api/observers/99999", admin, null, null), 404);
    }

    @Test
    void answersProblemsForRequestsThatDoNotFit() throws IOException, InterruptedException {
        Api.expect(appoint(admin, "{\"name\": \"A\", \"districts\": [\"BR-KAI\"]}"), 422);
        Api.expect(appoint(admin, "{\"telegramUserId\": 700002, \"name\": \" \", \"districts\": [\"BR-KAI\"]}"), 422);
        Api.expect(appoint(admin, "{\"telegramUserId\": 700002, \"name\": \"A\", \"districts\": []}"), 422);
        assertThat(Api.expect(appoint(admin,
                "{\"telegramUserId\": 700002, \"name\": \"A\", \"districts\": [\"BR-KAI-203\", \"XX\"]}"), 422)
                .<String>read("$.detail")).isEqualTo("Not the code of a district: 'BR-KAI-203', 'XX'.");
        Api.expect(appoint(admin, "{\"telegramUserId\": 700003, \"name\": \"A\", \"districts\": [\"BR-KAI\"]}"), 201);
        Api.expect(appoint(admin, "{\"telegramUserId\": 700003, \"name\": \"B\", \"districts\": [\"BR-BUX\"]}"), 409);
        Api.expect(appoint(admin, "[1, 2"), 400);
    }

    @Test
    void letsOnlyAdminsSeeOrChangeObservers() throws IOException, InterruptedException {
        for (Role role : List.of(Role.COORDINATOR, Role.OBSERVER)) {
            ApiToken.Issued issued = ApiToken.issue("Observer test " + role, role,
                    List.of(locations.findById("BR-KAI").orElseThrow()), Instant.now());
            tokens.save(issued.token());
            HttpResponse<String> listed = api.send("GET", "/api/observers", issued.value(), null, null);
            Api.expect(listed, 403);
            assertThat(listed.body()).doesNotContain("Sunita");
            Api.expect(appoint(issued.value(),
                    "{\"telegramUserId\": 700009, \"name\": \"A\", \"districts\": [\"BR-KAI\"]}"), 403);
        }
        assertThat(observers.findByTelegramUserId(700009)).isEmpty();
    }

    @Test
    void recordsAppointmentsInTheAuditTrail() throws IOException, InterruptedException {
        long id = Api.expect(appoint(admin,
                "{\"telegramUserId\": 700020, \"name\": \"A\", \"districts\": [\"BR-KAI\"]}"), 201)
                .<Number>read("$.id").longValue();
        api.send("DELETE", "/api/observers/" + id, admin, null, null);

        List<Map<String, Object>> events = api.get("/api/audit?limit=2", admin, 200).read("$");
        assertThat(events).extracting(e -> e.get("action") + " " + e.get("outcome")).containsExactly(
                "observer.revoke 204", "observer.create 201");
        assertThat(events.get(0).get("target")).isEqualTo("id=" + id);
    }

    private HttpResponse<String> appoint(String token, String json) throws IOException, InterruptedException {
        return api.send("POST", "/api/observers", token, "application/json", json);
    }
}
