package org.samvad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of this JVM's threads by who they work for, so that a benchmark running the
 * bots, WireMock and its load generator in one JVM can tell the bots' share: WireMock's
 * Jetty threads ({@code qtp…}), the load generator's ({@value #LOAD_PREFIX}… and the JDK
 * HTTP client's), and the rest, which are the bots'. What no Java thread accounts for
 * (the JIT compilers, the garbage collector) is the process's CPU less all threads'.
 */
final class ThreadCpu {

    static final String LOAD_PREFIX = "load-";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> nanosByThread;
    private final Map<Long, String> names;
    private final double processMillis;

    private ThreadCpu(Map<Long, Long> nanosByThread, Map<Long, String> names, double processMillis) {
        this.nanosByThread = nanosByThread;
        this.names = names;
        this.processMillis = processMillis;
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
        return new ThreadCpu(nanos, names, CpuTime.jvmMillis());
    }

    /** Milliseconds of CPU since {@code before}, by whom; threads that ended in between are not counted. */
    Shares since(ThreadCpu before) {
        double harness = 0;
        double threads = 0;
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
