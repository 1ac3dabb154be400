package org.samvad.admin.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.samvad.admin.AdminApiApplication;
import org.samvad.admin.AdminApiSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The questionnaire API over HTTP against a real PostgreSQL. Each test writes its own
 * questionnaire (its own slug), so the tests do not depend on one another or on the
 * sample the summaries are tested with.
 */
@SpringBootTest(classes = AdminApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionnaireApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String YAML = "application/yaml";

    @LocalServerPort
    int port;

    @Autowired AdminApiSettings settings;

    @Test
    void storesAValidDefinitionAsADraftAndSaysWhere() throws IOException, InterruptedException {
        HttpResponse<String> response = post("/api/questionnaires", YAML,
                Files.readString(Path.of("../questionnaires/example-all-types.yaml")), 201);

        assertThat(response.headers().firstValue("Location"))
                .hasValue("/api/questionnaires/booth-committee-check/versions/1");
        DocumentContext created = JsonPath.parse(response.body());
        assertThat(created.<String>read("$.status")).isEqualTo("DRAFT");
        assertThat(created.<String>read("$.createdAt")).isNotNull();
        assertThat(created.<String>read("$.publishedAt")).isNull();
        assertThat(created.<List<String>>read("$.questions[*].type")).containsExactly("YES_NO", "NUMBER", "NUMBER",
                "SINGLE_CHOICE", "TEXT", "MULTIPLE_CHOICE", "MULTIPLE_CHOICE", "RATING", "TEXT", "NOMINATION");
        assertThat(created.<Map<String, Object>>read("$.questions[1].condition"))
                .containsEntry("question", "committee_formed").containsEntry("anyOf", List.of("yes"));
        assertThat(created.<Integer>read("$.questions[2].condition.atMost")).isEqualTo(10);
        assertThat(created.<Boolean>read("$.questions[2].required")).isFalse();
        assertThat(created.<Integer>read("$.questions[6].maxChoices")).isEqualTo(2);
        assertThat(created.<Integer>read("$.questions[9].maxLength")).isEqualTo(100);
    }

    @Test
    void showsTheLatestVersionAndAnyVersionInBothLanguages() throws IOException, InterruptedException {
        post("/api/questionnaires", YAML, definition("two-versions"), 201);
        post("/api/questionnaires", "text/plain", definition("two-versions").replace("Check", "Second check"), 201);

        DocumentContext latest = get("/api/questionnaires/two-versions", 200);
        assertThat(latest.<Integer>read("$.version")).isEqualTo(2);
        assertThat(latest.<Map<String, String>>read("$.title")).containsEntry("en", "Second check")
                .containsEntry("hi", "जाँच");
        DocumentContext first = get("/api/questionnaires/two-versions/versions/1", 200);
        assertThat(first.<String>read("$.title.en")).isEqualTo("Check");
        assertThat(first.<String>read("$.questions[0].text.hi")).isEqualTo("आपके बूथ पर कितने कार्यकर्ता सक्रिय हैं?");
        assertThat(first.<String>read("$.questions[0].hint.en")).isEqualTo("Count only active workers.");
        assertThat(first.<List<String>>read("$.questions[1].options[*].hi")).containsExactly("बूथ प्रबंधन", "जन-संपर्क");
        assertThat(first.<List<String>>read("$.questions[1].options[*].en"))
                .containsExactly("Booth management", "Public contact");
    }

    @Test
    void listsEveryVersionOfEveryQuestionnaire() throws IOException, InterruptedException {
        post("/api/questionnaires", "application/x-yaml", definition("listed"), 201);
        post("/api/questionnaires", "text/yaml; charset=utf-8", definition("listed"), 201);

        DocumentContext list = get("/api/questionnaires", 200);
        assertThat(list.<List<Integer>>read("$[?(@.slug == 'listed')].version")).containsExactly(1, 2);
        assertThat(list.<List<String>>read("$[?(@.slug == 'sangathan-srijan')].status")).containsExactly("PUBLISHED");
        assertThat(list.<List<String>>read("$[?(@.slug == 'sangathan-srijan')].title.hi"))
                .containsExactly("संगठन सृजन अभियान: बूथ से प्रतिक्रिया");
        assertThat(list.<List<Object>>read("$[?(@.slug == 'listed')].questions")).isEmpty();
    }

    @Test
    void publishesADraftAndThenClosesIt() throws IOException, InterruptedException {
        post("/api/questionnaires", YAML, definition("lifecycle"), 201);

        DocumentContext published = send("/api/questionnaires/lifecycle/versions/1/publish", 200);
        assertThat(published.<String>read("$.status")).isEqualTo("PUBLISHED");
        assertThat(published.<String>read("$.publishedAt")).isNotNull();
        assertThat(send("/api/questionnaires/lifecycle/versions/1/publish", 409).<String>read("$.detail"))
                .isEqualTo("Version 1 of 'lifecycle' is published; only a draft can be published.");

        DocumentContext closed = send("/api/questionnaires/lifecycle/versions/1/close", 200);
        assertThat(closed.<String>read("$.status")).isEqualTo("CLOSED");
        assertThat(closed.<String>read("$.closedAt")).isNotNull();
        assertThat(closed.<String>read("$.questions[1].key")).isEqualTo("training_needed");
        assertThat(get("/api/questionnaires/lifecycle", 200).<String>read("$.status")).isEqualTo("CLOSED");
        assertThat(send("/api/questionnaires/lifecycle/versions/1/publish", 409).<String>read("$.detail"))
                .isEqualTo("Version 1 of 'lifecycle' is closed; only a draft can be published.");
        assertThat(send("/api/questionnaires/lifecycle/versions/1/close", 409).<String>read("$.detail"))
                .isEqualTo("Version 1 of 'lifecycle' is closed; only a published version can be closed.");
    }

    @Test
    void refusesToCloseADraft() throws IOException, InterruptedException {
        post("/api/questionnaires", YAML, definition("still-a-draft"), 201);

        DocumentContext problem = send("/api/questionnaires/still-a-draft/versions/1/close", 409);
        assertThat(problem.<String>read("$.title")).isEqualTo("Conflict");
        assertThat(problem.<String>read("$.detail"))
                .isEqualTo("Version 1 of 'still-a-draft' is a draft; only a published version can be closed.");
    }

    @Test
    void replacesADraftOfTheSameVersionButNeverAPublishedOne() throws IOException, InterruptedException {
        String numbered = "version: 1\n" + definition("replaced");
        post("/api/questionnaires", YAML, numbered, 201);
        post("/api/questionnaires", YAML, numbered.replace("Check", "Better check"), 201);
        assertThat(get("/api/questionnaires/replaced/versions/1", 200).<String>read("$.title.en"))
                .isEqualTo("Better check");
        assertThat(get("/api/questionnaires", 200).<List<Integer>>read("$[?(@.slug == 'replaced')].version"))
                .containsExactly(1);

        send("/api/questionnaires/replaced/versions/1/publish", 200);
        assertThat(problem(post("/api/questionnaires", YAML, numbered, 409)).<String>read("$.detail"))
                .isEqualTo("Version 1 of 'replaced' is published and never changes; post version 2.");
        assertThat(problem(post("/api/questionnaires", YAML, numbered.replace("version: 1", "version: 5"), 409))
                .<String>read("$.detail")).isEqualTo("'replaced' has no version 5; post version 2 for a new version, "
                        + "or the number of a draft to replace it.");
        HttpResponse<String> next = post("/api/questionnaires", YAML, definition("replaced"), 201);
        assertThat(next.headers().firstValue("Location")).hasValue("/api/questionnaires/replaced/versions/2");
    }

    @Test
    void rejectsAnInvalidDefinitionWithEveryErrorsLineAndColumn() throws IOException, InterruptedException {
        String invalid = definition("invalid").replace("type: number", "type: count")
                .replace("hi: बूथ प्रबंधन", "hindi: बूथ प्रबंधन") + "    max_choices: 3\n";

        DocumentContext problem = problem(post("/api/questionnaires", YAML, invalid, 422));
        assertThat(problem.<String>read("$.title")).isEqualTo("Invalid questionnaire definition");
        assertThat(problem.<String>read("$.detail")).isEqualTo("4 errors in the questionnaire definition");
        assertThat(problem.<Integer>read("$.status")).isEqualTo(422);
        assertThat(problem.<List<Map<String, Object>>>read("$.errors")).containsExactly(
                error(7, 11, "Unknown type 'count'; use one of single_choice, multiple_choice, yes_no, rating, "
                        + "number, text, nomination."),
                error(19, 9, "Option 'booth_management' needs Hindi text (hi)."),
                error(21, 9, "Unknown key 'hindi'; an option takes key, en, hi."),
                error(23, 5, "'max_choices' does not apply to a single_choice question."));
        assertThat(get("/api/questionnaires/invalid", 404).<String>read("$.detail"))
                .isEqualTo("No questionnaire has the slug 'invalid'.");
    }

    @Test
    void rejectsAYamlSyntaxErrorWithItsPosition() throws IOException, InterruptedException {
        DocumentContext problem = problem(post("/api/questionnaires", "text/plain", "slug: x\n  title: y\n", 422));

        assertThat(problem.<String>read("$.detail")).isEqualTo("1 error in the questionnaire definition");
        assertThat(problem.<List<Map<String, Object>>>read("$.errors"))
                .containsExactly(error(2, 8, "YAML syntax error: mapping values are not allowed here."));
    }

    @Test
    void refusesABodyThatIsNotYaml() throws IOException, InterruptedException {
        DocumentContext problem = problem(post("/api/questionnaires", "application/json", "{\"slug\": \"x\"}", 415));

        assertThat(problem.<String>read("$.title")).isEqualTo("Unsupported Media Type");
        assertThat(problem.jsonString()).doesNotContain("Exception");
    }

    @Test
    void answersAnUnknownQuestionnaireOrVersionWithAProblem() throws IOException, InterruptedException {
        assertThat(get("/api/questionnaires/nothing", 404).<String>read("$.detail"))
                .isEqualTo("No questionnaire has the slug 'nothing'.");
        assertThat(get("/api/questionnaires/sangathan-srijan/versions/9", 404).<String>read("$.detail"))
                .isEqualTo("Questionnaire 'sangathan-srijan' has no version 9.");
        assertThat(send("/api/questionnaires/nothing/versions/1/publish", 404).<String>read("$.title"))
                .isEqualTo("Not found");
    }

    private static String definition(String slug) {
        return """
                slug: %s
                title: {en: Check, hi: जाँच}
                intro: {en: A few questions., hi: कुछ प्रश्न।}
                closing: {en: Thank you!, hi: धन्यवाद!}
                questions:
                  - key: active_workers
                    type: number
                    min: 0
                    text: {en: "How many workers are active at your booth?", hi: "आपके बूथ पर कितने कार्यकर्ता सक्रिय हैं?"}
                    hint:
                      en: Count only active workers.
                      hi: केवल सक्रिय कार्यकर्ताओं को गिनें।
                  - key: training_needed
                    type: single_choice
                    text:
                      en: What training does your booth committee need most?
                      hi: आपकी बूथ समिति को सबसे अधिक किस प्रशिक्षण की आवश्यकता है?
                    options:
                      - key: booth_management
                        en: Booth management
                        hi: बूथ प्रबंधन
                      - {key: public_contact, en: Public contact, hi: जन-संपर्क}
                """.formatted(slug);
    }

    private static Map<String, Object> error(int line, int column, String message) {
        return Map.of("line", line, "column", column, "message", message);
    }

    private static DocumentContext problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return JsonPath.parse(response.body());
    }

    private HttpResponse<String> post(String path, String contentType, String body, int status)
            throws IOException, InterruptedException {
        return exchange(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), status);
    }

    private DocumentContext send(String path, int status) throws IOException, InterruptedException {
        return JsonPath.parse(exchange(request(path).POST(HttpRequest.BodyPublishers.noBody()).build(), status).body());
    }

    private DocumentContext get(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = exchange(request(path).build(), status);
        return status >= 400 ? problem(response) : JsonPath.parse(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + settings.token());
    }

    private static HttpResponse<String> exchange(HttpRequest request, int status)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }
}
