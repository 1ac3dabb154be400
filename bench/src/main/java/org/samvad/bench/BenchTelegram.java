package org.samvad.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * WireMock playing the Bot API for the benchmark: answers every method the bot calls,
 * keeps no request journal (it would grow by thousands of requests a second), and serves
 * {@code getUpdates} from a queue the load generator fills, at most 100 per answer.
 */
final class BenchTelegram implements AutoCloseable {

    static final String TOKEN = "123456:BENCH-TOKEN";
    private static final long NOW = Instant.now().getEpochSecond();

    private final BlockingQueue<String> updates = new LinkedBlockingQueue<>();
    private final WireMockServer server;

    BenchTelegram() {
        server = new WireMockServer(options().dynamicPort().disableRequestJournal().containerThreads(40)
                .asynchronousResponseEnabled(false).extensions(new UpdatesFromQueue()));
        server.start();
        String ok = "{\"ok\":true,\"result\":true}";
        server.stubFor(post(urlPathEqualTo(path("getupdates"))).willReturn(aResponse()
                .withTransformers(UpdatesFromQueue.NAME)));
        for (String method : List.of("deleteWebhook", "setWebhook", "answercallbackquery")) {
            server.stubFor(post(urlPathEqualTo(path(method))).willReturn(okJson(ok)));
        }
        server.stubFor(post(urlPathEqualTo(path("getme"))).willReturn(okJson(
                "{\"ok\":true,\"result\":{\"id\":123456,\"is_bot\":true,\"first_name\":\"Samvad\"}}")));
        String message = """
                {"ok":true,"result":{"message_id":1,"date":%d,"chat":{"id":1,"type":"private"},"text":"ok"}}"""
                .formatted(NOW);
        server.stubFor(post(urlPathEqualTo(path("sendmessage"))).willReturn(okJson(message)));
        server.stubFor(post(urlPathEqualTo(path("editmessagetext"))).willReturn(okJson(message)));
    }

    String url() {
        return server.baseUrl();
    }

    /** Queues an update for the next {@code getUpdates}. */
    void deliver(String update) {
        updates.add(update);
    }

    /** Updates queued and not yet fetched. */
    int undelivered() {
        return updates.size();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static String path(String method) {
        return "/bot" + TOKEN + "/" + method;
    }

    /** Answers getUpdates with up to 100 queued updates, waiting up to 100 ms for the first. */
    private final class UpdatesFromQueue implements ResponseDefinitionTransformerV2 {

        static final String NAME = "bench-updates";

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            List<String> batch = new ArrayList<>();
            try {
                String first = updates.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    updates.drainTo(batch, 99);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return okJson("{\"ok\":true,\"result\":[" + String.join(",", batch) + "]}").build();
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
}
