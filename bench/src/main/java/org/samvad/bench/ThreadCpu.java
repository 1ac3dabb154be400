package org.samvad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time of this JVM's threads by who they work for, so that a benchmark running the
 * bots, WireMock and its load generator in one JVM can tell the bots' share: WireMock's
 * Jetty threads ({@code qtp…}), the load generator's ({@value #LOAD_PREFIX}… and the JDK
 * HTTP client's), and the rest, which are the bots'. What no Java thread accounts for
 * (the JIT compilers, the garbage collector) is the process's CPU less all threads'. The
 * load generator's threads end with each step, so they add up their CPU as they end
 * ({@link #loadThreads}).
 */
final class ThreadCpu {

    static final String LOAD_PREFIX = "load-";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final LongAdder ENDED_LOAD_NANOS = new LongAdder();

    private final Map<Long, Long> nanosByThread;
    private final Map<Long, String> names;
    private final long endedLoadNanos;
    private final double processMillis;

    private ThreadCpu(Map<Long, Long> nanosByThread, Map<Long, String> names, long endedLoadNanos,
            double processMillis) {
        this.nanosByThread = nanosByThread;
        this.names = names;
        this.endedLoadNanos = endedLoadNanos;
        this.processMillis = processMillis;
    }

    /** Threads of the load generator, named {@value #LOAD_PREFIX}{@code name-n}, that count their CPU when they end. */
    static ThreadFactory loadThreads(String name) {
        AtomicInteger number = new AtomicInteger();
        return task -> new Thread(() -> {
            try {
                task.run();
            } finally {
                ENDED_LOAD_NANOS.add(THREADS.getCurrentThreadCpuTime());
            }
        }, LOAD_PREFIX + name + "-" + number.incrementAndGet());
    }

    /** CPU used so far by every live thread, and by the process. */
    static ThreadCpu now() {
        Map<Long, Long> nanos = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    nanos.put(info.getThreadId(), cpu);
                    names.put(info.getThreadId(), info.getThreadName());
                }
            }
        }
        return new ThreadCpu(nanos, names, ENDED_LOAD_NANOS.sum(), CpuTime.jvmMillis());
    }

    /** Milliseconds of CPU since {@code before}, by whom; of threads that ended in between, only the load generator's count. */
    Shares since(ThreadCpu before) {
        double harness = (endedLoadNanos - before.endedLoadNanos) / 1e6;
        double threads = harness;
        for (Map.Entry<Long, Long> thread : nanosByThread.entrySet()) {
            double millis = (thread.getValue() - before.nanosByThread.getOrDefault(thread.getKey(), 0L)) / 1e6;
            threads += millis;
            if (harness(names.get(thread.getKey()))) {
                harness += millis;
            }
        }
        return new Shares(threads - harness, harness, Math.max(0, processMillis - before.processMillis - threads));
    }

    private static boolean harness(String name) {
        return name.startsWith("qtp") || name.startsWith(LOAD_PREFIX) || name.startsWith("HttpClient-");
    }

    /**
     * @param bots the bots' threads (webhook, processing, outbox, polling, schedulers)
     * @param harness WireMock playing the Bot API, and the load generator
     * @param runtime the JIT compilers and the garbage collector
     */
    record Shares(double bots, double harness, double runtime) {
    }
}
