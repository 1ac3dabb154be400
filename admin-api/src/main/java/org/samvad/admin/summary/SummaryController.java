package org.samvad.admin.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.samvad.admin.access.Access;
import org.samvad.admin.access.Access.Scope;
import org.samvad.db.access.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Summaries of a questionnaire's answers for any location or all of India ({@code IN}),
 * their children tables and exports: for coordinators and observers inside their
 * tokens' scope (India only for tokens without a scope), and for admins. Every summary
 * pulled is recorded in the audit trail. Figures from fewer than k people are
 * {@code {"suppressed": true}} (in exports: {@code suppressed}).
 */
@RestController
@RequestMapping("/api/summaries/{locationCode}")
class SummaryController {

    private static final String READERS = "summary";

    private final Summaries summaries;

    SummaryController(Summaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping
    @Operation(summary = "The summary of a location (or IN): headline, questions, participation, first page of children")
    @Access(roles = {Role.ADMIN, Role.COORDINATOR, Role.OBSERVER}, scope = Scope.LOCATION_PATH_VARIABLE,
            audit = READERS)
    Summary summary(@PathVariable String locationCode, @RequestParam String questionnaire,
            @Parameter(description = "versions to combine (repeat); the newest published or closed one when absent")
            @RequestParam(required = false) List<Integer> version,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String order,
            @RequestParam(defaultValue = "50") int size) {
        return summaries.of(new Summaries.Request(locationCode, questionnaire, version), ChildTable.Order.of(sort, order),
                size);
    }

    @GetMapping("/children")
    @Operation(summary = "The children table: sortable by respondents, responseRate, name or code, paginated; "
            + "silent=true for the children without any respondent")
    @Access(roles = {Role.ADMIN, Role.COORDINATOR, Role.OBSERVER}, scope = Scope.LOCATION_PATH_VARIABLE,
            audit = READERS)
    Summary.ChildPage children(@PathVariable String locationCode, @RequestParam String questionnaire,
            @RequestParam(required = false) List<Integer> version, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String order, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(defaultValue = "false") boolean silent,
            @Parameter(description = "list the locations at this level below (e.g. a district's booths); "
                    + "the children when absent") @RequestParam(required = false) String level) {
        return summaries.children(new Summaries.Request(locationCode, questionnaire, version, level),
                ChildTable.Order.of(sort, order), page, size, silent);
    }

    @GetMapping("/children.csv")
    @Operation(summary = "The whole children table as CSV", responses = @ApiResponse(responseCode = "200",
            content = @Content(mediaType = "text/csv")))
    @Access(roles = {Role.ADMIN, Role.COORDINATOR, Role.OBSERVER}, scope = Scope.LOCATION_PATH_VARIABLE,
            audit = READERS)
    void childrenCsv(@PathVariable String locationCode, @RequestParam String questionnaire,
            @RequestParam(required = false) List<Integer> version, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String order, @RequestParam(defaultValue = "false") boolean silent,
            @RequestParam(required = false) String level, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = childRows(new Summaries.Request(locationCode, questionnaire, version, level), sort,
                order, silent);
        start(response, Exports.CSV, locationCode + "-children.csv");
        Exports.csv(Tables.CHILDREN, rows, response.getOutputStream());
    }

    @GetMapping("/children.xlsx")
    @Operation(summary = "The whole children table as an XLSX spreadsheet", responses = @ApiResponse(
            responseCode = "200", content = @Content(mediaType = Exports.XLSX)))
    @Access(roles = {Role.ADMIN, Role.COORDINATOR, Role.OBSERVER}, scope = Scope.LOCATION_PATH_VARIABLE,
            audit = READERS)
    void childrenXlsx(@PathVariable String locationCode, @RequestParam String questionnaire,
            @RequestParam(required = false) List<Integer> version, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String order, @RequestParam(defaultValue = "false") boolean silent,
            @RequestParam(required = false) String level, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = childRows(new Summaries.Request(locationCode, questionnaire, version, level), sort,
                order, silent);
        start(response, Exports.XLSX, locationCode + "-children.xlsx");
        Exports.xlsx("children", Tables.CHILDREN, rows, response.getOutputStream());
    }

    @GetMapping("/questions.csv")
    @Operation(summary = "Every question's figures as CSV, one row per figure", responses = @ApiResponse(
            responseCode = "200", content = @Content(mediaType = "text/csv")))
    @Access(roles = {Role.ADMIN, Role.COORDINATOR, Role.OBSERVER}, scope = Scope.LOCATION_PATH_VARIABLE,
            audit = READERS)
    void questionsCsv(@PathVariable String locationCode, @RequestParam String questionnaire,
            @RequestParam(required = false) List<Integer> version, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = questionRows(locationCode, questionnaire, version);
        start(response, Exports.CSV, locationCode + "-questions.csv");
        Exports.csv(Tables.QUESTIONS, rows, response.getOutputStream());
    }

    @GetMapping("/questions.xlsx")
    @Operation(summary = "Every question's figures as an XLSX spreadsheet, one row per figure",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = Exports.XLSX)))
    @Access(roles = {Role.ADMIN, Role.COORDINATOR, Role.OBSERVER}, scope = Scope.LOCATION_PATH_VARIABLE,
            audit = READERS)
    void questionsXlsx(@PathVariable String locationCode, @RequestParam String questionnaire,
            @RequestParam(required = false) List<Integer> version, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = questionRows(locationCode, questionnaire, version);
        start(response, Exports.XLSX, locationCode + "-questions.xlsx");
        Exports.xlsx("questions", Tables.QUESTIONS, rows, response.getOutputStream());
    }

    private List<List<Object>> childRows(Summaries.Request request, String sort, String order, boolean silent) {
        return summaries.allChildren(request, ChildTable.Order.of(sort, order), silent).stream().map(Tables::child)
                .toList();
    }

    private List<List<Object>> questionRows(String locationCode, String questionnaire, List<Integer> version) {
        return summaries.questions(new Summaries.Request(locationCode, questionnaire, version)).stream()
                .flatMap(q -> Tables.question(q).stream()).collect(Collectors.toList());
    }

    private static void start(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
    }
}
