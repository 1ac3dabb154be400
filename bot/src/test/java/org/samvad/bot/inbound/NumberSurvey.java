package org.samvad.bot.inbound;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.samvad.db.Language;
import org.samvad.db.Text;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.worker.JoinedVia;
import org.samvad.db.worker.Worker;
import org.samvad.db.worker.WorkerRepository;

/**
 * A questionnaire of number questions ({@code q1}, {@code q2} ...) and workers already
 * registered at a booth, so that each message a worker sends is one answer and the
 * stored answers show the order they were processed in.
 */
public final class NumberSurvey {

    /** The booth the workers are registered at. */
    public static final String BOOTH = "BR-KAI-205-001";

    private NumberSurvey() {
    }

    /** Publishes the questionnaire unless a version of it exists. */
    public static void publish(QuestionnaireRepository questionnaires, String slug, int questions) {
        if (!questionnaires.findBySlug(slug).isEmpty()) {
            return;
        }
        List<Question> numbers = IntStream.rangeClosed(1, questions)
                .mapToObj(i -> new Question(null, "q" + i, QuestionType.NUMBER, new Text("Number " + i, "संख्या " + i),
                        null, true, 0, 100_000, null, null, null, List.of()))
                .toList();
        questionnaires.save(Questionnaire.draft(slug, 1, new Text("Numbers", "संख्याएँ"), new Text("Numbers.", "संख्याएँ।"),
                new Text("Thank you!", "धन्यवाद!"), null, numbers, Instant.now()).publish(Instant.now()));
    }

    /** Stores a worker who joined by contact, speaks Hindi and is registered at {@link #BOOTH}. */
    public static void register(WorkerRepository workers, LocationRepository locations, long telegramUserId) {
        Instant now = Instant.now();
        Worker worker = Worker.newcomer(telegramUserId, telegramUserId, now);
        worker.admit(JoinedVia.CONTACT, null, "9" + String.format("%09d", telegramUserId % 1_000_000_000L), now);
        worker.update(Language.HI, "Worker", BOOTH, telegramUserId, now);
        worker.settleAt(locations.findById(BOOTH).orElseThrow(), now);
        workers.save(worker);
    }
}
