package org.samvad.bench.scale;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.samvad.db.Language;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.run.Answer;
import org.samvad.db.run.QuestionnaireRun;
import org.samvad.db.run.QuestionnaireRunRepository;
import org.samvad.db.run.RunProgress;
import org.samvad.db.run.RunStatus;
import org.samvad.db.update.ProcessedUpdates;
import org.samvad.db.worker.Worker;
import org.samvad.db.worker.WorkerRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Workers answering the sample questionnaire through the storing path the bot uses
 * ({@code Chats.store}): in one transaction per answer the update id is claimed, the
 * worker (by Telegram user id, as a message names them) and their run in progress are
 * read, the run advances by one answer, and what changed is stored: the run's row and
 * the one answer, and the worker only if changed.
 * Each thread owns its workers, so a worker's answers come one at a time, in order.
 */
final class AnswerTraffic {

    private static final String[] KEYS = {"committee_active", "active_workers", "training_needed",
        "youth_taking_part", "women_taking_part", "sc_st_taking_part", "obc_taking_part", "minorities_taking_part",
        "suggestion"};
    private static final String[] TRAINING = {"booth_management", "voter_list", "public_contact", "social_media",
        "none"};
    private static final String[] THEMES = {"roads", "water", "electricity", "jobs", "health"};

    private final TransactionTemplate transactions;
    private final WorkerRepository workers;
    private final QuestionnaireRunRepository runs;
    private final ProcessedUpdates updates;
    private final Questionnaire questionnaire;
    private final Deque<Long> freeWorkers;
    private final AtomicLong updateIds;
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Clock clock = Clock.systemUTC();
    private volatile boolean stopped;
    private final List<Long> taken = new ArrayList<>();
    private boolean ranOut;

    AnswerTraffic(TransactionTemplate transactions, WorkerRepository workers, QuestionnaireRunRepository runs,
            ProcessedUpdates updates, Questionnaire questionnaire, List<Long> telegramUserIds, long firstUpdateId) {
        this.transactions = transactions;
        this.workers = workers;
        this.runs = runs;
        this.updates = updates;
        this.questionnaire = questionnaire;
        this.freeWorkers = new ArrayDeque<>(telegramUserIds);
        this.updateIds = new AtomicLong(firstUpdateId);
    }

    long stored() {
        return stored.get();
    }

    long failed() {
        return failed.get();
    }

    long nextUpdateId() {
        return updateIds.get();
    }

    /** Makes a running {@link #run} return soon. */
    void stop() {
        stopped = true;
    }

    /**
     * Runs {@code threads} threads for the given time, together storing at most
     * {@code ratePerSecond} answers a second (0: as fast as they can).
     *
     * @return answers stored
     */
    long run(int threads, int ratePerSecond, long millis) throws InterruptedException {
        long before = stored.get();
        long start = System.nanoTime();
        long end = start + millis * 1_000_000L;
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            double perThread = ratePerSecond / (double) threads;
            Thread thread = new Thread(() -> loop(perThread, start, end), "answers-" + t);
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
        return stored.get() - before;
    }

    private void loop(double perSecond, long start, long end) {
        List<long[]> mine = new ArrayList<>();
        long done = 0;
        while (System.nanoTime() < end && !stopped) {
            if (perSecond > 0) {
                long due = start + (long) (done / perSecond * 1e9);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                    continue;
                }
            }
            if (mine.size() < 40) {
                Long id = take();
                if (id == null) {
                    return;
                }
                mine.add(new long[] {id, 0});
            }
            long[] worker = mine.get(ThreadLocalRandom.current().nextInt(mine.size()));
            try {
                answer(worker[0], (int) worker[1]);
                stored.incrementAndGet();
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                mine.remove(worker);
                continue;
            }
            worker[1]++;
            if (worker[1] == KEYS.length) {
                mine.remove(worker);
            }
            done++;
        }
    }

    /** Whether a thread found no fresh worker left: the traffic then stopped before its time. */
    synchronized boolean ranOut() {
        return ranOut;
    }

    private synchronized Long take() {
        Long id = freeWorkers.pollFirst();
        ranOut |= id == null;
        if (id != null) {
            taken.add(id);
        }
        return id;
    }

    /** The Telegram user ids of the workers who have answered (or tried to). */
    synchronized Long[] touchedWorkers() {
        return taken.toArray(Long[]::new);
    }

    /** The worker's answer to question {@code position}; the last one also confirms the run. */
    private void answer(long telegramUserId, int position) {
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            updates.claim(updateIds.getAndIncrement(), now);
            Worker worker = workers.findByTelegramUserId(telegramUserId).orElseThrow();
            QuestionnaireRun run = runs.findInProgress(worker.getId())
                    .orElseGet(() -> QuestionnaireRun.start(worker, questionnaire, now));
            Map<String, Answer> answers = new HashMap<>(run.getAnswers());
            answers.put(KEYS[position], value(position, now));
            boolean last = position == KEYS.length - 1;
            run.advance(answers, new RunProgress(position + 1, Set.of(), Set.of(), false,
                    last ? RunStatus.COMPLETED : RunStatus.IN_PROGRESS), now);
            runs.saveChanges(run);
            worker.update(Language.HI, worker.getName(), worker.getLocationCode(), worker.getChatId(), now);
            if (worker.hasChanges()) {
                workers.save(worker);
            }
        });
    }

    private static Answer value(int position, Instant now) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        switch (KEYS[position]) {
            case "active_workers":
                return Answer.number(random.nextInt(40), now);
            case "training_needed":
                return Answer.option(TRAINING[random.nextInt(TRAINING.length)], now);
            case "suggestion":
                return Answer.text("सड़क और पानी", now).readAs("hi", "NEGATIVE",
                        List.of(THEMES[random.nextInt(THEMES.length)]), List.of("सड़क", "और", "पानी"),
                        List.of("सड़क", "पानी"));
            default:
                return Answer.option(random.nextInt(3) == 0 ? "no" : "yes", now);
        }
    }
}
