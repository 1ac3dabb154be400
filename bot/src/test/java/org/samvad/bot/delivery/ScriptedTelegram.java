package org.samvad.bot.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * WireMock playing the Bot API for delivery: each chat's requests are answered by a
 * script (attempt number to outcome), including WireMock's faults, and every request is
 * recorded. A message counts as delivered when it is answered 200. A closed gate holds
 * requests inside the server until it is opened.
 */
final class ScriptedTelegram implements AutoCloseable {

    static final String TOKEN = "123456:DELIVERY-TEST";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the stand-in answers. */
    enum Outcome { OK, TOO_MANY, SERVER_ERROR, FORBIDDEN, RESET, EMPTY, SLOW_OK, TIMEOUT }

    /** One request as it arrived. */
    record Arrival(long chatId, String method, JsonNode payload, Instant at, Outcome outcome) {
    }

    private final WireMockServer server;
    private final Map<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> delivered = new ConcurrentHashMap<>();
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final AtomicInteger held = new AtomicInteger();
    private volatile BiFunction<Long, Integer, Outcome> script = (chat, attempt) -> Outcome.OK;
    private volatile boolean gateClosed;
    private final Object gate = new Object();

    ScriptedTelegram() {
        server = new WireMockServer(options().dynamicPort().containerThreads(40).extensions(new Answers()));
        server.start();
        server.stubFor(any(urlPathMatching("/bot.*")).willReturn(aResponse().withTransformers(Answers.NAME)));
        warmUp();
    }

    /** A first request, so that the server's start-up is not taken for a slow answer. */
    private void warmUp() {
        try (var response = new okhttp3.OkHttpClient().newCall(new okhttp3.Request.Builder()
                .url(url() + "/bot" + TOKEN + "/sendmessage")
                .post(okhttp3.RequestBody.create("{\"chat_id\":0}", okhttp3.MediaType.get("application/json")))
                .build()).execute()) {
            response.body().string();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        reset();
    }

    String url() {
        return server.baseUrl();
    }

    /** Answers each chat's n-th request (from 1) as the script says. */
    void script(BiFunction<Long, Integer, Outcome> script) {
        this.script = script;
    }

    int delivered(long chatId) {
        AtomicInteger count = delivered.get(chatId);
        return count == null ? 0 : count.get();
    }

    int totalDelivered() {
        return delivered.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    /** Requests from now on wait inside the server. */
    void closeGate() {
        gateClosed = true;
    }

    void openGate() {
        synchronized (gate) {
            gateClosed = false;
            gate.notifyAll();
        }
    }

    int held() {
        return held.get();
    }

    void reset() {
        attempts.clear();
        delivered.clear();
        arrivals.clear();
        script = (chat, attempt) -> Outcome.OK;
    }

    @Override
    public void close() {
        openGate();
        server.stop();
    }

    private final class Answers implements ResponseDefinitionTransformerV2 {

        static final String NAME = "scripted-telegram";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            JsonNode payload = read(event.getRequest().getBodyAsString());
            String url = event.getRequest().getUrl();
            String method = url.substring(url.lastIndexOf('/') + 1);
            long chat = payload.path("chat_id").asLong();
            waitAtGate();
            int attempt = attempts.computeIfAbsent(chat, c -> new AtomicInteger()).incrementAndGet();
            Outcome outcome = script.apply(chat, attempt);
            arrivals.add(new Arrival(chat, method, payload, Instant.now(), outcome));
            if (outcome == Outcome.OK || outcome == Outcome.SLOW_OK) {
                delivered.computeIfAbsent(chat, c -> new AtomicInteger()).incrementAndGet();
            }
            return answer(outcome, chat);
        }

        private void waitAtGate() {
            synchronized (gate) {
                if (!gateClosed) {
                    return;
                }
                held.incrementAndGet();
                try {
                    while (gateClosed) {
                        gate.wait();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    held.decrementAndGet();
                }
            }
        }

        private ResponseDefinition answer(Outcome outcome, long chat) {
            String ok = """
                    {"ok":true,"result":{"message_id":7,"date":%d,"chat":{"id":%d,"type":"private"},"text":"ok"}}"""
                    .formatted(Instant.now().getEpochSecond(), chat);
            return switch (outcome) {
                case OK -> json(200, ok).build();
                case SLOW_OK -> json(200, ok).withFixedDelay(300).build();
                case TOO_MANY -> json(429, """
                        {"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1",\
                        "parameters":{"retry_after":1}}""").build();
                case SERVER_ERROR -> json(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}")
                        .build();
                case FORBIDDEN -> json(403, """
                        {"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}""").build();
                case RESET -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
                case EMPTY -> aResponse().withFault(Fault.EMPTY_RESPONSE).build();
                case TIMEOUT -> json(504, "{\"ok\":false,\"error_code\":504,\"description\":\"Gateway Timeout\"}")
                        .withFixedDelay((int) Duration.ofSeconds(3).toMillis()).build();
            };
        }

        private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
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

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
