package org.samvad.admin.summary;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.samvad.db.Language;
import org.samvad.db.Text;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.rollup.Rollups;
import org.samvad.db.run.Answer;
import org.samvad.db.run.QuestionnaireRun;
import org.samvad.db.run.QuestionnaireRunRepository;
import org.samvad.db.run.RunProgress;
import org.samvad.db.run.RunStatus;
import org.samvad.db.worker.Profile;
import org.samvad.db.worker.Worker;
import org.samvad.db.worker.WorkerRepository;

/**
 * The answers the summary tests read, stored through the aggregates (so the roll-ups'
 * triggers see them) and folded. Version 1 of the sample questionnaire in assembly
 * 203: booth 001 six respondents (all completed, five of them young women), booth 002
 * two (in progress), booth 003 seven (completed); booth 004 six on a second version
 * (five nominate the same person); a worker at 205-001 who has not answered.
 */
final class KaimurAnswers {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final Profile YOUNG_WOMAN = new Profile("18-35", "FEMALE", null, null);

    private final WorkerRepository workers;
    private final QuestionnaireRunRepository runs;
    private final QuestionnaireRepository questionnaires;
    private final LocationRepository locations;
    private final AtomicLong ids = new AtomicLong(1000);

    KaimurAnswers(WorkerRepository workers, QuestionnaireRunRepository runs, QuestionnaireRepository questionnaires,
            LocationRepository locations) {
        this.workers = workers;
        this.runs = runs;
        this.questionnaires = questionnaires;
        this.locations = locations;
    }

    /** Stores the answers once per database (the test classes that read them share one), and folds. */
    void store(Rollups rollups) {
        if (questionnaires.findBySlug("sangathan-srijan").size() > 1) {
            return;
        }
        Questionnaire first = questionnaires.findLatestPublished("sangathan-srijan").orElseThrow();
        int[] numbers = {10, 4, 6, 8, 12, 2};
        for (int i = 0; i < 6; i++) {
            Map<String, Answer> answers = new HashMap<>(Map.of(
                    "committee_active", Answer.option(i < 4 ? "yes" : "no", NOW),
                    "active_workers", Answer.number(numbers[i], NOW),
                    "training_needed", Answer.option(i < 5 ? "public_contact" : "voter_list", NOW)));
            answers.put("suggestion", i < 5
                    ? Answer.text("गाँव की सड़क टूटी है", NOW).readAs("hi", "NEGATIVE", List.of("roads"),
                            List.of("गाँव", "की", "सड़क", "टूटी", "है"), List.of("गाँव", "सड़क", "टूटी"))
                    : Answer.text("More meetings please", NOW).readAs("en", "POSITIVE", List.of(),
                            List.of("more", "meetings", "please"), List.of("meetings")));
            answer("BR-KAI-203-001", first, answers, RunStatus.COMPLETED, i < 5 ? YOUNG_WOMAN : Profile.UNTOLD);
        }
        for (int i = 0; i < 2; i++) {
            answer("BR-KAI-203-002", first, Map.of("committee_active", Answer.option("yes", NOW)),
                    RunStatus.IN_PROGRESS, Profile.UNTOLD);
        }
        for (int i = 0; i < 7; i++) {
            answer("BR-KAI-203-003", first, Map.of("committee_active", Answer.option(i < 3 ? "yes" : "no", NOW)),
                    RunStatus.COMPLETED, Profile.UNTOLD);
        }
        Questionnaire second = questionnaires.save(secondVersion(first).publish(NOW));
        for (int i = 0; i < 6; i++) {
            answer("BR-KAI-203-004", second, Map.of("committee_active", Answer.option("yes", NOW),
                    "training_needed", Answer.options(List.of("voter_list", "public_contact"), NOW),
                    "leader_rating", Answer.number(i < 5 ? 4 : 2, NOW),
                    "leader", i < 5 ? Answer.nomination(i == 0 ? "Ramesh Kumar" : "रमेश कुमार", "9876543210", NOW)
                            .naming("rames kumar") : Answer.nomination("सुरेश", null, NOW).naming("sures")),
                    RunStatus.IN_PROGRESS, Profile.UNTOLD);
        }
        worker("BR-KAI-205-001", Profile.UNTOLD);
        rollups.foldPending();
    }

    private void answer(String booth, Questionnaire questionnaire, Map<String, Answer> answers, RunStatus status,
            Profile profile) {
        QuestionnaireRun run = QuestionnaireRun.start(worker(booth, profile), questionnaire, NOW);
        run.advance(answers, new RunProgress(answers.size(), Set.of(), Set.of(), false, status), NOW);
        runs.save(run);
    }

    private Worker worker(String booth, Profile profile) {
        long id = ids.incrementAndGet();
        Worker worker = Worker.newcomer(id, id, NOW);
        worker.update(Language.HI, "Worker " + id, null, id, NOW);
        worker.settleAt(locations.findById(booth).orElseThrow(), NOW);
        worker.tell(profile, NOW);
        return workers.save(worker);
    }

    private static Questionnaire secondVersion(Questionnaire first) {
        List<QuestionOption> training = first.question("training_needed").orElseThrow().options();
        return Questionnaire.draft("sangathan-srijan", 2, new Text("Second", "दूसरा"), new Text("i", "i"),
                new Text("c", "c"), null, List.of(
                        new Question(null, "committee_active", QuestionType.YES_NO, new Text("Active?", "सक्रिय?"),
                                null, true, null, null, null, null, null, List.of()),
                        new Question(null, "training_needed", QuestionType.MULTIPLE_CHOICE,
                                new Text("Training?", "प्रशिक्षण?"), null, true, null, null, null, null, null,
                                training.stream().map(o -> new QuestionOption(o.key(), o.label())).toList()),
                        new Question(null, "leader_rating", QuestionType.RATING, new Text("Rating?", "रेटिंग?"),
                                null, false, null, null, null, null, null, List.of()),
                        new Question(null, "leader", QuestionType.NOMINATION, new Text("Leader?", "नेता?"),
                                null, false, null, null, null, null, null, List.of())), NOW);
    }
}
