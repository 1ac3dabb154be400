package org.samvad.admin.location;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samvad.admin.AdminApiApplication;
import org.samvad.admin.AdminApiSettings;
import org.samvad.admin.Api;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationLevel;
import org.samvad.db.location.LocationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * The location master import over HTTP and from the command line, against a real
 * PostgreSQL of its own (it adds places the other API tests do not expect).
 */
@SpringBootTest(classes = AdminApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samvad.test.database=locations")
class LocationApiTest {

    @LocalServerPort
    int port;

    @Autowired AdminApiSettings settings;
    @Autowired LocationRepository locations;
    @Autowired ConfigurableApplicationContext context;

    @Test
    void importsTheSampleDistrictsAndAssembliesIdempotently() throws Exception {
        DocumentContext districts = post(resource("bihar-districts.csv"), 200);
        assertThat(districts.<Integer>read("$.added") + districts.<Integer>read("$.unchanged")
                + districts.<Integer>read("$.updated")).isEqualTo(38);
        DocumentContext assemblies = post(resource("kaimur-assemblies.csv"), 200);
        assertThat(assemblies.<Integer>read("$.added") + assemblies.<Integer>read("$.unchanged")
                + assemblies.<Integer>read("$.updated")).isEqualTo(4);

        DocumentContext again = post(resource("kaimur-assemblies.csv"), 200);
        assertThat(again.<Integer>read("$.unchanged")).isEqualTo(4);
        assertThat(locations.findById("BR-KAI-204").orElseThrow())
                .isEqualTo(new Location("BR-KAI-204", LocationLevel.ASSEMBLY, "BR-KAI", "BR", "BR-KAI", "BR-KAI-204",
                        204, "Mohania", "मोहनिया"));
        assertThat(locations.findById("BR-PAC").orElseThrow().nameHi()).isEqualTo("पश्चिमी चंपारण");
    }

    @Test
    void addsAWholeBranchWhoseParentsComeEarlierInTheFileAndFillsTheAncestors() throws Exception {
        String csv = """
                level,code,parent_code,name_en,name_hi
                STATE,UP,,Uttar Pradesh,उत्तर प्रदेश
                DISTRICT,UP-VAR,UP,Varanasi,वाराणसी
                ASSEMBLY,UP-VAR-390,UP-VAR,Varanasi Cantt.,वाराणसी कैंट
                BOOTH,UP-VAR-390-007,UP-VAR-390,Booth 7,बूथ 7
                """;
        DocumentContext first = post(csv, 200);
        assertThat(first.<Map<String, Integer>>read("$")).isEqualTo(Map.of("added", 4, "updated", 0, "unchanged", 0));
        assertThat(locations.findById("UP-VAR-390-007").orElseThrow()).isEqualTo(new Location("UP-VAR-390-007",
                LocationLevel.BOOTH, "UP-VAR-390", "UP", "UP-VAR", "UP-VAR-390", 7, "Booth 7", "बूथ 7"));

        DocumentContext renamed = post(csv.replace("Booth 7,बूथ 7", "Booth 7 (school),बूथ 7 (विद्यालय)"), 200);
        assertThat(renamed.<Map<String, Integer>>read("$")).isEqualTo(Map.of("added", 0, "updated", 1, "unchanged", 3));
        assertThat(locations.findById("UP-VAR-390-007").orElseThrow().nameHi()).isEqualTo("बूथ 7 (विद्यालय)");
    }

    @Test
    void listsEveryBadLineByNumberAndImportsNothing() throws Exception {
        String csv = """
                level,code,parent_code,name_en,name_hi
                STATE,MP,,Madhya Pradesh,मध्य प्रदेश
                DISTRICT,MP-BPL,MP-XXX,Bhopal,भोपाल

                COUNTY,MP-IND,MP,Indore,इंदौर
                DISTRICT,MP-GWL,MP,Gwalior,
                DISTRICT,BR-KAI-203,BR,Moved,हटाया
                BOOTH,MP-1,MP,Booth,बूथ
                STATE,MP,,Again,फिर
                DISTRICT,MP-UJJ
                """;
        DocumentContext problem = post(csv, 422);

        assertThat(problem.<String>read("$.title")).isEqualTo("Invalid location master");
        assertThat(problem.<List<Integer>>read("$.errors[*].line")).containsExactly(3, 5, 6, 7, 8, 9, 10);
        assertThat(problem.<List<String>>read("$.errors[*].message")).containsExactly(
                "no location has the parent code 'MP-XXX' (parents come on earlier lines)",
                "the level is not one of STATE, DISTRICT, ASSEMBLY, BOOTH",
                "the English and the Hindi name are both needed",
                "'BR-KAI-203' is stored as a ASSEMBLY; its level cannot change",
                "the parent 'MP' is not a ASSEMBLY",
                "the same code as an earlier line",
                "the line has 2 of 5 columns");
        assertThat(locations.existsById("MP")).isFalse();
    }

    @Test
    void refusesAFileWithoutAHeaderItKnows() throws Exception {
        DocumentContext problem = post("code,name\nBR,Bihar\n", 422);

        assertThat(problem.<Integer>read("$.errors[0].line")).isEqualTo(1);
        assertThat(problem.<String>read("$.errors[0].message")).startsWith("the first line names the columns level");
    }

    @Test
    void importsFromTheCommandLineAndReportsBadLines(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("rajasthan.csv"),
                "level,code,parent_code,name_en,name_hi\nSTATE,RJ,,Rajasthan,राजस्थान\nDISTRICT,RJ-JPR,RJ,Jaipur,जयपुर\n");
        Path bad = Files.writeString(dir.resolve("bad.csv"),
                "level,code,parent_code,name_en,name_hi\nDISTRICT,RJ-AJM,XX,Ajmer,अजमेर\n");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int status = ImportLocationsCommand.run(context, List.of(good.toString(), bad.toString()),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(good + ": 2 added, 0 updated, 0 unchanged\n"
                + bad + ": nothing imported; 1 lines cannot be imported:\n"
                + "  line 2: no location has the parent code 'XX' (parents come on earlier lines)\n");
        assertThat(locations.findById("RJ-JPR").orElseThrow().stateCode()).isEqualTo("RJ");
        assertThat(locations.existsById("RJ-AJM")).isFalse();
    }

    private DocumentContext post(String csv, int status) throws IOException, InterruptedException {
        return Api.expect(new Api(port).send("POST", "/api/locations", settings.token(), "text/csv; charset=utf-8",
                csv), status);
    }

    private static String resource(String name) throws IOException {
        return new ClassPathResource("locations/" + name).getContentAsString(StandardCharsets.UTF_8);
    }
}
