package org.samvad.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WireMock playing a Bot API that enforces Telegram's limits with its own token
 * buckets: {@code limit} messages a second for the bot (holding one second's worth)
 * and one a second per chat. A request over either is answered 429 with
 * {@code retry_after}, as Telegram does; the rest 200.
 */
final class EnforcingTelegram implements AutoCloseable {

    private static final Pattern CHAT = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?\\d+)");

    private final WireMockServer server;
    private final Map<Long, Bucket> chats = new ConcurrentHashMap<>();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong firstNanos = new AtomicLong();
    private final AtomicLong lastNanos = new AtomicLong();
    private volatile Bucket global;

    EnforcingTelegram() {
        server = new WireMockServer(options().dynamicPort().containerThreads(64).disableRequestJournal()
                .extensions(new Enforcer()));
        server.start();
        server.stubFor(any(urlPathMatching("/bot.*")).willReturn(aResponse().withTransformers(Enforcer.NAME)));
    }

    String url() {
        return server.baseUrl();
    }

    /** Starts a run: the bot may send {@code limit} messages a second. */
    void enforce(int limit) {
        global = Bucket.builder().addLimit(BandwidthBuilder.builder().capacity(limit)
                .refillGreedy(limit, Duration.ofSeconds(1)).build()).build();
        chats.clear();
        accepted.set(0);
        refused.set(0);
        firstNanos.set(0);
        lastNanos.set(0);
    }

    long accepted() {
        return accepted.get();
    }

    long refused() {
        return refused.get();
    }

    /** Seconds from the first accepted message to the last. */
    double acceptedSpan() {
        return (lastNanos.get() - firstNanos.get()) / 1e9;
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Enforcer implements ResponseDefinitionTransformerV2 {

        static final String NAME = "enforcing-telegram";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Matcher chat = CHAT.matcher(event.getRequest().getBodyAsString());
            long chatId = chat.find() ? Long.parseLong(chat.group(1)) : 0;
            Bucket perChat = chats.computeIfAbsent(chatId, id -> Bucket.builder().addLimit(BandwidthBuilder.builder()
                    .capacity(1).refillGreedy(1, Duration.ofSeconds(1)).build()).build());
            if (!perChat.tryConsume(1) || !global.tryConsume(1)) {
                refused.incrementAndGet();
                return aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody("""
                        {"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1",\
                        "parameters":{"retry_after":1}}""").build();
            }
            long now = System.nanoTime();
            firstNanos.compareAndSet(0, now);
            lastNanos.accumulateAndGet(now, Math::max);
            accepted.incrementAndGet();
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                    {"ok":true,"result":{"message_id":1,"date":%d,"chat":{"id":%d,"type":"private"},"text":"ok"}}"""
                    .formatted(System.currentTimeMillis() / 1000, chatId)).build();
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
