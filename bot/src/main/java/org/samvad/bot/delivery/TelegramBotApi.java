package org.samvad.bot.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Posts a Bot API method's JSON parameters as they are stored in the outbox, over
 * OkHttp (the client the TelegramBots library uses too). Raw JSON instead of the
 * library's method objects: the payload is already the method's JSON, the HTTP status
 * and {@code retry_after} are read directly, and a timeout or dropped connection is told
 * apart from an answer. Method names go in lower case, as the library sends them (the Bot
 * API does not mind the case).
 */
class TelegramBotApi {

    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OkHttpClient http;
    private final String base;

    TelegramBotApi(OkHttpClient http, URI url, String token) {
        this.http = http;
        String root = url.toString();
        this.base = (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + "/bot" + token + "/";
    }

    BotApiResult call(String method, String payload) {
        Request request = new Request.Builder().url(base + method.toLowerCase(Locale.ROOT)).post(RequestBody.create(payload, JSON_TYPE)).build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            if (response.code() == 200) {
                return new BotApiResult(200, 0, null);
            }
            JsonNode answer = read(text);
            return new BotApiResult(response.code(), answer.path("parameters").path("retry_after").asInt(0),
                    answer.path("description").asText(""));
        } catch (IOException e) {
            return BotApiResult.noAnswer(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
