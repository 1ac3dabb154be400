package org.samvad.admin.access;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * What an audited request asks for, as {@code name=value} pairs: its path variables,
 * then its query parameters (repeated ones joined by commas), e.g.
 * {@code locationCode=BR-KAI-203 questionnaire=sangathan-srijan version=1,2}. The body
 * is never read here.
 */
final class AuditTargets {

    private AuditTargets() {
    }

    static String of(HttpServletRequest request) {
        List<String> parts = new ArrayList<>();
        AccessInterceptor.pathVariables(request).forEach((name, value) -> parts.add(name + "=" + value));
        if (request.getQueryString() != null) {
            MultiValueMap<String, String> query = UriComponentsBuilder.newInstance().query(request.getQueryString())
                    .build().getQueryParams();
            for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
                parts.add(decode(parameter.getKey()) + "=" + String.join(",",
                        parameter.getValue().stream().map(v -> v == null ? "" : decode(v)).toList()));
            }
        }
        return String.join(" ", parts);
    }

    private static String decode(String value) {
        try {
            return UriUtils.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
