package org.samvad.bot.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.samvad.db.outbox.ClaimedMessage;
import org.samvad.db.outbox.NewMessage;
import org.samvad.db.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends the outbox to Telegram. One dispatcher thread takes tokens from the global
 * limit, claims that many due messages (skipping chats whose per-chat allowance is
 * spent), and hands each to one of {@code senders} threads, which posts it and records
 * the outcome:
 * <ul>
 * <li>200: SENT;</li>
 * <li>429: back in the queue after {@code retry_after}, which is also charged to the global limit;</li>
 * <li>403: the worker blocked the bot: the worker is marked unreachable, this and their pending messages UNREACHABLE;</li>
 * <li>5xx, timeouts, dropped connections: retried with exponential backoff, FAILED after {@code maxAttempts};</li>
 * <li>a refused edit of a pressed message: sent as a new message instead; other 4xx: FAILED.</li>
 * </ul>
 * A message is claimed (committed as SENDING) only once its token is in hand and a
 * sender thread is free, just before its request; the dispatcher wakes when a commit
 * queued messages, when a send finishes, and otherwise every {@code pollInterval}. Logs
 * carry row ids and outcomes only, never chat ids or text.
 */
public class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HOLD_BATCH = 5000;
    private static final Duration HOLD_INTERVAL = Duration.ofSeconds(10);
    /** From this rate on, a dispatcher short of tokens lets them gather for a tick instead of claiming one by one. */
    private static final int BATCHED_RATE = 200;
    private static final Duration BATCH_TICK = Duration.ofMillis(10);

    private final Outbox outbox;
    private final TelegramBotApi api;
    private final GlobalLimit limit;
    private final ChatLimits chats;
    private final DeliveryMeters meters;
    private final DeliverySettings settings;
    private final Clock clock;
    private final Semaphore wakeups = new Semaphore(0);
    private final Runnable wake = wakeups::release;
    private Semaphore slots;
    private ExecutorService senders;
    private Thread dispatcher;
    private volatile boolean running;
    private final Queue<Long> sent = new ConcurrentLinkedQueue<>();
    private final ReentrantLock marking = new ReentrantLock();
    private Instant housekeptAt = Instant.EPOCH;
    private Instant heldAt = Instant.EPOCH;
    private long tokenBoundUntil;

    /**
     * A sender for the Bot API at {@code url} with {@code token}, its global limit shared
     * through {@code dataSource} when {@link DeliverySettings#sharedLimit()} is set.
     */
    public static OutboxSender create(Outbox outbox, DataSource dataSource, URI url, String token,
            DeliverySettings settings, MeterRegistry registry, Clock clock) {
        GlobalLimit limit = settings.sharedLimit() ? GlobalLimit.shared(dataSource, settings)
                : GlobalLimit.local(settings);
        return new OutboxSender(outbox, new TelegramBotApi(DeliveryConfiguration.httpClient(settings), url, token),
                limit, new DeliveryMeters(registry, outbox::depth), settings, clock);
    }

    OutboxSender(Outbox outbox, TelegramBotApi api, GlobalLimit limit, DeliveryMeters meters,
            DeliverySettings settings, Clock clock) {
        this.outbox = outbox;
        this.api = api;
        this.limit = limit;
        this.chats = new ChatLimits(settings);
        this.meters = meters;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (settings.rate() > DeliverySettings.FREE_RATE && !settings.paidBroadcast()) {
            log.warn("samvad.bot.delivery.rate is {} without paid broadcast: Telegram allows about {} a second "
                    + "and will answer 429", settings.rate(), DeliverySettings.FREE_RATE);
        }
        slots = new Semaphore(settings.senders());
        senders = Executors.newFixedThreadPool(settings.senders(), r -> {
            Thread thread = new Thread(r, "outbox-sender");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        outbox.onEnqueued(wake);
        dispatcher = new Thread(this::dispatch, "outbox-dispatcher");
        dispatcher.setDaemon(true);
        dispatcher.start();
        log.info("Sending the outbox: {} a second{}, {} at a time", settings.rate(),
                settings.paidBroadcast() ? " (paid broadcast)" : "", settings.senders());
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        outbox.removeListener(wake);
        wakeups.release();
        try {
            dispatcher.join(settings.pollInterval().toMillis() + 5000);
            senders.shutdown();
            senders.awaitTermination(settings.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started before the update consumers and stopped after them, so the last replies go out. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }

    /** The outbox this sender sends; queueing through it wakes the sender after commit. */
    public Outbox outbox() {
        return outbox;
    }

    /** Looks at the outbox now instead of at the next poll. */
    public void wake() {
        wakeups.release();
    }

    private void dispatch() {
        while (running) {
            try {
                Duration wait = dispatchOnce();
                if (!wait.isZero()) {
                    wakeups.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Dispatching the outbox failed: {}", e.getClass().getName());
                sleep(settings.pollInterval());
            }
        }
    }

    /** One round: claims and hands out what may be sent now; returns how long to wait before the next. */
    private Duration dispatchOnce() {
        Instant now = clock.instant();
        housekeep(now);
        markSent();
        int free = slots.availablePermits();
        if (free == 0) {
            return settings.pollInterval();
        }
        long pause = tokenBoundUntil - System.nanoTime();
        if (pause > 0) {
            return Duration.ofNanos(pause);
        }
        long granted = limit.take(free);
        if (granted < free && settings.rate() >= BATCHED_RATE) {
            tokenBoundUntil = System.nanoTime() + BATCH_TICK.toNanos();
        }
        if (granted == 0) {
            return limit.untilNextToken();
        }
        Outbox.Claim claim = outbox.claim((int) granted, now, settings.claimLease(), chats.spent());
        if (claim.unreachable() > 0) {
            meters.unreachable(claim.unreachable());
        }
        limit.giveBack(granted - claim.messages().size());
        for (ClaimedMessage message : claim.messages()) {
            chats.take(message.chatId());
            slots.acquireUninterruptibly();
            senders.execute(() -> send(message));
        }
        return claim.messages().isEmpty() ? settings.pollInterval() : Duration.ZERO;
    }

    private void housekeep(Instant now) {
        if (Duration.between(housekeptAt, now).compareTo(settings.pollInterval()) < 0) {
            return;
        }
        housekeptAt = now;
        int settled = outbox.settleAbandoned(now);
        if (settled > 0) {
            log.warn("{} messages were being sent when their sender stopped; recorded as sent, unconfirmed", settled);
        }
        if (Duration.between(heldAt, now).compareTo(HOLD_INTERVAL) >= 0) {
            heldAt = now;
            while (outbox.holdQuietHours(now, HOLD_BATCH) == HOLD_BATCH && running) {
                log.debug("Holding more messages in their quiet hours");
            }
        }
    }

    private void send(ClaimedMessage message) {
        try {
            BotApiResult result = api.call(message.method(), payload(message));
            record(message, result);
        } catch (RuntimeException e) {
            log.warn("Outbox message {}: recording the outcome failed: {}", message.id(), e.getClass().getName());
        } finally {
            slots.release();
            wakeups.release();
        }
    }

    private void record(ClaimedMessage message, BotApiResult result) {
        Instant now = clock.instant();
        if (result.ok()) {
            sent.add(message.id());
            markSent();
            meters.sent(message.priority());
        } else if (result.throttled()) {
            meters.throttled();
            outbox.reschedule(message.id(), now.plusSeconds(Math.max(1, result.retryAfter())), result.error());
            limit.throttled(result.retryAfter(), now);
            log.info("Outbox message {}: 429, retry after {} s", message.id(), result.retryAfter());
        } else if (result.forbidden()) {
            meters.unreachable(outbox.markUnreachable(message.id(), message.chatId(), now, result.error()));
            log.info("Outbox message {}: 403, the worker is unreachable", message.id());
        } else if (result.transientFailure()) {
            retryOrFail(message, result, now);
        } else if (result.status() == 400 && NewMessage.EDIT_MESSAGE_TEXT.equals(message.method())) {
            editRefused(message, result, now);
        } else {
            outbox.markFailed(message.id(), result.error());
            meters.failed();
            log.warn("Outbox message {}: {}, given up", message.id(), result.error());
        }
    }

    /**
     * Records as SENT what went through, in one statement for all that is waiting:
     * whoever finds the lock free records for the others too. A mark lost in a crash
     * leaves its row SENDING, settled later as sent, unconfirmed.
     */
    private void markSent() {
        while (!sent.isEmpty() && marking.tryLock()) {
            try {
                List<Long> ids = new ArrayList<>();
                for (Long id = sent.poll(); id != null; id = sent.poll()) {
                    ids.add(id);
                }
                outbox.markSent(ids, clock.instant());
            } finally {
                marking.unlock();
            }
        }
    }

    private void retryOrFail(ClaimedMessage message, BotApiResult result, Instant now) {
        if (message.attempts() >= settings.maxAttempts()) {
            outbox.markFailed(message.id(), result.error());
            meters.failed();
            log.warn("Outbox message {}: {} after {} attempts, given up", message.id(), result.error(),
                    message.attempts());
            return;
        }
        outbox.reschedule(message.id(), now.plus(settings.backoffAfter(message.attempts())), result.error());
        log.info("Outbox message {}: {}, attempt {} of {}", message.id(), result.error(), message.attempts(),
                settings.maxAttempts());
    }

    /** "message is not modified" means it already shows this; any other refusal, the worker gets it anew. */
    private void editRefused(ClaimedMessage message, BotApiResult result, Instant now) {
        if (result.description() != null && result.description().contains("not modified")) {
            outbox.markSent(message.id(), now);
            meters.sent(message.priority());
            return;
        }
        ObjectNode payload = read(message.payload());
        payload.remove("message_id");
        outbox.replace(message.id(), NewMessage.SEND_MESSAGE, payload.toString(), now);
    }

    private String payload(ClaimedMessage message) {
        if (!settings.paidBroadcast() || !NewMessage.SEND_MESSAGE.equals(message.method())) {
            return message.payload();
        }
        return read(message.payload()).put("allow_paid_broadcast", true).toString();
    }

    private static ObjectNode read(String payload) {
        try {
            return (ObjectNode) JSON.readTree(payload);
        } catch (IOException e) {
            throw new IllegalStateException("An outbox payload is not a JSON object", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
