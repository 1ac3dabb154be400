package org.samvad.bench.scale;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.run.QuestionnaireRunRepository;
import org.samvad.db.update.ProcessedUpdates;
import org.samvad.db.worker.WorkerRepository;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers arriving at a steady rate through the bot's storing path, in a JVM of their
 * own, as the bot runs beside the admin API in production: the bot's allocations and
 * garbage collections then stop only this process, not the admin API whose latency is
 * measured. Started by {@link AnswerLoad}; arguments: the JDBC URL, the questionnaire's
 * slug, answers a second, threads, the first update id and a file of Telegram user ids
 * (one a line). Prints {@code stored N failed M} lines and stops when its standard input
 * closes.
 */
public final class AnswerLoadMain {

    private AnswerLoadMain() {
    }

    /** The database module as the bot uses it: datasource, Flyway, repositories; no folding here. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Storing {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String slug = args[1];
        int rate = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        long firstUpdateId = Long.parseLong(args[4]);
        List<Long> workers = Files.readAllLines(Path.of(args[5])).stream().map(Long::valueOf).toList();
        try (ConfigurableApplicationContext database = new SpringApplicationBuilder(Storing.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.hikari.maximum-pool-size=" + (threads + 2),
                        "--samvad.rollups.folding=false", "--logging.level.root=WARN")) {
            Questionnaire questionnaire = database.getBean(QuestionnaireRepository.class).findLatestPublished(slug)
                    .orElseThrow();
            AnswerTraffic traffic = new AnswerTraffic(
                    new TransactionTemplate(database.getBean(PlatformTransactionManager.class)),
                    database.getBean(WorkerRepository.class), database.getBean(QuestionnaireRunRepository.class),
                    database.getBean(ProcessedUpdates.class), questionnaire, workers, firstUpdateId);
            Thread load = new Thread(() -> {
                try {
                    traffic.run(threads, rate, Long.MAX_VALUE / 2_000_000L);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "answer-load");
            load.start();
            Thread reporter = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    System.out.println("stored " + traffic.stored() + " failed " + traffic.failed());
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "answer-load-report");
            reporter.setDaemon(true);
            reporter.start();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                while (in.readLine() != null) {
                    // until the harness closes our standard input
                }
            }
            traffic.stop();
            load.join();
            reporter.interrupt();
            System.out.println("stored " + traffic.stored() + " failed " + traffic.failed());
            System.out.println("done");
        }
        System.exit(0);
    }
}
