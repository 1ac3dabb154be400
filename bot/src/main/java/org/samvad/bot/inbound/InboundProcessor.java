package org.samvad.bot.inbound;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.samvad.bot.inbound.InboundQueue.Waiting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Works through the recorded updates, each worker's one at a time and lowest
 * {@code update_id} first, on a small pool of threads. A transaction holds the worker's
 * lock while the update is handled in a transaction of its own (as {@code Chats} always
 * did, so replies go out after the answer is committed) and then removes the update: on
 * any number of instances a worker's updates never run at once, and an instance that
 * dies mid-update leaves the update recorded for the next (whose claim of the update id
 * then skips it if the answer was committed). Each thread uses two connections, so the
 * pool needs more than twice {@code threads}. An update that arrives after a newer one of
 * the same worker was processed is late: it is dropped, not processed out of order.
 *
 * <p>Logs carry update ids and exception class names only.
 */
public class InboundProcessor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);

    private final InboundQueue queue;
    private final TransactionTemplate transactions;
    private final TransactionTemplate outside;
    private final Consumer<Update> handler;
    private final InboundMetrics metrics;
    private final InboundSettings settings;
    private final Clock clock;
    private final ConcurrentHashMap<Long, Integer> wakes = new ConcurrentHashMap<>();
    private volatile ExecutorService workers;
    private volatile ScheduledExecutorService sweeper;

    public InboundProcessor(InboundQueue queue, TransactionTemplate transactions, Consumer<Update> handler,
            InboundMetrics metrics, InboundSettings settings, Clock clock) {
        this.queue = queue;
        this.transactions = transactions;
        this.outside = new TransactionTemplate(transactions.getTransactionManager());
        this.outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        this.handler = handler;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    /** Makes sure this worker's waiting updates get processed soon. */
    public void wake(long senderId) {
        ExecutorService pool = workers;
        if (pool != null && wakes.merge(senderId, 1, Integer::sum) == 1) {
            pool.execute(() -> drain(senderId));
        }
    }

    private void drain(long senderId) {
        while (true) {
            Integer seen = wakes.get(senderId);
            try {
                while (takeOne(senderId) == Next.MORE) {
                    // until the worker has nothing more waiting
                }
            } catch (RuntimeException e) {
                log.warn("Processing inbound updates paused for a worker: {}", e.getClass().getName());
            }
            if (wakes.remove(senderId, seen)) {
                return;
            }
        }
    }

    /**
     * Processes the worker's oldest waiting update on the calling thread.
     *
     * @return whether more of the worker's updates wait (as seen when this one was removed)
     */
    public Next takeOne(long senderId) {
        Taken taken = transactions.execute(status -> take(senderId));
        if (taken == null) {
            return Next.NONE;
        }
        metrics.processed(taken.outcome(), Duration.between(taken.update().receivedAt(), clock.instant()));
        return taken.more() ? Next.MORE : Next.NONE;
    }

    /** Whether a worker has more updates waiting. */
    public enum Next {
        MORE, NONE
    }

    private Taken take(long senderId) {
        Optional<Waiting> next = queue.next(senderId);
        if (next.isEmpty()) {
            return null;
        }
        Waiting update = next.get();
        if (update.late()) {
            queue.discard(update);
            log.info("Update {} arrived after a newer one of its worker was processed; dropped", update.updateId());
            return new Taken(update, "late", true);
        }
        String outcome = handle(update);
        return new Taken(update, outcome, queue.processed(update));
    }

    /** Handles an update in a transaction of its own; one that fails is not retried (as with long polling). */
    private String handle(Waiting update) {
        try {
            Update parsed = UpdateJson.read(update.payload());
            outside.executeWithoutResult(status -> handler.accept(parsed));
            return "handled";
        } catch (RuntimeException e) {
            log.error("Update {} failed: {}", update.updateId(), e.getClass().getName());
            return "failed";
        }
    }

    private void sweep() {
        try {
            queue.waitingSince(clock.instant().minus(settings.sweepInterval()), 1000).forEach(this::wake);
        } catch (RuntimeException e) {
            log.warn("Looking for waiting updates failed: {}", e.getClass().getName());
        }
    }

    @Override
    public void start() {
        AtomicInteger number = new AtomicInteger();
        workers = Executors.newFixedThreadPool(settings.threads(), task -> {
            Thread thread = new Thread(task, "inbound-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "inbound-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.sweepInterval().toMillis();
        sweeper.scheduleWithFixedDelay(this::sweep, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        sweeper.shutdownNow();
        ExecutorService pool = workers;
        workers = null;
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return workers != null;
    }

    private record Taken(Waiting update, String outcome, boolean more) {
    }
}
