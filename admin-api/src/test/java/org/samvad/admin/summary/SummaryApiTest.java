package org.samvad.admin.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.samvad.admin.AdminApiApplication;
import org.samvad.admin.AdminApiSettings;
import org.samvad.db.Language;
import org.samvad.db.Text;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.run.Answer;
import org.samvad.db.run.QuestionnaireRun;
import org.samvad.db.run.QuestionnaireRunRepository;
import org.samvad.db.run.RunProgress;
import org.samvad.db.run.RunStatus;
import org.samvad.db.worker.Worker;
import org.samvad.db.worker.WorkerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The summary API over HTTP against a real PostgreSQL holding a few runs in Kaimur. It
 * publishes a second version of the sample questionnaire, so it gets a database of its
 * own (the property only sets this context apart from the other API tests').
 */
@SpringBootTest(classes = AdminApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samvad.test.database=summaries")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryApiTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired WorkerRepository workers;
    @Autowired QuestionnaireRunRepository runs;
    @Autowired QuestionnaireRepository questionnaires;
    @Autowired LocationRepository locations;
    @Autowired AdminApiSettings settings;

    @BeforeAll
    void threeWorkersInKaimurTwoOfWhomAnswered() {
        Questionnaire questionnaire = questionnaires.findLatestPublished("sangathan-srijan").orElseThrow();
        Worker ramesh = worker(1, "BR-KAI-203-001");
        Worker sita = worker(2, "BR-KAI-203-002");
        worker(3, "BR-KAI-205-001");

        QuestionnaireRun complete = QuestionnaireRun.start(ramesh, questionnaire, NOW);
        complete.advance(Map.of("committee_active", Answer.option("yes", NOW), "active_workers", Answer.number(10, NOW),
                "training_needed", Answer.option("public_contact", NOW),
                "suggestion", Answer.text("गाँव की सड़क टूटी है", NOW).readAs("hi", "NEGATIVE", List.of("roads"),
                        List.of("गाँव", "की", "सड़क", "टूटी", "है"), List.of("गाँव", "सड़क", "टूटी"))),
                new RunProgress(8, Set.of(), Set.of(), false, RunStatus.COMPLETED), NOW);
        runs.save(complete);
        QuestionnaireRun partial = QuestionnaireRun.start(sita, questionnaire, NOW);
        partial.advance(Map.of("committee_active", Answer.option("no", NOW), "active_workers", Answer.number(4, NOW)),
                new RunProgress(2, Set.of(), Set.of(), false, RunStatus.IN_PROGRESS), NOW);
        runs.save(partial);

        Questionnaire second = questionnaires.save(secondVersion().publish(NOW));
        QuestionnaireRun onSecond = QuestionnaireRun.start(worker(4, "BR-KAI-203-003"), second, NOW);
        onSecond.advance(Map.of("committee_active", Answer.option("yes", NOW),
                "training_needed", Answer.options(List.of("voter_list", "public_contact"), NOW),
                "leader_rating", Answer.number(2, NOW),
                "leader", Answer.nomination("रमेश कुमार", "9876543210", NOW).naming("rames kumar")),
                new RunProgress(2, Set.of(), Set.of(), false, RunStatus.IN_PROGRESS), NOW);
        runs.save(onSecond);
    }

    @Test
    void summarisesTheNewestPublishedVersionByDefault() throws IOException, InterruptedException {
        DocumentContext assembly = get("/api/summaries/BR-KAI-203?questionnaire=sangathan-srijan", 200);

        assertThat(assembly.<List<Integer>>read("$.questionnaire.versions")).containsExactly(2);
        assertThat(assembly.<Integer>read("$.totals.respondents")).isEqualTo(1);
        assertThat(assembly.<List<Integer>>read("$.questions[1].options[*].count")).containsExactly(0, 1, 1, 0, 0);
        assertThat(assembly.<List<Integer>>read("$.questions[2].options[*].count")).containsExactly(0, 1, 0, 0, 0);
        assertThat(assembly.<Double>read("$.questions[2].mean")).isEqualTo(2.0);
    }

    @Test
    void readsFreeTextByLanguageSentimentThemeAndTerms() throws IOException, InterruptedException {
        DocumentContext assembly = get("/api/summaries/BR-KAI-203?questionnaire=sangathan-srijan&version=1", 200);

        assertThat(assembly.<Map<String, Integer>>read("$.questions[8].text.languages")).isEqualTo(Map.of("hi", 1));
        assertThat(assembly.<Map<String, Integer>>read("$.questions[8].text.sentiments"))
                .isEqualTo(Map.of("NEGATIVE", 1));
        assertThat(assembly.<Map<String, Integer>>read("$.questions[8].text.themes")).isEqualTo(Map.of("roads", 1));
        assertThat(assembly.<List<String>>read("$.questions[8].text.topTerms[*].term"))
                .containsExactly("गाँव", "टूटी", "सड़क");
        assertThat(assembly.<Object>read("$.questions[0].text")).isNull();
    }

    @Test
    void ranksNominationsWithoutPhoneNumbers() throws IOException, InterruptedException {
        DocumentContext assembly = get("/api/summaries/BR-KAI-203?questionnaire=sangathan-srijan&version=2", 200);

        assertThat(assembly.<List<String>>read("$.questions[3].nominations[*].name")).containsExactly("रमेश कुमार");
        assertThat(assembly.<List<Integer>>read("$.questions[3].nominations[*].count")).containsExactly(1);
        assertThat(assembly.jsonString()).doesNotContain("9876543210");
    }

    @Test
    void combinesVersionsForQuestionsWhoseKeysMatch() throws IOException, InterruptedException {
        DocumentContext assembly = get(
                "/api/summaries/BR-KAI-203?questionnaire=sangathan-srijan&version=1&version=2", 200);

        assertThat(assembly.<List<Integer>>read("$.questionnaire.versions")).containsExactly(1, 2);
        assertThat(assembly.<Integer>read("$.totals.respondents")).isEqualTo(3);
        assertThat(assembly.<List<String>>read("$.questions[*].key"))
                .containsExactly("committee_active", "training_needed", "leader_rating", "leader");
        assertThat(assembly.<List<Integer>>read("$.questions[0].options[*].count")).containsExactly(2, 1);
        assertThat(assembly.<Integer>read("$.questions[1].answers")).isEqualTo(2);
        assertThat(assembly.<List<Integer>>read("$.questions[1].options[*].count")).containsExactly(0, 1, 2, 0, 0);
    }

    private Questionnaire secondVersion() {
        List<QuestionOption> training = questionnaires.findLatestPublished("sangathan-srijan").orElseThrow()
                .question("training_needed").orElseThrow().options();
        return Questionnaire.draft("sangathan-srijan", 2, new Text("Second", "दूसरा"), new Text("i", "i"),
                new Text("c", "c"), null, List.of(
                        new Question(null, "committee_active", QuestionType.YES_NO, new Text("Active?", "सक्रिय?"),
                                null, true, null, null, null, null, null, List.of()),
                        new Question(null, "training_needed", QuestionType.MULTIPLE_CHOICE,
                                new Text("Training?", "प्रशिक्षण?"), null, true, null, null, null, null, null,
                                training.stream().map(o -> new QuestionOption(o.key(), o.label())).toList()),
                        new Question(null, "leader_rating", QuestionType.RATING, new Text("Rating?", "रेटिंग?"),
                                null, false, null, null, null, null, null, List.of()),
                        new Question(null, "leader", QuestionType.NOMINATION, new Text("Leader?", "नेता?"),
                                null, false, null, null, null, null, null, List.of())), NOW);
    }

    @Test
    void summarisesABoothWithItsAnswers() throws IOException, InterruptedException {
        DocumentContext booth = get("/api/summaries/BR-KAI-203-001?questionnaire=sangathan-srijan&version=1", 200);

        assertThat(booth.<String>read("$.location.nameHi")).isEqualTo("बूथ 1, रामगढ़");
        assertThat(booth.<Integer>read("$.totals.respondents")).isEqualTo(1);
        assertThat(booth.<Integer>read("$.totals.completed")).isEqualTo(1);
        assertThat(booth.<List<Object>>read("$.children")).isEmpty();
        assertThat(booth.<List<Integer>>read("$.questions[?(@.key == 'suggestion')].answers")).containsExactly(1);
    }

    @Test
    void summarisesAnAssemblyAcrossItsBooths() throws IOException, InterruptedException {
        DocumentContext assembly = get("/api/summaries/BR-KAI-203?questionnaire=sangathan-srijan&version=1", 200);

        assertThat(assembly.<Integer>read("$.totals.roster")).isEqualTo(3);
        assertThat(assembly.<Integer>read("$.totals.respondents")).isEqualTo(2);
        assertThat(assembly.<Integer>read("$.totals.completed")).isEqualTo(1);
        assertThat(assembly.<Double>read("$.totals.responseRate")).isEqualTo(0.667);
        assertThat(assembly.<List<Integer>>read("$.questions[0].options[*].count")).containsExactly(1, 1);
        assertThat(assembly.<List<String>>read("$.questions[0].options[*].labelHi")).containsExactly("हाँ", "नहीं");
        assertThat(assembly.<Double>read("$.questions[1].mean")).isEqualTo(7.0);
        assertThat(assembly.<List<Integer>>read("$.questions[2].options[*].count")).containsExactly(0, 0, 1, 0, 0);
        assertThat(assembly.<List<String>>read("$.children[*].code"))
                .containsExactly("BR-KAI-203-001", "BR-KAI-203-002", "BR-KAI-203-003", "BR-KAI-203-004",
                        "BR-KAI-203-005");
        assertThat(assembly.<List<Integer>>read("$.children[*].totals.respondents")).containsExactly(1, 1, 0, 0, 0);
    }

    @Test
    void summarisesTheDistrictAndStateWithTheirChildren() throws IOException, InterruptedException {
        DocumentContext district = get("/api/summaries/BR-KAI?questionnaire=sangathan-srijan&version=1", 200);
        assertThat(district.<Integer>read("$.totals.roster")).isEqualTo(4);
        assertThat(district.<Double>read("$.totals.responseRate")).isEqualTo(0.5);
        assertThat(district.<List<String>>read("$.children[*].nameEn"))
                .containsExactly("Ramgarh", "Mohania", "Bhabua", "Chainpur");
        assertThat(district.<List<Integer>>read("$.children[*].totals.roster")).containsExactly(3, 0, 1, 0);

        DocumentContext state = get("/api/summaries/BR?questionnaire=sangathan-srijan&version=1", 200);
        assertThat(state.<Integer>read("$.totals.respondents")).isEqualTo(2);
        assertThat(state.<List<Object>>read("$.children")).hasSize(38);
        assertThat(state.<List<Integer>>read("$.children[?(@.code == 'BR-KAI')].totals.respondents"))
                .containsExactly(2);
    }

    @Test
    void answersAnUnknownLocationWithAProblem() throws IOException, InterruptedException {
        DocumentContext problem = get("/api/summaries/XX-NOPE?questionnaire=sangathan-srijan", 404);

        assertThat(problem.<String>read("$.detail")).isEqualTo("No location has the code 'XX-NOPE'.");
        assertThat(problem.<Integer>read("$.status")).isEqualTo(404);
    }

    @Test
    void answersAnUnknownQuestionnaireOrVersionWithAProblem() throws IOException, InterruptedException {
        assertThat(get("/api/summaries/BR?questionnaire=nothing", 404).<String>read("$.detail"))
                .isEqualTo("No questionnaire has the slug 'nothing'.");
        assertThat(get("/api/summaries/BR?questionnaire=sangathan-srijan&version=1&version=9", 404)
                .<String>read("$.detail"))
                .isEqualTo("Questionnaire 'sangathan-srijan' has no version 9.");
    }

    @Test
    void answersAMissingOrMalformedParameterWithAProblem() throws IOException, InterruptedException {
        assertThat(get("/api/summaries/BR", 400).<String>read("$.detail")).contains("questionnaire");
        DocumentContext malformed = get("/api/summaries/BR?questionnaire=sangathan-srijan&version=two", 400);
        assertThat(malformed.<String>read("$.title")).isEqualTo("Bad Request");
        assertThat(malformed.jsonString()).doesNotContain("Exception");
    }

    private Worker worker(long id, String boothCode) {
        Worker worker = Worker.newcomer(id, id, NOW);
        worker.update(Language.HI, "Worker " + id, null, id, NOW);
        worker.settleAt(locations.findById(boothCode).orElseThrow(), NOW);
        return workers.save(worker);
    }

    private DocumentContext get(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + settings.token()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        return JsonPath.parse(response.body());
    }
}
