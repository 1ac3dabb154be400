package org.samvad.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.samvad.bot.conversation.Conversation.Stage;
import org.samvad.db.Language;
import org.samvad.db.Text;
import org.samvad.db.questionnaire.Condition;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireStatus;
import org.samvad.db.run.RunStatus;

/** Every question type, skip logic, /back, /skip, /status, the review, reminders and expiry. */
class QuestionnaireFlowTest {

    private final ConversationEngine engine = new ConversationEngine();
    private final TestAssets assets = new TestAssets(allTypes());

    static Questionnaire allTypes() {
        List<QuestionOption> training = List.of(new QuestionOption("booth", new Text("Booth management", "बूथ प्रबंधन")),
                new QuestionOption("media", new Text("Social media", "सोशल मीडिया")),
                new QuestionOption("contact", new Text("Public contact", "जन-संपर्क")));
        return new Questionnaire(5L, "all-types", 1, QuestionnaireStatus.PUBLISHED, new Text("All", "सब"),
                new Text("Intro", "परिचय"), new Text("Thanks", "धन्यवाद"), null, null, null, null, List.of(
                question("active", QuestionType.YES_NO, true, null, null, null, List.of()),
                question("how_many", QuestionType.NUMBER, true, 0, 100,
                        new Condition("active", List.of("yes"), null, null), List.of()),
                question("training", QuestionType.MULTIPLE_CHOICE, true, null, null, null, training),
                question("leader_rating", QuestionType.RATING, false, null, null, null, List.of()),
                question("leader", QuestionType.NOMINATION, false, null, null, null, List.of()),
                question("why", QuestionType.TEXT, true, null, null,
                        new Condition("leader_rating", null, null, 2), List.of())));
    }

    private static Question question(String key, QuestionType type, boolean required, Integer min, Integer max,
            Condition condition, List<QuestionOption> options) {
        return new Question(null, key, type, new Text("Q " + key, "प्र " + key), null, required, min, max, null,
                type == QuestionType.MULTIPLE_CHOICE ? 2 : null, condition, options);
    }

    @Test
    void asksAQuestionOnlyWhenItsConditionHolds() {
        Outcome outcome = run(started(), new Input.Typed("nahi"));

        assertThat(outcome.conversation().survey().position()).isEqualTo(2);
        assertThat(outcome.replies().get(0).text()).startsWith("प्रश्न 3/6\nप्र training");
    }

    @Test
    void ticksOptionsInPlaceAndTakesThemOnDone() {
        Outcome ticked = run(started(), new Input.Typed("no"), new Input.Press("tog:2:media"),
                new Input.Press("tog:2:booth"), new Input.Press("tog:2:media"));

        Reply reply = ticked.replies().get(0);
        assertThat(reply.replacesPressed()).isTrue();
        assertThat(reply.buttons()).extracting(row -> row.get(0).label())
                .containsExactly("☑ 1. बूथ प्रबंधन", "☐ 2. सोशल मीडिया", "☐ 3. जन-संपर्क", "हो गया ✓");

        Outcome done = run(ticked.conversation(), new Input.Press("done:2"));
        assertThat(done.conversation().survey().answers().get("training"))
                .isEqualTo(new AnswerValue.Choices(List.of("booth")));
    }

    @Test
    void takesTypedChoicesAndEnforcesTheirLimit() {
        Conversation atTraining = run(started(), new Input.Typed("no")).conversation();

        Outcome tooMany = run(atTraining, new Input.Typed("1, 2, 3"));
        assertThat(tooMany.replies().get(0).text()).isEqualTo("कृपया अधिकतम 2 विकल्प चुनें।");

        Outcome two = run(atTraining, new Input.Typed("3 और 1"));
        assertThat(two.conversation().survey().answers().get("training"))
                .isEqualTo(new AnswerValue.Choices(List.of("booth", "contact")));
    }

    @Test
    void readsRatingsFromStarsAndFractionsAndNominationsWithPhones() {
        Conversation atRating = run(started(), new Input.Typed("no"), new Input.Typed("1")).conversation();

        assertThat(run(atRating, new Input.Typed("⭐⭐⭐⭐")).conversation().survey().answers())
                .containsEntry("leader_rating", new AnswerValue.Number(4));
        Outcome fraction = run(atRating, new Input.Typed("4/5"), new Input.Typed("रमेश कुमार, +91 98765 43210"));
        assertThat(fraction.conversation().survey().answers()).containsEntry("leader",
                new AnswerValue.Nomination("रमेश कुमार", "9876543210"));
        Outcome withPhone = run(atRating, new Input.Typed("4/5"), new Input.Typed("रमेश कुमार 9876543210"));
        assertThat(withPhone.conversation().survey().answers()).containsEntry("leader",
                new AnswerValue.Nomination("रमेश कुमार", "9876543210"));
    }

    @Test
    void skipsOnlyOptionalQuestions() {
        Conversation atTraining = run(started(), new Input.Typed("no")).conversation();
        Outcome refused = run(atTraining, new Input.Command("skip"));
        assertThat(refused.replies().get(0).text()).isEqualTo("यह प्रश्न छोड़ा नहीं जा सकता।");

        Outcome skipped = run(atTraining, new Input.Typed("1"), new Input.Command("skip"), new Input.Command("skip"));
        assertThat(skipped.conversation().stage()).isEqualTo(Stage.REVIEW);
        assertThat(skipped.conversation().survey().skipped()).containsExactlyInAnyOrder("leader_rating", "leader");
        assertThat(skipped.replies().get(0).text()).contains("4. प्र leader_rating\n   → (छोड़ा गया)");
    }

    @Test
    void goingBackAndChangingAnAnswerDropsAnswersNowSkipped() {
        Conversation answered = run(started(), new Input.Typed("yes"), new Input.Typed("12"), new Input.Typed("1"))
                .conversation();
        assertThat(answered.survey().answers()).containsKey("how_many");

        Outcome back = run(answered, new Input.Command("back"), new Input.Command("back"));
        assertThat(back.conversation().survey().position()).isEqualTo(1);
        back = run(back.conversation(), new Input.Command("back"));
        assertThat(back.conversation().survey().position()).isZero();
        assertThat(back.replies().get(0).text()).endsWith("आपका अभी का उत्तर: हाँ");

        Outcome changed = run(back.conversation(), new Input.Press("ans:0:no"));
        assertThat(changed.conversation().survey().answers()).containsOnlyKeys("active", "training");
        assertThat(changed.conversation().survey().position()).isEqualTo(3);
    }

    @Test
    void reviewsThenChangesOneAnswerAndConfirms() {
        Conversation review = run(started(), new Input.Typed("no"), new Input.Typed("1"), new Input.Typed("5"),
                new Input.Typed("Sita")).conversation();
        assertThat(review.stage()).isEqualTo(Stage.REVIEW);

        Outcome menu = run(review, new Input.Press("change"));
        assertThat(menu.replies().get(0).buttons()).extracting(row -> row.get(0).data())
                .containsExactly("edit:0", "edit:2", "edit:3", "edit:4");
        Outcome lowRating = run(menu.conversation(), new Input.Press("edit:3"), new Input.Press("ans:3:1"));
        assertThat(lowRating.conversation().survey().position()).as("the follow-up now applies").isEqualTo(5);

        Outcome done = run(lowRating.conversation(), new Input.Typed("काम नहीं करते"), new Input.Press("confirm"));
        assertThat(done.conversation().survey().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(done.conversation().survey().answers()).containsEntry("leader_rating", new AnswerValue.Number(1))
                .containsEntry("why", new AnswerValue.Text("काम नहीं करते"));
        assertThat(done.replies()).extracting(Reply::text).containsExactly("धन्यवाद");
    }

    @Test
    void statusSaysWhatIsPending() {
        Outcome status = run(started(), new Input.Typed("yes"), new Input.Command("status"));

        assertThat(status.replies().get(0).text()).isEqualTo("आपने 5 में से 1 प्रश्नों के उत्तर दिए हैं; 4 बाकी हैं।");
    }

    @Test
    void remindsOnceMidQuestionnaireAndExpiresKeepingAnswers() {
        Conversation midway = run(started(), new Input.Typed("yes")).conversation();

        Outcome reminder = run(midway, new Input.Reminder());
        assertThat(reminder.conversation()).isEqualTo(midway);
        assertThat(reminder.replies().get(0).text()).startsWith("याद दिलाना:");
        assertThat(reminder.replies().get(1).text()).startsWith("प्रश्न 2/6");

        Outcome expired = run(midway, new Input.Expiry());
        assertThat(expired.conversation().survey().status()).isEqualTo(RunStatus.EXPIRED);
        assertThat(expired.conversation().survey().answers()).containsKey("active");
        assertThat(run(expired.conversation(), new Input.Typed("12")).replies().get(0).text())
                .startsWith("इस प्रश्नावली का समय समाप्त हो गया है");
        assertThat(run(expired.conversation(), new Input.Reminder()).replies()).isEmpty();
    }

    @Test
    void switchesLanguageMidQuestionnaireKeepingTicks() {
        Conversation ticking = run(started(), new Input.Typed("no"), new Input.Press("tog:2:contact")).conversation();

        Outcome english = run(ticking, new Input.Command("lang"), new Input.Press("lang:en"));

        assertThat(english.conversation().survey().selection()).isEqualTo(Set.of("contact"));
        assertThat(english.replies().get(0).buttons().get(2).get(0).label()).isEqualTo("☑ 3. Public contact");
    }

    private Conversation started() {
        return run(new Conversation(true, Language.HI, "रमेश", "BR-KAI-203-001", true, null), new Input.Command("start"))
                .conversation();
    }

    private Outcome run(Conversation start, Input... inputs) {
        Outcome outcome = new Outcome(start, List.of());
        for (Input input : inputs) {
            outcome = engine.handle(outcome.conversation(), input, assets);
        }
        return outcome;
    }
}
