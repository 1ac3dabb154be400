package org.samvad.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests to the admin API over real HTTP, with a bearer token or without one (null). */
public record Api(int port) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public HttpResponse<String> send(String method, String path, String token, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The JSON of a GET that must answer {@code status}. */
    public DocumentContext get(String path, String token, int status) throws IOException, InterruptedException {
        return expect(send("GET", path, token, null, null), status);
    }

    /** The JSON of a POST of JSON that must answer {@code status}. */
    public DocumentContext postJson(String path, String token, String json, int status)
            throws IOException, InterruptedException {
        return expect(send("POST", path, token, "application/json", json), status);
    }

    /** The body as JSON, after asserting the status (and, for errors, that it is a problem). */
    public static DocumentContext expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        return JsonPath.parse(response.body().isEmpty() ? "{}" : response.body());
    }
}
