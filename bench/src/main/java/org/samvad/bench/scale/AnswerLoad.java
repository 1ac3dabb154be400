package org.samvad.bench.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * {@link AnswerLoadMain} in a child JVM, on the same class path: answers at a steady rate
 * from outside the harness's JVM, which runs the admin API. Closing it stops the load.
 */
final class AnswerLoad implements AutoCloseable {

    private final Process process;
    private final Path workersFile;
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Thread reader;
    private volatile boolean done;

    private AnswerLoad(Process process, Path workersFile) {
        this.process = process;
        this.workersFile = workersFile;
        this.reader = new Thread(this::read, "answer-load-output");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    static AnswerLoad start(String jdbcUrl, String slug, int rate, int threads, long firstUpdateId,
            List<Long> telegramUserIds) throws IOException {
        Path workers = Files.createTempFile("samvad-answer-load", ".txt");
        Files.writeString(workers, telegramUserIds.stream().map(String::valueOf).collect(Collectors.joining("\n")));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                AnswerLoadMain.class.getName(), jdbcUrl, slug, String.valueOf(rate), String.valueOf(threads),
                String.valueOf(firstUpdateId), workers.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new AnswerLoad(process, workers);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] words = line.split(" ");
                if (words.length == 4 && words[0].equals("stored")) {
                    stored.set(Long.parseLong(words[1]));
                    failed.set(Long.parseLong(words[3]));
                } else if (line.equals("done")) {
                    done = true;
                }
            }
        } catch (IOException e) {
            // the child ended; its last counts stay
        }
    }

    /** Answers stored so far, as last reported (five times a second). */
    long stored() {
        return stored.get();
    }

    long failed() {
        return failed.get();
    }

    /**
     * Waits until the child has stored its first answers.
     *
     * @throws IllegalStateException when it ended or stored nothing in time
     */
    void awaitStoring(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (stored() == 0) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("The answer load stored nothing"
                        + (process.isAlive() ? " in " + atMost.toSeconds() + " s" : " and ended"));
            }
            Thread.sleep(100);
        }
    }

    /** Whether the child is still storing answers. */
    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        reader.join(5000);
        Files.deleteIfExists(workersFile);
        if (!done) {
            throw new IllegalStateException("The answer load ended without finishing"
                    + (process.isAlive() ? "" : ", exit code " + process.exitValue()));
        }
    }
}
