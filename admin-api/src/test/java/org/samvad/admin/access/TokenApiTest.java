package org.samvad.admin.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.DocumentContext;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samvad.admin.AdminApiApplication;
import org.samvad.admin.AdminApiSettings;
import org.samvad.admin.Api;
import org.samvad.db.access.ApiToken;
import org.samvad.db.access.ApiTokenRepository;
import org.samvad.db.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

/** Issuing, listing and revoking tokens over HTTP, and the admin token from SAMVAD_ADMIN_TOKEN. */
@SpringBootTest(classes = AdminApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TokenApiTest {

    @LocalServerPort
    int port;

    @Autowired AdminApiSettings settings;
    @Autowired ApiTokenRepository tokens;
    @Autowired AdminTokenBootstrap bootstrap;
    @Autowired Clock clock;

    Api api;
    String admin;

    @BeforeEach
    void api() {
        api = new Api(port);
        admin = settings.token();
    }

    @Test
    void issuesATokenWhoseValueIsShownOnceAndThenRevokesIt(CapturedOutput output)
            throws IOException, InterruptedException {
        HttpResponse<String> created = api.send("POST", "/api/tokens", admin, "application/json",
                "{\"name\": \"Kaimur coordinator\", \"role\": \"coordinator\", \"scope\": [\"BR-KAI\", \"BR-BUX\"]}");
        DocumentContext issued = Api.expect(created, 201);
        long id = issued.<Number>read("$.id").longValue();
        String value = issued.read("$.token");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/tokens/" + id);
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(value).matches("samvad_[A-Za-z0-9_-]{43}");
        assertThat(issued.<String>read("$.role")).isEqualTo("COORDINATOR");
        assertThat(issued.<List<String>>read("$.scope")).containsExactly("BR-KAI", "BR-BUX");

        assertThat(api.get("/api/summaries/BR-KAI-203?questionnaire=sangathan-srijan", value, 200)
                .<String>read("$.location.code")).isEqualTo("BR-KAI-203");
        HttpResponse<String> listed = api.send("GET", "/api/tokens", admin, null, null);
        DocumentContext list = Api.expect(listed, 200);
        assertThat(list.<List<String>>read("$[?(@.id == " + id + ")].name")).containsExactly("Kaimur coordinator");
        assertThat(list.<List<Object>>read("$[?(@.id == " + id + ")].revokedAt")).containsOnlyNulls();
        assertThat(list.<List<Map<String, Object>>>read("$[*]")).allSatisfy(token -> assertThat(token.keySet())
                .containsExactlyInAnyOrder("id", "name", "role", "scope", "createdAt", "revokedAt"));
        assertThat(listed.body()).doesNotContain(value).doesNotContain(ApiToken.hash(value)).doesNotContain(admin);
        assertThat(api.get("/api/tokens/" + id, admin, 200).<Map<String, Object>>read("$"))
                .containsEntry("id", (int) id).doesNotContainKey("token");

        assertThat(api.send("DELETE", "/api/tokens/" + id, admin, null, null).statusCode()).isEqualTo(204);
        assertThat(api.send("DELETE", "/api/tokens/" + id, admin, null, null).statusCode()).isEqualTo(204);
        HttpResponse<String> refused = api.send("GET", "/api/summaries/BR-KAI?questionnaire=sangathan-srijan", value,
                null, null);
        assertThat(Api.expect(refused, 401).<String>read("$.detail")).isEqualTo("The token is unknown or revoked.");
        assertThat(refused.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"samvad\", error=\"invalid_token\"");
        assertThat(api.get("/api/tokens/" + id, admin, 200).<String>read("$.revokedAt")).isNotNull();
        assertThat(output.getAll()).doesNotContain(value).doesNotContain(admin);
    }

    @Test
    void issuesAnUnscopedTokenOnlyToAnAdmin() throws IOException, InterruptedException {
        DocumentContext issued = api.postJson("/api/tokens", admin, "{\"name\": \"Second admin\", \"role\": \"ADMIN\"}",
                201);
        assertThat(issued.<List<String>>read("$.scope")).isEmpty();
        assertThat(api.get("/api/tokens", issued.read("$.token"), 200).<List<String>>read("$[*].name"))
                .contains("Second admin");

        assertThat(api.postJson("/api/tokens", admin, "{\"name\": \"o\", \"role\": \"observer\", \"scope\": []}", 422)
                .<String>read("$.detail")).startsWith("Only an admin token covers everything");
    }

    @Test
    void rejectsATokenRequestThatDoesNotFit() throws IOException, InterruptedException {
        assertThat(api.postJson("/api/tokens", admin, "{\"name\": \"x\", \"role\": \"boss\", \"scope\": [\"BR\"]}", 422)
                .<String>read("$.detail")).isEqualTo("A token's role is admin, coordinator or observer.");
        assertThat(api.postJson("/api/tokens", admin,
                "{\"name\": \"x\", \"role\": \"coordinator\", \"scope\": [\"BR-KAI\", \"XX\"]}", 422)
                .<String>read("$.detail")).isEqualTo("No location has the code 'XX'.");
        assertThat(api.postJson("/api/tokens", admin,
                "{\"name\": \"x\", \"role\": \"coordinator\", \"scope\": [\"BR-KAI-203\"]}", 422)
                .<String>read("$.detail")).isEqualTo("A token covers states and districts, not BR-KAI-203.");
        assertThat(api.postJson("/api/tokens", admin, "{\"name\": \" \", \"role\": \"admin\"}", 422)
                .<String>read("$.title")).isEqualTo("Invalid token request");
        assertThat(api.postJson("/api/tokens", admin, "{\"name\": ", 400).jsonString()).doesNotContain("Exception");
        assertThat(api.get("/api/tokens/999999", admin, 404).<String>read("$.detail"))
                .isEqualTo("No token has the id 999999.");
    }

    @Test
    void answersAMissingMalformedOrUnknownTokenWith401AndABearerChallenge() throws IOException, InterruptedException {
        for (String authorization : new String[] {null, "", "Basic YWRtaW46YWRtaW4=", "Bearer", "Bearer a b",
                "Bearer " + "x".repeat(300), "Bearer samvad_unknown"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("/api/tokens"));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = api.send(request.build());
            DocumentContext problem = Api.expect(response, 401);
            assertThat(problem.<String>read("$.title")).isEqualTo("Unauthorized");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Bearer realm=\"samvad\""));
            assertThat(response.body()).doesNotContain("YWRtaW46YWRtaW4=").doesNotContain("samvad_unknown");
        }
        assertThat(Api.expect(api.send("GET", "/api/nothing-here", null, null, null), 401)).isNotNull();
        assertThat(api.get("/api/nothing-here", admin, 404).<String>read("$.title")).isEqualTo("Not Found");
    }

    @Test
    void storesTheConfiguredAdminTokenOnceAcrossRestarts() throws IOException, InterruptedException {
        ApiToken configured = tokens.findByTokenHash(ApiToken.hash(admin)).orElseThrow();
        assertThat(configured.role()).isEqualTo(Role.ADMIN);
        assertThat(configured.name()).isEqualTo("SAMVAD_ADMIN_TOKEN");
        assertThat(configured.coversEverything()).isTrue();
        int before = tokens.findAll().size();

        bootstrap.afterSingletonsInstantiated();
        bootstrap.afterSingletonsInstantiated();

        assertThat(tokens.findAll()).hasSize(before);
        assertThat(tokens.findByTokenHash(ApiToken.hash(admin)).orElseThrow().id()).isEqualTo(configured.id());
        assertThat(api.get("/api/tokens", admin, 200).<List<String>>read("$[*].name")).contains("SAMVAD_ADMIN_TOKEN");
    }

    @Test
    void keepsARevokedConfiguredTokenRevokedOnRestart() throws IOException, InterruptedException {
        String value = "another-configured-admin-token-0123456789";
        AdminTokenBootstrap restart = new AdminTokenBootstrap(new AdminApiSettings(value, DataSize.ofMegabytes(1),
                DataSize.ofMegabytes(5), "samvad_bot", 5),
                tokens, clock);
        restart.afterSingletonsInstantiated();
        long id = tokens.findByTokenHash(ApiToken.hash(value)).orElseThrow().id();
        api.get("/api/tokens", value, 200);
        assertThat(api.send("DELETE", "/api/tokens/" + id, admin, null, null).statusCode()).isEqualTo(204);

        restart.afterSingletonsInstantiated();

        assertThat(tokens.findByTokenHash(ApiToken.hash(value)).orElseThrow().isRevoked()).isTrue();
        api.get("/api/tokens", value, 401);
    }

    @Test
    void refusesToStartWithAShortConfiguredToken() {
        AdminTokenBootstrap weak = new AdminTokenBootstrap(new AdminApiSettings("admin", DataSize.ofMegabytes(1),
                DataSize.ofMegabytes(5), "samvad_bot", 5),
                tokens, clock);
        assertThatThrownBy(weak::afterSingletonsInstantiated)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32 characters")
                .hasMessageNotContaining("'admin'");
    }
}
