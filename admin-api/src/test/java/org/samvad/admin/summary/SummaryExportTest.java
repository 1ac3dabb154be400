package org.samvad.admin.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/** The CSV and XLSX exports, opened with Commons CSV and Apache POI: contents and suppression. */
@SpringBootTest(classes = AdminApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samvad.test.database=summaries")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryExportTest {

    private static final String QUERY = "?questionnaire=sangathan-srijan&version=1";

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
    void exportsTheChildrenTableAsCsvWithSmallCellsWithheld() throws Exception {
        HttpResponse<byte[]> response = download("/api/summaries/BR-KAI-203/children.csv" + QUERY);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"BR-KAI-203-children.csv\"");

        List<CSVRecord> rows = csv(response.body());
        assertThat(rows.get(0).toList()).containsExactly("code", "level", "name_en", "name_hi", "roster",
                "respondents", "completed", "response_rate", "completion_rate");
        Map<String, CSVRecord> byCode = rows.subList(1, rows.size()).stream()
                .collect(Collectors.toMap(r -> r.get(0), r -> r));
        assertThat(byCode).hasSize(5);
        assertThat(byCode.get("BR-KAI-203-001").toList()).containsExactly("BR-KAI-203-001", "BOOTH",
                "Booth 1, Ramgarh", "बूथ 1, रामगढ़", "6", "suppressed", "suppressed", "suppressed", "suppressed");
        assertThat(byCode.get("BR-KAI-203-002").get(5)).isEqualTo("suppressed");
        assertThat(byCode.get("BR-KAI-203-003").toList().subList(4, 9)).containsExactly("7", "7", "7", "1.0", "1.0");
        assertThat(byCode.get("BR-KAI-203-005").toList().subList(4, 9)).containsExactly("0", "0", "0", "", "");
    }

    @Test
    void exportsTheChildrenTableAsXlsxWithNumbersAsNumbers() throws Exception {
        HttpResponse<byte[]> response = download("/api/summaries/BR-KAI-203/children.xlsx" + QUERY
                + "&sort=respondents&order=desc");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheet("children");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("respondents");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("BR-KAI-203-003");
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(7.0);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("BR-KAI-203-001");
            assertThat(sheet.getRow(4).getCell(5).getStringCellValue()).isEqualTo("suppressed");
            assertThat(sheet.getRow(5).getCell(3).getStringCellValue()).isEqualTo("बूथ 2, रामगढ़");
        }
    }

    @Test
    void exportsThePerQuestionTableAsCsvAndXlsx() throws Exception {
        List<CSVRecord> rows = csv(download("/api/summaries/BR-KAI-203/questions.csv" + QUERY).body());
        assertThat(rows.get(0).toList()).containsExactly("question", "type", "question_en", "question_hi", "figure",
                "key", "label_en", "label_hi", "value", "share");
        assertThat(find(rows, "committee_active", "option", "yes").subList(8, 10)).containsExactly("9", "0.6");
        assertThat(find(rows, "training_needed", "option", "voter_list").subList(8, 10))
                .containsExactly("suppressed", "suppressed");
        assertThat(find(rows, "active_workers", "median", "").get(8)).isEqualTo("7.0");
        assertThat(find(rows, "suggestion", "theme", "roads").get(8)).isEqualTo("5");
        assertThat(find(rows, "suggestion", "language", "en").get(8)).isEqualTo("suppressed");

        HttpResponse<byte[]> xlsx = download("/api/summaries/BR-KAI-203/questions.xlsx" + QUERY);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("questions");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size() - 1);
            Row yes = sheet.getRow(rows.indexOf(rows.stream().filter(r -> r.get(0).equals("committee_active")
                    && r.get(5).equals("yes")).findFirst().orElseThrow()));
            assertThat(yes.getCell(8).getNumericCellValue()).isEqualTo(9.0);
            assertThat(yes.getCell(9).getNumericCellValue()).isEqualTo(0.6);
        }
    }

    @Test
    void answersAnUnknownPlaceWithAProblemNotAFile() throws Exception {
        HttpResponse<String> response = new Api(port).send("GET", "/api/summaries/XX/children.xlsx" + QUERY,
                settings.token(), null, null);
        Api.expect(response, 404);
    }

    private static List<String> find(List<CSVRecord> rows, String question, String figure, String key) {
        return rows.stream().filter(r -> r.get(0).equals(question) && r.get(4).equals(figure) && r.get(5).equals(key))
                .findFirst().orElseThrow(() -> new AssertionError(question + " " + figure + " " + key)).toList();
    }

    private static List<CSVRecord> csv(byte[] body) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(new String(body,
                java.nio.charset.StandardCharsets.UTF_8))).setFormat(CSVFormat.DEFAULT).get()) {
            return parser.getRecords();
        }
    }

    private HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        new Api(port).uri(path)).header("Authorization", "Bearer " + settings.token()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        return response;
    }
}
