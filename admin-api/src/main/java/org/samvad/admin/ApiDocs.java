package org.samvad.admin;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The OpenAPI description at {@code /v3/api-docs} and Swagger UI at
 * {@code /swagger-ui.html} (springdoc). Both are readable without a token: they describe
 * the endpoints and hold no data, and Swagger UI loads the description before a token
 * can be given. Every endpoint they describe needs the bearer token (Swagger UI's
 * <em>Authorize</em>).
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:samvad-api-docs.properties")
class ApiDocs {

    private static final String BEARER = "bearer";

    @Bean
    OpenAPI samvadApi() {
        return new OpenAPI()
                .info(new Info().title("Samvad admin API").version("1").description("""
                        Summaries for coordinators and observers; questionnaires, tokens, invitations, roster, \
                        observers and the location master for admins. Every request needs \
                        `Authorization: Bearer <token>`. Summary figures computed from fewer than k people \
                        are `{"suppressed": true}` (k = samvad.admin.suppress-below, default 5)."""))
                .components(new Components().addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
