package org.samvad.bench;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Simulated workers at a fixed offered rate: each of {@code workers} registered workers
 * sends {@code /start} and then one number answer to each of the {@value #ANSWERS}
 * questions. Messages go out round-robin over the workers, so one worker's messages are
 * {@code workers / rate} seconds apart, like people reading the next question. A sender
 * pool delivers them; the time from a message's due time to its acknowledgement is kept.
 */
final class PacedLoad {

    static final int ANSWERS = 10;
    static final int MESSAGES = ANSWERS + 1;

    /** Where a message goes: the webhook of some instance, or the queue getUpdates serves. */
    interface Sink {
        void send(long worker, String update) throws Exception;
    }

    /**
     * @param sent messages sent
     * @param failed messages whose delivery threw
     * @param seconds from the first due time until the last acknowledgement
     * @param ackNanos each message's time from due to acknowledged, sorted
     */
    record Result(int sent, int failed, double seconds, long[] ackNanos) {

        double ackPercentileMillis(double q) {
            return ackNanos.length == 0 ? Double.NaN
                    : ackNanos[Math.min(ackNanos.length - 1, (int) Math.ceil(q * ackNanos.length) - 1)] / 1e6;
        }
    }

    private PacedLoad() {
    }

    static Result run(long firstWorker, int workers, long firstUpdateId, double rate, int senders, Sink sink)
            throws InterruptedException {
        int total = workers * MESSAGES;
        long[] ack = new long[total];
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(senders, ThreadCpu.loadThreads("sender"));
        long start = System.nanoTime() + 10_000_000;
        for (int s = 0; s < total; s++) {
            int message = s / workers;
            long worker = firstWorker + s % workers;
            long due = start + (long) (s * 1e9 / rate);
            String update = update(firstUpdateId + s, worker, message == 0 ? "/start" : Integer.toString(answer(message)));
            int slot = s;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            pool.execute(() -> {
                try {
                    sink.send(worker, update);
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
                ack[slot] = System.nanoTime() - due;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(ack);
        return new Result(total, failed.get(), seconds, ack);
    }

    /** The number a worker answers to question {@code n}. */
    static int answer(int n) {
        return n * 7;
    }

    private static String update(long updateId, long worker, String text) {
        String entities = text.startsWith("/") ? ",\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":"
                + text.length() + "}]" : "";
        return ("{\"update_id\":%d,\"message\":{\"message_id\":%d,\"date\":%d,"
                + "\"chat\":{\"id\":%d,\"type\":\"private\",\"first_name\":\"Worker\"},"
                + "\"from\":{\"id\":%d,\"is_bot\":false,\"first_name\":\"Worker\"},\"text\":\"%s\"%s}}")
                .formatted(updateId, updateId, System.currentTimeMillis() / 1000, worker, worker, text, entities);
    }
}
