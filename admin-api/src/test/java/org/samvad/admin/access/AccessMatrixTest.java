package org.samvad.admin.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.InstanceOfAssertFactories.array;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.samvad.admin.AdminApiApplication;
import org.samvad.admin.AdminApiSettings;
import org.samvad.admin.Api;
import org.samvad.admin.access.Access.Scope;
import org.samvad.db.access.ApiToken;
import org.samvad.db.access.ApiTokenRepository;
import org.samvad.db.access.Role;
import org.samvad.db.campaign.Campaign;
import org.samvad.db.campaign.CampaignRepository;
import org.samvad.db.invitation.Invitation;
import org.samvad.db.invitation.InvitationRepository;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps, called over HTTP by every kind of caller, answers
 * as its {@link Access} rule says: 401 without a usable token, 403 for a role it does not
 * name or a location outside the token's scope, neither otherwise. The endpoints come
 * from the application's own mappings, so a new endpoint is checked without being
 * listed here; without an {@code @Access} rule or a sample request it fails.
 *
 * <p>Its own context (another admin token), because admins publish and close the sample
 * questionnaire here.
 */
@SpringBootTest(classes = AdminApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "samvad.admin.token=matrix-admin-token-0123456789-abcdefghijklmnop")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    /**
     * Path variables by name, for a token scoped to BR-KAI; {@code id} is a token's,
     * {@code code} an invitation's at a Kaimur booth and {@code campaignId} a campaign's in
     * a Kaimur assembly constituency, set at start. Callers "out of scope"
     * send the same requests with tokens scoped to BR-PAT, so that every kind of scope
     * (path, parameter, body, checked by the handler) is tried with the same samples.
     */
    private final Map<String, String> inScope = new TreeMap<>(Map.of(
            "locationCode", "BR-KAI-203", "slug", "sangathan-srijan", "version", "1"));

    /** A request for every endpoint, by "METHOD pattern": its query and body. */
    private static final Map<String, Sample> SAMPLES = Map.ofEntries(
            Map.entry("GET /api/summaries/{locationCode}", Sample.query("questionnaire=sangathan-srijan")),
            Map.entry("GET /api/summaries/{locationCode}/children",
                    Sample.query("questionnaire=sangathan-srijan&sort=respondents&order=desc&page=0&size=10")),
            Map.entry("GET /api/summaries/{locationCode}/children.csv",
                    Sample.query("questionnaire=sangathan-srijan&silent=true")),
            Map.entry("GET /api/summaries/{locationCode}/children.xlsx", Sample.query("questionnaire=sangathan-srijan")),
            Map.entry("GET /api/summaries/{locationCode}/questions.csv", Sample.query("questionnaire=sangathan-srijan")),
            Map.entry("GET /api/summaries/{locationCode}/questions.xlsx",
                    Sample.query("questionnaire=sangathan-srijan")),
            Map.entry("GET /api/questionnaires", Sample.NONE),
            Map.entry("GET /api/questionnaires/{slug}", Sample.NONE),
            Map.entry("GET /api/questionnaires/{slug}/versions/{version}", Sample.NONE),
            Map.entry("POST /api/questionnaires", Sample.body("application/yaml", """
                    slug: matrix-check
                    title: {en: Check, hi: जाँच}
                    intro: {en: A question., hi: एक प्रश्न।}
                    closing: {en: Thank you!, hi: धन्यवाद!}
                    questions:
                      - key: committee_active
                        type: yes_no
                        text:
                          en: Is your booth committee active?
                          hi: क्या आपकी बूथ समिति सक्रिय है?
                    """)),
            Map.entry("POST /api/questionnaires/{slug}/versions/{version}/publish", Sample.NONE),
            Map.entry("POST /api/questionnaires/{slug}/versions/{version}/close", Sample.NONE),
            Map.entry("POST /api/tokens", Sample.body("application/json",
                    "{\"name\": \"Matrix observer\", \"role\": \"observer\", \"scope\": [\"BR-KAI\"]}")),
            Map.entry("GET /api/tokens", Sample.NONE),
            Map.entry("GET /api/tokens/{id}", Sample.NONE),
            Map.entry("DELETE /api/tokens/{id}", Sample.NONE),
            Map.entry("GET /api/audit", Sample.query("limit=10")),
            Map.entry("POST /api/invitations", Sample.body("application/json",
                    "{\"booth\": \"BR-KAI-203-001\", \"kind\": \"worker\"}")),
            Map.entry("GET /api/invitations", Sample.query("location=BR-KAI-203")),
            Map.entry("GET /api/invitations/{code}", Sample.NONE),
            Map.entry("DELETE /api/invitations/{code}", Sample.NONE),
            Map.entry("POST /api/roster", Sample.body("text/csv", "phone,name,booth\n9876500001,Matrix,BR-KAI-203-001\n")),
            Map.entry("GET /api/roster", Sample.query("location=BR-KAI-203")),
            Map.entry("POST /api/locations", Sample.body("text/csv",
                    "level,code,parent_code,name_en,name_hi\nBOOTH,BR-KAI-203-009,BR-KAI-203,Booth 9,बूथ 9\n")),
            Map.entry("POST /api/observers", Sample.body("application/json",
                    "{\"telegramUserId\": 424242, \"name\": \"Matrix observer\", \"districts\": [\"BR-KAI\"]}")),
            Map.entry("GET /api/observers", Sample.NONE),
            Map.entry("GET /api/observers/{id}", Sample.NONE),
            Map.entry("DELETE /api/observers/{id}", Sample.NONE),
            Map.entry("POST /api/campaigns", Sample.body("application/json",
                    "{\"questionnaire\": \"sangathan-srijan\", \"scope\": \"BR-KAI-203\"}")),
            Map.entry("GET /api/campaigns/{campaignId}", Sample.NONE),
            Map.entry("POST /api/campaigns/{campaignId}/close", Sample.NONE));

    @LocalServerPort
    int port;

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired AdminApiSettings settings;
    @Autowired ApiTokenRepository tokens;
    @Autowired LocationRepository locations;
    @Autowired InvitationRepository invitations;
    @Autowired QuestionnaireRepository questionnaires;
    @Autowired CampaignRepository campaigns;

    private final Map<Caller, String> values = new TreeMap<>();

    @BeforeAll
    void oneTokenForEveryKindOfCaller() {
        values.put(Caller.ADMIN, settings.token());
        values.put(Caller.COORDINATOR_IN_SCOPE, issue(Role.COORDINATOR, "BR-KAI").value());
        values.put(Caller.COORDINATOR_OUT_OF_SCOPE, issue(Role.COORDINATOR, "BR-PAT").value());
        values.put(Caller.OBSERVER_IN_SCOPE, issue(Role.OBSERVER, "BR-KAI").value());
        values.put(Caller.OBSERVER_OUT_OF_SCOPE, issue(Role.OBSERVER, "BR-PAT").value());
        ApiToken.Issued revoked = issue(Role.ADMIN, null);
        tokens.save(revoked.token().revoke(Instant.now()));
        values.put(Caller.REVOKED, revoked.value());
        inScope.put("id", Long.toString(issue(Role.OBSERVER, "BR").token().id())); // revoked by admins below
        inScope.put("code", invitations.save(Invitation.forBooth(locations.findById("BR-KAI-203-001").orElseThrow(),
                null, "matrix", Instant.now())).getCode());
        inScope.put("campaignId", Long.toString(campaigns.save(Campaign.plan(
                questionnaires.findLatestPublished("sangathan-srijan").orElseThrow(),
                locations.findById("BR-KAI-203").orElseThrow(), Instant.now(), Duration.ofHours(1),
                Instant.now().plus(Duration.ofDays(1)), null, false, "matrix", Instant.now())).getId()));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsItsAccessRuleSays() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("the application's endpoints").hasSizeGreaterThanOrEqualTo(SAMPLES.size());
        return endpoints.stream().flatMap(endpoint -> {
            List<String> problems = problems(endpoint);
            if (!problems.isEmpty()) {
                return Stream.of(DynamicTest.dynamicTest(endpoint.key(), () -> fail(String.join("\n", problems))));
            }
            return Arrays.stream(Caller.values()).map(caller -> DynamicTest.dynamicTest(
                    endpoint.key() + " as " + caller, () -> check(endpoint, caller)));
        });
    }

    @Test
    void everySampleBelongsToAnEndpoint() {
        assertThat(endpoints().stream().map(Endpoint::key).toList())
                .as("endpoints; remove the samples of endpoints that are gone")
                .containsAll(SAMPLES.keySet());
    }

    @Test
    void givesAllOfIndiaOnlyToTokensWithoutAScope() throws IOException, InterruptedException {
        Api api = new Api(port);
        String india = "/api/summaries/IN?questionnaire=sangathan-srijan";
        api.get(india, values.get(Caller.ADMIN), 200);
        assertThat(Api.expect(api.send("GET", india, values.get(Caller.COORDINATOR_IN_SCOPE), null, null), 403)
                .<String>read("$.detail")).startsWith("Location 'IN' is outside this token's scope");
        Api.expect(api.send("GET", "/api/summaries/IN/children.csv?questionnaire=sangathan-srijan",
                values.get(Caller.OBSERVER_IN_SCOPE), null, null), 403);
    }

    @Test
    void letsAdminsUseEveryEndpoint() {
        assertThat(endpoints()).allSatisfy(endpoint -> assertThat(endpoint.access()).as(endpoint.key())
                .isNotNull().extracting(Access::roles).asInstanceOf(array(Role[].class)).contains(Role.ADMIN));
    }

    @Test
    void refusesAndFlagsAnEndpointWithoutAnAccessRule() throws Exception {
        RequestMappingInfo info = RequestMappingInfo.paths("/api/unguarded").methods(RequestMethod.GET)
                .options(mappings.getBuilderConfiguration()).build();
        mappings.registerMapping(info, new Unguarded(), Unguarded.class.getDeclaredMethod("hello"));
        try {
            Endpoint unguarded = endpoints().stream().filter(e -> e.key().equals("GET /api/unguarded"))
                    .findFirst().orElseThrow();
            assertThat(problems(unguarded)).containsExactly(
                    "GET /api/unguarded has no @Access rule: annotate the handler method "
                            + Unguarded.class.getName() + ".hello (without one it is refused with 403).",
                    "GET /api/unguarded has no sample request: add one to AccessMatrixTest.SAMPLES.");
            Api api = new Api(port);
            assertThat(Api.expect(api.send("GET", "/api/unguarded", settings.token(), null, null), 403)
                    .<String>read("$.detail")).isEqualTo("This endpoint has no access rule, so no token may use it.");
            Api.expect(api.send("GET", "/api/unguarded", null, null, null), 401);
        } finally {
            mappings.unregisterMapping(info);
        }
    }

    private void check(Endpoint endpoint, Caller caller) throws IOException, InterruptedException {
        Sample sample = SAMPLES.get(endpoint.key());
        String path = path(endpoint.pattern())
                + (sample.query() == null ? "" : "?" + sample.query());
        HttpResponse<String> response = new Api(port).send(endpoint.method(), path, values.get(caller),
                sample.contentType(), sample.body());
        String request = endpoint.method() + " " + path + " as " + caller;
        switch (expected(endpoint.access(), caller)) {
            case UNAUTHORIZED -> {
                Api.expect(response, 401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).as(request)
                        .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer "));
            }
            case FORBIDDEN -> assertThat(Api.expect(response, 403).<String>read("$.detail")).as(request)
                    .containsAnyOf("outside this token's scope", "tokens; this is");
            case ALLOWED -> assertThat(response.statusCode()).as(request + ": " + response.body())
                    .isNotIn(401, 403).isLessThan(500);
        }
    }

    private static Outcome expected(Access access, Caller caller) {
        if (caller.role == null) {
            return Outcome.UNAUTHORIZED;
        }
        if (!Arrays.asList(access.roles()).contains(caller.role)) {
            return Outcome.FORBIDDEN;
        }
        return access.scope() != Scope.NONE && caller.outOfScope ? Outcome.FORBIDDEN : Outcome.ALLOWED;
    }

    private String path(String pattern) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(path, inScope.get(variable.group(1)));
        }
        return variable.appendTail(path).toString();
    }

    private List<String> problems(Endpoint endpoint) {
        List<String> problems = new ArrayList<>();
        if (endpoint.access() == null) {
            problems.add(endpoint.key() + " has no @Access rule: annotate the handler method "
                    + endpoint.handler().getBeanType().getName() + "." + endpoint.handler().getMethod().getName()
                    + " (without one it is refused with 403).");
        }
        if (!SAMPLES.containsKey(endpoint.key())) {
            problems.add(endpoint.key() + " has no sample request: add one to AccessMatrixTest.SAMPLES.");
        }
        VARIABLE.matcher(endpoint.pattern()).results().map(m -> m.group(1)).filter(name -> !inScope.containsKey(name))
                .forEach(name -> problems.add(endpoint.key() + " has the path variable {" + name
                        + "} without a sample value: add one to AccessMatrixTest's inScope."));
        return problems;
    }

    /** Every endpoint of the application but Spring's own (the error page; API docs, if ever added). */
    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            String owner = handler.getBeanType().getPackageName();
            if (owner.startsWith("org.springframework") || owner.startsWith("org.springdoc")) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(method.name(), pattern, handler,
                            handler.getMethodAnnotation(Access.class)));
                }
            }
        });
        endpoints.sort((a, b) -> a.key().compareTo(b.key()));
        return endpoints;
    }

    private ApiToken.Issued issue(Role role, String scope) {
        ApiToken.Issued issued = ApiToken.issue("Matrix " + role, role,
                scope == null ? List.of() : List.of(locations.findById(scope).orElseThrow()), Instant.now());
        return new ApiToken.Issued(tokens.save(issued.token()), issued.value());
    }

    enum Caller {
        NO_TOKEN(null, false),
        REVOKED(null, false),
        ADMIN(Role.ADMIN, false),
        COORDINATOR_IN_SCOPE(Role.COORDINATOR, false),
        COORDINATOR_OUT_OF_SCOPE(Role.COORDINATOR, true),
        OBSERVER_IN_SCOPE(Role.OBSERVER, false),
        OBSERVER_OUT_OF_SCOPE(Role.OBSERVER, true);

        /** Null for a caller without a usable token. */
        final Role role;
        /** Whether its token is scoped to BR-PAT rather than BR-KAI. */
        final boolean outOfScope;

        Caller(Role role, boolean outOfScope) {
            this.role = role;
            this.outOfScope = outOfScope;
        }
    }

    enum Outcome { UNAUTHORIZED, FORBIDDEN, ALLOWED }

    record Endpoint(String method, String pattern, HandlerMethod handler, Access access) {

        String key() {
            return method + " " + pattern;
        }
    }

    /** A request's query (null for none) and body (null for none, with its content type). */
    record Sample(String query, String contentType, String body) {

        static final Sample NONE = new Sample(null, null, null);

        static Sample query(String query) {
            return new Sample(query, null, null);
        }

        static Sample body(String contentType, String body) {
            return new Sample(null, contentType, body);
        }
    }

    /** A handler that forgot its {@code @Access} rule. */
    static class Unguarded {

        @ResponseBody
        String hello() {
            return "hello";
        }
    }
}
