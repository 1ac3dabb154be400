package org.samvad.bot.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.samvad.bot.TelegramProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Tells Telegram, once the bot's web server is up, to post updates to the webhook with
 * the secret token, at most {@code max_connections} at a time, only the kinds of update
 * the bot reads. Sent as JSON (the client library sends {@code setWebhook} as a multipart
 * form for certificate uploads, which a proxy with a real certificate does not need).
 * Every instance registers the same webhook; that is harmless.
 */
class WebhookRegistration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TelegramProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    WebhookRegistration(TelegramProperties properties) {
        this.properties = properties;
        String secret = properties.webhook().secret();
        if (secret == null || !SECRET.matcher(secret).matches()) {
            throw new IllegalStateException("Webhook mode needs TELEGRAM_WEBHOOK_SECRET: 1 to 256 characters of "
                    + "A-Z, a-z, 0-9, _ and -");
        }
    }

    @Override
    public void run(ApplicationArguments args) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(method("setWebhook"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body().toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(response.body());
        if (!answer.path("ok").asBoolean(false)) {
            throw new IllegalStateException("Telegram refused the webhook (HTTP " + response.statusCode() + ", "
                    + answer.path("description").asText("no description") + ")");
        }
        log.info("Telegram posts updates to the webhook at {}", properties.webhook().url());
    }

    /** The setWebhook parameters. */
    ObjectNode body() {
        TelegramProperties.Webhook webhook = properties.webhook();
        ObjectNode body = JSON.createObjectNode()
                .put("url", webhook.url())
                .put("secret_token", webhook.secret())
                .put("max_connections", webhook.maxConnections())
                .put("drop_pending_updates", false);
        webhook.allowedUpdates().forEach(body.putArray("allowed_updates")::add);
        return body;
    }

    private URI method(String name) {
        String base = properties.url().toString().replaceAll("/+$", "");
        return URI.create(base + "/bot" + properties.token() + "/" + name);
    }
}
