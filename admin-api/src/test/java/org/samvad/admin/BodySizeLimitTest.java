package org.samvad.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Request bodies over the limit (1 MiB by default) are refused with 413, declared or chunked. */
@SpringBootTest(classes = AdminApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BodySizeLimitTest {

    private static final int ONE_MIB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired AdminApiSettings settings;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void limitsBodiesToOneMebibyteByDefault() {
        assertThat(settings.maxBodySize().toBytes()).isEqualTo(ONE_MIB);
    }

    @Test
    void limitsCsvBodiesToFiveMebibytesByDefault() {
        assertThat(settings.maxCsvSize().toBytes()).isEqualTo(5 * ONE_MIB);
    }

    @Test
    void refusesAQuestionnaireOverTheLimitWith413() throws IOException, InterruptedException {
        HttpResponse<String> response = api.send("POST", "/api/questionnaires", settings.token(), "application/yaml",
                oversized());

        assertThat(Api.expect(response, 413).<String>read("$.detail"))
                .isEqualTo("The request body is larger than 1048576 bytes.");
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void refusesAChunkedBodyOnceItPassesTheLimit() throws IOException, InterruptedException {
        byte[] body = ("{\"name\": \"" + "a".repeat(ONE_MIB) + "\", \"role\": \"admin\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.uri("/api/tokens"))
                .header("Authorization", "Bearer " + settings.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

        assertThat(Api.expect(response, 413).<String>read("$.title")).isEqualTo("Content too large");
    }

    @Test
    void asksForATokenBeforeLookingAtTheBody() throws IOException, InterruptedException {
        Api.expect(api.send("POST", "/api/questionnaires", null, "application/yaml", oversized()), 401);
    }

    @Test
    void acceptsABodyJustUnderTheLimit() throws IOException, InterruptedException {
        String body = "slug: x\n#" + "a".repeat(ONE_MIB - 20) + "\n";
        assertThat(body.length()).isLessThan(ONE_MIB);

        Api.expect(api.send("POST", "/api/questionnaires", settings.token(), "application/yaml", body), 422);
    }

    private static String oversized() {
        return "slug: big\n#" + "a".repeat(ONE_MIB) + "\n";
    }
}
