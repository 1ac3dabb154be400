package org.samvad.admin.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.samvad.admin.AdminApiApplication;
import org.samvad.admin.AdminApiSettings;
import org.samvad.admin.Api;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.rollup.Rollups;
import org.samvad.db.run.QuestionnaireRunRepository;
import org.samvad.db.worker.WorkerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The summary API over HTTP against a real PostgreSQL holding {@link KaimurAnswers},
 * read from the roll-ups, with small-cell suppression at k = 5. It publishes a second
 * version of the sample questionnaire, so it gets a database of its own.
 */
@SpringBootTest(classes = AdminApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samvad.test.database=summaries")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryApiTest {

    private static final Map<String, Boolean> SUPPRESSED = Map.of("suppressed", true);

    @LocalServerPort
    int port;

    @Autowired WorkerRepository workers;
    @Autowired QuestionnaireRunRepository runs;
    @Autowired QuestionnaireRepository questionnaires;
    @Autowired LocationRepository locations;
    @Autowired AdminApiSettings settings;
    @Autowired Rollups rollups;

    @BeforeAll
    void answersInKaimur() {
        new KaimurAnswers(workers, runs, questionnaires, locations).store(rollups);
    }

    @Test
    void summarisesAnAssemblyWithTheFiguresOfFiveOrMoreAndWithholdsTheRest() throws Exception {
        DocumentContext assembly = get("/api/summaries/BR-KAI-203?questionnaire=sangathan-srijan&version=1", 200);

        assertThat(assembly.<Integer>read("$.suppression.k")).isEqualTo(5);
        assertThat(assembly.<Integer>read("$.totals.roster")).isEqualTo(21);
        assertThat(assembly.<Integer>read("$.totals.respondents")).isEqualTo(15);
        assertThat(assembly.<Double>read("$.totals.responseRate")).isEqualTo(0.714);
        assertThat(assembly.<Object>read("$.totals.completed")).as("two runs in progress give it away")
                .isEqualTo(SUPPRESSED);
        assertThat(assembly.<List<Integer>>read("$.questions[0].options[*].count")).containsExactly(9, 6);
        assertThat(assembly.<List<Double>>read("$.questions[0].options[*].share")).containsExactly(0.6, 0.4);
        assertThat(assembly.<List<String>>read("$.questions[0].options[*].labelHi")).containsExactly("हाँ", "नहीं");
        assertThat(assembly.<Double>read("$.questions[1].mean")).isEqualTo(7.0);
        assertThat(assembly.<Double>read("$.questions[1].median")).isEqualTo(7.0);
        assertThat(assembly.<List<Object>>read("$.questions[2].options[*].count"))
                .as("one voter-list answer, and public contact with it").containsExactly(0, SUPPRESSED, SUPPRESSED, 0, 0);
    }

    @Test
    void readsFreeTextWithoutRareTermsOrSmallCells() throws Exception {
        DocumentContext assembly = get("/api/summaries/BR-KAI-203?questionnaire=sangathan-srijan&version=1", 200);

        assertThat(assembly.<Integer>read("$.questions[8].answers")).isEqualTo(6);
        assertThat(assembly.<Map<String, Object>>read("$.questions[8].text.languages"))
                .isEqualTo(Map.of("hi", SUPPRESSED, "en", SUPPRESSED));
        assertThat(assembly.<Map<String, Object>>read("$.questions[8].text.themes")).isEqualTo(Map.of("roads", 5));
        assertThat(assembly.<List<String>>read("$.questions[8].text.topTerms[*].term"))
                .containsExactly("गाँव", "टूटी", "सड़क");
        assertThat(assembly.<Object>read("$.questions[0].text")).isNull();
    }

    @Test
    void showsTheNewestVersionByDefaultWithNumbersAndNominationsOfFiveOrMore() throws Exception {
        DocumentContext assembly = get("/api/summaries/BR-KAI-203?questionnaire=sangathan-srijan", 200);

        assertThat(assembly.<List<Integer>>read("$.questionnaire.versions")).containsExactly(2);
        assertThat(assembly.<Integer>read("$.totals.respondents")).isEqualTo(6);
        assertThat(assembly.<List<Integer>>read("$.questions[1].options[*].count")).containsExactly(0, 6, 6, 0, 0);
        assertThat(assembly.<List<Object>>read("$.questions[2].options[*].count"))
                .containsExactly(0, SUPPRESSED, 0, SUPPRESSED, 0);
        assertThat(assembly.<Double>read("$.questions[2].mean")).isEqualTo(3.667);
        assertThat(assembly.<Double>read("$.questions[2].median")).isEqualTo(4.0);
        assertThat(assembly.<List<String>>read("$.questions[3].nominations[*].name")).containsExactly("रमेश कुमार");
        assertThat(assembly.<List<Integer>>read("$.questions[3].nominations[*].count")).containsExactly(5);
        assertThat(assembly.jsonString()).doesNotContain("9876543210").doesNotContain("सुरेश");
    }

    @Test
    void combinesVersionsForQuestionsWhoseKeysMatch() throws Exception {
        DocumentContext assembly = get(
                "/api/summaries/BR-KAI-203?questionnaire=sangathan-srijan&version=1&version=2", 200);

        assertThat(assembly.<List<Integer>>read("$.questionnaire.versions")).containsExactly(1, 2);
        assertThat(assembly.<Integer>read("$.totals.respondents")).isEqualTo(21);
        assertThat(assembly.<List<String>>read("$.questions[*].key"))
                .containsExactly("committee_active", "training_needed", "leader_rating", "leader");
        assertThat(assembly.<List<Integer>>read("$.questions[0].options[*].count")).containsExactly(15, 6);
        assertThat(assembly.<Integer>read("$.questions[1].answers")).isEqualTo(12);
        assertThat(assembly.<List<Integer>>read("$.questions[1].options[*].count")).containsExactly(0, 7, 11, 0, 0);
    }

    @Test
    void withholdsASmallBoothAndItsComplementInTheChildrenTable() throws Exception {
        DocumentContext assembly = get("/api/summaries/BR-KAI-203?questionnaire=sangathan-srijan&version=1", 200);

        assertThat(assembly.<List<String>>read("$.children.items[*].code")).containsExactly("BR-KAI-203-001",
                "BR-KAI-203-002", "BR-KAI-203-003", "BR-KAI-203-004", "BR-KAI-203-005");
        assertThat(assembly.<List<Object>>read("$.children.items[*].totals.respondents"))
                .containsExactly(SUPPRESSED, SUPPRESSED, 7, 0, 0);
        assertThat(assembly.<List<Integer>>read("$.children.items[*].totals.roster")).containsExactly(6, 2, 7, 6, 0);
        assertThat(assembly.<Integer>read("$.silentChildren")).isEqualTo(2);
    }

    @Test
    void summarisesASmallBoothAsSuppressedAndABigOneInFull() throws Exception {
        DocumentContext small = get("/api/summaries/BR-KAI-203-002?questionnaire=sangathan-srijan&version=1", 200);
        assertThat(small.<Object>read("$.totals.respondents")).isEqualTo(SUPPRESSED);
        assertThat(small.<Object>read("$.totals.responseRate")).isEqualTo(SUPPRESSED);
        assertThat(small.<Object>read("$.questions[0].answers")).isEqualTo(SUPPRESSED);
        assertThat(small.<List<Object>>read("$.questions[0].options[*].count")).containsOnly(SUPPRESSED);

        DocumentContext big = get("/api/summaries/BR-KAI-203-001?questionnaire=sangathan-srijan&version=1", 200);
        assertThat(big.<String>read("$.location.nameHi")).isEqualTo("बूथ 1, रामगढ़");
        assertThat(big.<Integer>read("$.totals.respondents")).isEqualTo(6);
        assertThat(big.<Integer>read("$.totals.completed")).isEqualTo(6);
        assertThat(big.<Double>read("$.totals.completionRate")).isEqualTo(1.0);
        assertThat(big.<Integer>read("$.children.total")).isZero();
    }

    @Test
    void showsParticipationByGroupWithSmallGroupsWithheld() throws Exception {
        DocumentContext assembly = get("/api/summaries/BR-KAI-203?questionnaire=sangathan-srijan&version=1", 200);

        assertThat(assembly.<List<Object>>read("$.participation[?(@.group == 'ageBand')].respondents"))
                .containsExactly(5, 0, 0, 10);
        assertThat(assembly.<List<Object>>read("$.participation[?(@.group == 'ageBand')].roster"))
                .containsExactly(5, 0, 0, 16);
        assertThat(assembly.<List<String>>read("$.participation[?(@.group == 'gender')].labelHi"))
                .containsExactly("महिलाएं", "पुरुष", "अन्य", "नहीं बताया");
        assertThat(assembly.<List<Object>>read("$.participation[?(@.group == 'gender' && @.value == 'FEMALE')]"
                + ".responseRate")).containsExactly(1.0);
        assertThat(assembly.<List<String>>read("$.participation[?(@.group == 'minority')].value"))
                .containsExactly("yes", "no", "unknown");
    }

    @Test
    void summarisesTheDistrictStateAndIndiaWithTheirChildren() throws Exception {
        DocumentContext district = get("/api/summaries/BR-KAI?questionnaire=sangathan-srijan&version=1", 200);
        assertThat(district.<Integer>read("$.totals.roster")).isEqualTo(22);
        assertThat(district.<List<String>>read("$.children.items[*].nameEn"))
                .containsExactly("Ramgarh", "Mohania", "Bhabua", "Chainpur");
        assertThat(district.<List<Integer>>read("$.children.items[*].totals.roster")).containsExactly(21, 0, 1, 0);
        assertThat(district.<Object>read("$.children.items[1].totals.responseRate")).as("no roster").isNull();
        assertThat(district.<Integer>read("$.silentChildren")).isEqualTo(3);

        DocumentContext state = get("/api/summaries/BR?questionnaire=sangathan-srijan&version=1&size=100", 200);
        assertThat(state.<Integer>read("$.totals.respondents")).isEqualTo(15);
        assertThat(state.<Integer>read("$.children.total")).isEqualTo(38);
        assertThat(state.<List<Integer>>read("$.children.items[?(@.code == 'BR-KAI')].totals.respondents"))
                .containsExactly(15);

        DocumentContext india = get("/api/summaries/IN?questionnaire=sangathan-srijan&version=1", 200);
        assertThat(india.<String>read("$.location.level")).isEqualTo("COUNTRY");
        assertThat(india.<Integer>read("$.totals.respondents")).isEqualTo(15);
        assertThat(india.<List<String>>read("$.children.items[*].code")).containsExactly("BR");
        assertThat(india.<List<Integer>>read("$.questions[0].options[*].count")).containsExactly(9, 6);
    }

    @Test
    void sortsAndPagesTheChildrenWithWithheldFiguresLast() throws Exception {
        String children = "/api/summaries/BR-KAI-203/children?questionnaire=sangathan-srijan&version=1";
        DocumentContext byRespondents = get(children + "&sort=respondents&order=desc", 200);
        assertThat(byRespondents.<List<String>>read("$.items[*].code")).containsExactly("BR-KAI-203-003",
                "BR-KAI-203-004", "BR-KAI-203-005", "BR-KAI-203-001", "BR-KAI-203-002");

        DocumentContext page = get(children + "&sort=name&order=desc&page=1&size=2", 200);
        assertThat(page.<Integer>read("$.total")).isEqualTo(5);
        assertThat(page.<List<String>>read("$.items[*].code")).containsExactly("BR-KAI-203-003", "BR-KAI-203-002");

        assertThat(get(children + "&sort=mood", 400).<String>read("$.detail")).contains("respondents");
    }

    @Test
    void listsTheSilentChildrenAndTheSilentBoothsOfADistrict() throws Exception {
        DocumentContext silent = get(
                "/api/summaries/BR-KAI-203/children?questionnaire=sangathan-srijan&version=1&silent=true", 200);
        assertThat(silent.<List<String>>read("$.items[*].code")).containsExactly("BR-KAI-203-004", "BR-KAI-203-005");

        DocumentContext booths = get("/api/summaries/BR-KAI/children?questionnaire=sangathan-srijan&version=1"
                + "&level=booth&silent=true&size=100", 200);
        assertThat(booths.<Integer>read("$.total")).isEqualTo(17);
        assertThat(booths.<List<String>>read("$.items[*].code")).doesNotContain("BR-KAI-203-003").contains(
                "BR-KAI-206-005");
    }

    @Test
    void answersUnknownPlacesQuestionnairesAndBadParametersWithProblems() throws Exception {
        assertThat(get("/api/summaries/XX-NOPE?questionnaire=sangathan-srijan", 404).<String>read("$.detail"))
                .isEqualTo("No location has the code 'XX-NOPE'.");
        assertThat(get("/api/summaries/BR?questionnaire=nothing", 404).<String>read("$.detail"))
                .isEqualTo("No questionnaire has the slug 'nothing'.");
        assertThat(get("/api/summaries/BR?questionnaire=sangathan-srijan&version=1&version=9", 404)
                .<String>read("$.detail")).isEqualTo("Questionnaire 'sangathan-srijan' has no version 9.");
        assertThat(get("/api/summaries/BR", 400).<String>read("$.detail")).contains("questionnaire");
        DocumentContext malformed = get("/api/summaries/BR?questionnaire=sangathan-srijan&version=two", 400);
        assertThat(malformed.jsonString()).doesNotContain("Exception");
        assertThat(get("/api/summaries/BR-KAI-203/children?questionnaire=sangathan-srijan&level=district", 400)
                .<String>read("$.detail")).isEqualTo("'level' is one of the two levels below assembly.");
        assertThat(get("/api/summaries/IN/children?questionnaire=sangathan-srijan&level=assembly", 400)
                .<String>read("$.detail")).isEqualTo("'level' is one of the two levels below country.");
    }

    private DocumentContext get(String path, int status) throws IOException, InterruptedException {
        return new Api(port).get(path, settings.token(), status);
    }
}
