package org.samvad.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI description and Swagger UI: open without a token, listing every summary endpoint. */
@SpringBootTest(classes = AdminApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocsTest {

    @LocalServerPort
    int port;

    @Test
    void describesTheSummaryEndpointsWithoutAToken() throws Exception {
        DocumentContext docs = new Api(port).get("/v3/api-docs", null, 200);

        assertThat(docs.<Map<String, Object>>read("$.paths")).containsKeys("/api/summaries/{locationCode}",
                "/api/summaries/{locationCode}/children", "/api/summaries/{locationCode}/children.csv",
                "/api/summaries/{locationCode}/children.xlsx", "/api/summaries/{locationCode}/questions.csv",
                "/api/summaries/{locationCode}/questions.xlsx", "/api/locations");
        assertThat(docs.<String>read("$.components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(docs.<List<Object>>read("$.components.schemas.Headline.properties.respondents.oneOf[*].type"))
                .containsExactly("number", "object");
        assertThat(docs.<Object>read("$.paths['/api/summaries/{locationCode}'].get.parameters[*].name").toString())
                .contains("questionnaire", "version", "sort", "order", "size");
    }

    @Test
    void servesSwaggerUiWithoutATokenButNotTheApi() throws Exception {
        HttpResponse<String> ui = new Api(port).send("GET", "/swagger-ui/index.html", null, null, null);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");

        Api.expect(new Api(port).send("GET", "/api/summaries/BR?questionnaire=sangathan-srijan", null, null, null),
                401);
    }
}
