package org.samvad.bot.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * WireMock playing Telegram's Bot API: {@code getUpdates} serves the batches a test
 * scripts, one batch per call, exactly as given (a batch repeated is a redelivery);
 * {@code sendMessage} and friends are recorded so tests can assert the JSON the bot
 * sent.
 */
public final class FakeTelegram implements AutoCloseable {

    public static final String TOKEN = "123456:TEST-TOKEN";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NOW = Instant.parse("2026-11-25T09:00:00Z").getEpochSecond();

    private final BlockingQueue<List<ObjectNode>> batches = new LinkedBlockingQueue<>();
    private final WireMockServer server;

    public FakeTelegram() {
        server = new WireMockServer(options().dynamicPort().extensions(new UpdatesFromScript()));
        server.start();
        server.stubFor(post(urlPathEqualTo(path("getupdates"))).willReturn(aResponse()
                .withTransformers(UpdatesFromScript.NAME)));
        server.stubFor(post(urlPathEqualTo(path("deleteWebhook"))).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        server.stubFor(post(urlPathEqualTo(path("answercallbackquery")))
                .willReturn(okJson("{\"ok\":true,\"result\":true}")));
        String message = """
                {"ok":true,"result":{"message_id":1,"date":%d,"chat":{"id":1,"type":"private"},"text":"ok"}}"""
                .formatted(NOW);
        server.stubFor(post(urlPathEqualTo(path("sendmessage"))).willReturn(okJson(message)));
        server.stubFor(post(urlPathEqualTo(path("editmessagetext"))).willReturn(okJson(message)));
    }

    /** The base URL the bot is pointed at. */
    public String url() {
        return server.baseUrl();
    }

    /** Command-line arguments that point a bot at this stand-in, followed by any others. */
    public String[] botArguments(String... more) {
        List<String> arguments = new ArrayList<>(List.of("--telegram.bot.token=" + TOKEN, "--telegram.bot.url=" + url()));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    public WireMockServer server() {
        return server;
    }

    /** Queues one batch of updates for the next {@code getUpdates} call. */
    public void deliver(ObjectNode... updates) {
        batches.add(List.of(updates));
    }

    /** The messages the bot sent to a chat, in order, as the JSON bodies it posted. */
    public List<JsonNode> messagesTo(long chatId) {
        return sent("sendmessage").stream().filter(m -> m.path("chat_id").asText().equals(Long.toString(chatId)))
                .toList();
    }

    /** Every body posted to a Bot API method, in order. */
    public List<JsonNode> sent(String method) {
        return server.findAll(postRequestedFor(urlPathEqualTo(path(method)))).stream()
                .map(r -> read(r.getBodyAsString()))
                .toList();
    }

    /** Waits until a chat has received at least {@code count} messages and returns them. */
    public List<JsonNode> awaitMessagesTo(long chatId, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<JsonNode> messages = messagesTo(chatId);
        while (messages.size() < count && Instant.now().isBefore(deadline)) {
            sleep(20);
            messages = messagesTo(chatId);
        }
        if (messages.size() < count) {
            throw new AssertionError("Chat " + chatId + " got " + messages.size() + " messages, expected "
                    + count + ": " + messages);
        }
        return messages;
    }

    /** How many {@code getUpdates} answers have carried this update. */
    public long timesServed(long updateId) {
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().endsWith("/getupdates"))
                .map(e -> read(e.getResponse().getBodyAsString()).path("result"))
                .flatMap(result -> java.util.stream.StreamSupport.stream(result.spliterator(), false))
                .filter(update -> update.path("update_id").asLong() == updateId)
                .count();
    }

    /** Waits until every queued batch has been fetched by the bot. */
    public void awaitDrained() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!batches.isEmpty() && Instant.now().isBefore(deadline)) {
            sleep(20);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    private static String path(String method) {
        return "/bot" + TOKEN + "/" + method;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Answers each {@code getUpdates} with the next scripted batch, or an empty one after a short wait. */
    private final class UpdatesFromScript implements ResponseDefinitionTransformerV2 {

        static final String NAME = "updates-from-script";

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            List<ObjectNode> batch;
            try {
                batch = batches.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                batch = null;
            }
            ObjectNode body = JSON.createObjectNode().put("ok", true);
            ArrayNode result = body.putArray("result");
            if (batch != null) {
                batch.forEach(result::add);
            }
            return okJson(body.toString()).build();
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }

    /** Builds Bot API update JSON for a worker in a private chat. */
    public static final class Updates {

        private Updates() {
        }

        public static ObjectNode text(long updateId, long userId, String text) {
            ObjectNode message = message(updateId, userId);
            message.put("text", text);
            if (text.startsWith("/")) {
                message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                        .put("length", text.split(" ")[0].length());
            }
            return update(updateId).set("message", message);
        }

        public static ObjectNode press(long updateId, long userId, String data) {
            return press(updateId, userId, data, updateId);
        }

        /** A press on a button of the message {@code messageId}: pressing it twice is two updates with one message. */
        public static ObjectNode press(long updateId, long userId, String data, long messageId) {
            ObjectNode query = JSON.createObjectNode().put("id", "cb-" + updateId).put("chat_instance", "ci-" + userId)
                    .put("data", data);
            query.set("from", user(userId));
            query.set("message", message(messageId, userId).put("text", "question"));
            return update(updateId).set("callback_query", query);
        }

        public static ObjectNode sticker(long updateId, long userId) {
            ObjectNode message = message(updateId, userId);
            message.putObject("sticker").put("file_id", "sticker-file").put("file_unique_id", "sticker-unique")
                    .put("type", "regular").put("width", 512).put("height", 512).put("is_animated", false)
                    .put("is_video", false);
            return update(updateId).set("message", message);
        }

        public static ObjectNode photo(long updateId, long userId) {
            ObjectNode message = message(updateId, userId);
            message.putArray("photo").addObject().put("file_id", "photo-file").put("file_unique_id", "photo-unique")
                    .put("width", 90).put("height", 90);
            return update(updateId).set("message", message);
        }

        /**
         * A shared contact: {@code contactUserId} is the Telegram user the number belongs
         * to (the sender's own when they press the share-contact button), or null.
         */
        public static ObjectNode contact(long updateId, long userId, String phone, Long contactUserId) {
            ObjectNode message = message(updateId, userId);
            ObjectNode contact = message.putObject("contact").put("phone_number", phone).put("first_name", "Worker");
            if (contactUserId != null) {
                contact.put("user_id", contactUserId);
            }
            return update(updateId).set("message", message);
        }

        public static ObjectNode edited(long updateId, long userId, String text) {
            ObjectNode message = message(updateId, userId).put("text", text).put("edit_date", NOW + 60);
            return update(updateId).set("edited_message", message);
        }

        private static ObjectNode update(long updateId) {
            return JSON.createObjectNode().put("update_id", updateId);
        }

        private static ObjectNode message(long updateId, long userId) {
            ObjectNode message = JSON.createObjectNode().put("message_id", updateId).put("date", NOW);
            message.putObject("chat").put("id", userId).put("type", "private").put("first_name", "Worker");
            message.set("from", user(userId));
            return message;
        }

        private static ObjectNode user(long userId) {
            return JSON.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", "Worker");
        }
    }
}
