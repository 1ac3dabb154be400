package org.samvad.admin.roster;

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
import org.samvad.db.roster.RosterRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Roster import as CSV over HTTP, all or nothing, and the roster as each role sees it.
 * The CSV limit is set to 1,500 KB here (over the 1 MiB general limit, under what
 * Tomcat swallows of a refused body) so that both limits can be tried.
 */
@SpringBootTest(classes = AdminApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samvad.admin.max-csv-size=1500KB")
class RosterApiTest {

    private static final String CSV = "text/csv";

    @LocalServerPort
    int port;

    @Autowired AdminApiSettings settings;
    @Autowired ApiTokenRepository tokens;
    @Autowired LocationRepository locations;
    @Autowired RosterRepository roster;

    Api api;
    String admin;

    @BeforeEach
    void api() {
        api = new Api(port);
        admin = settings.token();
    }

    @Test
    void importsEveryLineAndThenUpdatesByPhone() throws IOException, InterruptedException {
        String first = """
                phone,name,booth
                98765 43210,Ramesh Kumar,BR-KAI-203-001
                +91 9123456780,रमेश यादव,BR-KAI-203-002

                09988776655,,BR-KAI-204-001
                """;
        assertThat(importCsv(first, 200).<Map<String, Object>>read("$"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("imported", 3, "updated", 0));

        String second = "Booth,PHONE,Name\r\nBR-KAI-203-003,9876543210,\"Kumar, Ramesh\"\r\n";
        assertThat(importCsv(second, 200).<Map<String, Object>>read("$"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("imported", 0, "updated", 1));

        assertThat(roster.findById("9876543210").orElseThrow()).satisfies(entry -> {
            assertThat(entry.getName()).isEqualTo("Kumar, Ramesh");
            assertThat(entry.getBoothCode()).isEqualTo("BR-KAI-203-003");
        });
        assertThat(roster.findById("9988776655").orElseThrow().getName()).isNull();
    }

    @Test
    void reportsEveryBadLineAtOnceWithoutPersonalDataAndImportsNothing() throws IOException, InterruptedException {
        String csv = """
                phone,name,booth
                9000000001,Good Worker,BR-KAI-203-001
                12345,Sita Devi,BR-KAI-203-001
                9000000002,Mohan Lal,BR-KAI-999-001
                9000000003,Geeta Kumari
                9000000001,Again Worker,BR-KAI-203-002
                9000000004,Long Name%s,BR-KAI-203-001
                9000000005,Booth Not,BR-KAI-203
                """.formatted("x".repeat(100));

        HttpResponse<String> response = api.send("POST", "/api/roster", admin, CSV, csv);

        DocumentContext problem = Api.expect(response, 422);
        assertThat(problem.<String>read("$.title")).isEqualTo("Invalid roster");
        assertThat(problem.<List<Integer>>read("$.errors[*].line")).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(problem.<List<String>>read("$.errors[*].message")).containsExactly(
                "not an Indian mobile number",
                "no booth has the code 'BR-KAI-999-001'",
                "the line has 2 of 3 columns",
                "the same phone number as an earlier line",
                "the name is longer than 100 characters",
                "no booth has the code 'BR-KAI-203'");
        assertThat(response.body()).doesNotContain("12345", "9000000", "Sita", "Mohan", "Geeta", "Again", "Long");
        assertThat(roster.findById("9000000001")).isEmpty();
    }

    @Test
    void refusesACsvWithoutTheNeededColumns() throws IOException, InterruptedException {
        DocumentContext problem = importCsv("mobile,name,booth\n9000000010,A,BR-KAI-203-001\n", 422);

        assertThat(problem.<List<Integer>>read("$.errors[*].line")).containsExactly(1);
        importCsv("", 422);
    }

    @Test
    void reportsAnUnclosedQuoteByLine() throws IOException, InterruptedException {
        DocumentContext problem = importCsv("phone,name,booth\n9000000020,A,BR-KAI-203-001\n9000000021,\"B,x\n", 422);

        assertThat(problem.<List<Integer>>read("$.errors[*].line")).containsExactly(3);
    }

    @Test
    void acceptsACsvOverTheGeneralBodyLimitButRefusesOneOverTheCsvLimit() throws IOException, InterruptedException {
        assertThat(settings.maxBodySize().toBytes()).isLessThan(1_200_000);
        String big = "phone,name,booth\n9000000030," + "a".repeat(1_200_000) + ",BR-KAI-203-001\n";
        assertThat(importCsv(big, 422).<List<String>>read("$.errors[*].message"))
                .containsExactly("the name is longer than 100 characters");

        String tooBig = "phone,name,booth\n9000000031," + "a".repeat(1_600_000) + ",BR-KAI-203-001\n";
        HttpResponse<String> response = api.send("POST", "/api/roster", admin, CSV, tooBig);
        assertThat(Api.expect(response, 413).<String>read("$.detail"))
                .isEqualTo("The request body is larger than 1536000 bytes.");
    }

    @Test
    void letsOnlyAdminsImport() throws IOException, InterruptedException {
        Api.expect(api.send("POST", "/api/roster", token(Role.COORDINATOR, "BR-KAI"), CSV,
                "phone,name,booth\n9000000040,A,BR-KAI-203-001\n"), 403);
        Api.expect(api.send("POST", "/api/roster", admin, "application/json", "{}"), 415);
    }

    @Test
    void showsAdminsFullEntriesAndOthersMaskedOnesWithinTheirScope() throws IOException, InterruptedException {
        importCsv("phone,name,booth\n9812345610,Ravi Kant,BR-KAI-206-004\n9812345611,,BR-KAI-206-005\n", 200);

        DocumentContext full = api.get("/api/roster?location=BR-KAI-206", admin, 200);
        assertThat(full.<List<String>>read("$[*].phone")).containsExactly("9812345610", "9812345611");
        assertThat(full.<List<String>>read("$[*].name")).containsExactly("Ravi Kant", null);
        assertThat(full.<List<String>>read("$[*].booth")).containsExactly("BR-KAI-206-004", "BR-KAI-206-005");

        for (Role role : List.of(Role.COORDINATOR, Role.OBSERVER)) {
            HttpResponse<String> response = api.send("GET", "/api/roster?location=BR-KAI-206", token(role, "BR-KAI"),
                    null, null);
            DocumentContext masked = Api.expect(response, 200);
            assertThat(masked.<List<String>>read("$[*].phone")).containsExactly("98******10", "98******11");
            assertThat(masked.<List<String>>read("$[*].name")).containsExactly("R… K…", null);
            assertThat(response.body()).doesNotContain("9812345610", "Ravi", "Kant");
        }
        api.get("/api/roster?location=BR-KAI-206-004", token(Role.COORDINATOR, "BR-KAI"), 200);
        api.get("/api/roster?location=BR-KAI-206", token(Role.COORDINATOR, "BR-PAT"), 403);
        api.get("/api/roster?location=BR", token(Role.OBSERVER, "BR-KAI"), 403);
        api.get("/api/roster", admin, 400);
        api.get("/api/roster?location=XX", admin, 404);
    }

    @Test
    void recordsImportsAndListsInTheAuditTrail() throws IOException, InterruptedException {
        importCsv("phone,name,booth\n9000000050,A,BR-KAI-203-001\n", 200);
        importCsv("phone,name,booth\n1,A,BR-KAI-203-001\n", 422);
        api.get("/api/roster?location=BR-KAI-203-001", admin, 200);

        List<Map<String, Object>> events = api.get("/api/audit?limit=3", admin, 200).read("$");
        assertThat(events).extracting(e -> e.get("action") + " " + e.get("outcome") + " " + e.get("target"))
                .containsExactly("roster.list 200 location=BR-KAI-203-001", "roster.import 422 ",
                        "roster.import 200 ");
    }

    private DocumentContext importCsv(String csv, int status) throws IOException, InterruptedException {
        return Api.expect(api.send("POST", "/api/roster", admin, CSV, csv), status);
    }

    private String token(Role role, String scope) {
        ApiToken.Issued issued = ApiToken.issue("Roster " + role + " " + System.nanoTime(), role,
                List.of(locations.findById(scope).orElseThrow()), Instant.now());
        tokens.save(issued.token());
        return issued.value();
    }
}
