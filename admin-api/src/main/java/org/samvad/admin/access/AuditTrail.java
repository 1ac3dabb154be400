package org.samvad.admin.access;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.samvad.db.access.AuditEvent;
import org.samvad.db.access.AuditEventRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

/**
 * Writes the audit trail. An event is recorded before its request is checked or
 * answered (with the caller's token lookup, see {@link Callers}), so that nothing is
 * answered unrecorded. A refusal is recorded at once; the outcome of an answered request
 * is recorded just after the response, by one background thread, so that its round trip
 * is not part of the response time. Reading the trail waits for the outcomes of this
 * instance's earlier requests, and shutting down records those still waiting.
 */
@Service
class AuditTrail implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final AuditEventRepository events;
    /**
     * One thread, in order; when 10,000 outcomes wait, the request thread records its own.
     * The thread belongs to the application, not to the web server's class loader, so that
     * the server does not take it for a leak when it stops before this bean drains it.
     */
    private final ThreadPoolExecutor outcomes = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(10_000), runnable -> {
                Thread thread = new Thread(runnable, "audit-outcomes");
                thread.setDaemon(true);
                thread.setContextClassLoader(AuditTrail.class.getClassLoader());
                return thread;
            }, new ThreadPoolExecutor.CallerRunsPolicy());

    AuditTrail(AuditEventRepository events) {
        this.events = events;
    }

    /**
     * Records how a request ended, now.
     *
     * @param created what the request created (its {@code Location}); null when it created nothing
     */
    void end(AuditEvent event, int status, String created) {
        events.saveOutcome(created == null ? event.ended(status) : event.ended(status, "created=" + created));
    }

    /** Records how a request ended, just after its response. */
    void endSoon(AuditEvent event, int status, String created) {
        outcomes.execute(() -> {
            try {
                end(event, status, created);
            } catch (RuntimeException e) {
                log.error("Could not record the outcome of audit event {}", event.id(), e);
            }
        });
    }

    /** The newest events first, with the outcomes of this instance's earlier requests. */
    List<AuditEvent> recent(int limit) {
        try {
            outcomes.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Outcomes of earlier requests are still being recorded", e);
        }
        return events.findAllByOrderByIdDesc(Limit.of(limit));
    }

    @Override
    public void destroy() throws InterruptedException {
        outcomes.shutdown();
        if (!outcomes.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("{} audit outcomes were not recorded before shutdown", outcomes.getQueue().size());
        }
    }
}
