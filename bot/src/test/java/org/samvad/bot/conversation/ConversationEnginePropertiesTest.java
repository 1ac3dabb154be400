package org.samvad.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.samvad.db.Language;
import org.samvad.db.Text;
import org.samvad.db.questionnaire.Condition;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireStatus;
import org.samvad.db.run.RunStatus;

/**
 * Random valid questionnaires and random input sequences (answers valid and not,
 * buttons current and stale, commands, junk, very long text, timers, admission and
 * /forget): the engine never throws and its state always makes sense; a stranger never
 * gets a question.
 */
class ConversationEnginePropertiesTest {

    private final ConversationEngine engine = new ConversationEngine();

    @Property(tries = 1000)
    void theEngineNeverThrowsAndItsStateAlwaysHolds(@ForAll("questionnaires") Questionnaire questionnaire,
            @ForAll("inputs") List<Input> inputs) {
        TestAssets assets = new TestAssets(questionnaire);
        Conversation conversation = new Conversation(true, Language.HI, "रमेश", "BR-KAI-203-001", true, null);
        conversation = engine.handle(conversation, new Input.Command("start"), assets).conversation();
        for (Input input : inputs) {
            Outcome outcome = engine.handle(conversation, input, assets);
            boolean timer = input instanceof Input.Reminder || input instanceof Input.Expiry;
            assertThat(outcome.replies().isEmpty()).as("only a timer may pass in silence").isEqualTo(
                    timer && outcome.replies().isEmpty());
            assertThat(outcome.replies()).allSatisfy(r -> assertThat(r.text()).isNotBlank());
            conversation = outcome.conversation();
            assertHolds(questionnaire, conversation.survey());
        }
        Statistics.label("stage at the end").collect(conversation.stage());
    }

    @Property(tries = 500)
    void aStrangerIsNeverAskedAQuestionWhateverTheySend(@ForAll("questionnaires") Questionnaire questionnaire,
            @ForAll("inputs") List<Input> inputs) {
        TestAssets assets = new TestAssets(questionnaire);
        Conversation conversation = Conversation.empty();
        for (Input input : inputs.stream().filter(i -> !(i instanceof Input.Admitted)).toList()) {
            Outcome outcome = engine.handle(conversation, input, assets);
            conversation = outcome.conversation();
            assertThat(conversation.stage()).isEqualTo(Conversation.Stage.ADMISSION);
            assertThat(conversation.survey()).isNull();
            assertThat(outcome.replies()).extracting(Reply::text)
                    .noneMatch(text -> text.startsWith("प्रश्न") || text.startsWith("Question"));
        }
    }

    private static void assertHolds(Questionnaire questionnaire, Survey survey) {
        assertThat(survey).isNotNull();
        survey.answers().keySet().forEach(key -> {
            Question question = questionnaire.question(key).orElseThrow();
            assertThat(Path.onPath(question, survey.answers())).as("answer to %s stays only on the path", key)
                    .isTrue();
        });
        if (survey.status() == RunStatus.IN_PROGRESS && !survey.confirming()) {
            Question waiting = questionnaire.questionAt(survey.position()).orElseThrow();
            assertThat(Path.onPath(waiting, survey.answers())).as("waits on a question on the path").isTrue();
        }
        if (survey.confirming() || survey.status() == RunStatus.COMPLETED) {
            assertThat(Path.next(questionnaire, survey)).as("nothing left to ask").isEmpty();
            questionnaire.questions().stream()
                    .filter(q -> q.required() && Path.onPath(q, survey.answers()))
                    .forEach(q -> assertThat(survey.answers()).as("required %s answered", q.key())
                            .containsKey(q.key()));
        }
    }

    @Provide
    Arbitrary<Questionnaire> questionnaires() {
        return Arbitraries.integers().between(1, 7).flatMap(size -> {
            Arbitrary<List<Question>> questions = Arbitraries.just(List.<Question>of());
            for (int i = 0; i < size; i++) {
                int index = i;
                questions = questions.flatMap(earlier -> question(index, earlier).map(q -> {
                    List<Question> more = new ArrayList<>(earlier);
                    more.add(q);
                    return more;
                }));
            }
            return questions.map(qs -> new Questionnaire(9L, "random", 1, QuestionnaireStatus.PUBLISHED,
                    new Text("T", "शी"), new Text("Intro", "परिचय"), new Text("Bye", "धन्यवाद"), null, null, null,
                    null, qs));
        });
    }

    private Arbitrary<Question> question(int index, List<Question> earlier) {
        Arbitrary<QuestionType> type = Arbitraries.of(QuestionType.class);
        Arbitrary<Boolean> required = Arbitraries.of(true, true, false);
        Arbitrary<Integer> options = Arbitraries.integers().between(2, 4);
        Arbitrary<Condition> condition = earlier.isEmpty() ? Arbitraries.just(null)
                : Arbitraries.of(earlier).flatMap(this::conditionOn).injectNull(0.5);
        return Combinators.combine(type, required, options, condition).as((t, r, n, c) -> {
            List<QuestionOption> opts = t.hasOptions() ? optionList(n) : List.of();
            return new Question(null, "q" + index, t, new Text("Question " + index, "प्रश्न " + index), null, r,
                    t == QuestionType.NUMBER ? 0 : null, t == QuestionType.NUMBER ? 50 : null,
                    t == QuestionType.TEXT ? 30 : null, t == QuestionType.MULTIPLE_CHOICE ? 2 : null, c, opts);
        });
    }

    private Arbitrary<Condition> conditionOn(Question earlier) {
        List<String> keys = earlier.choices().stream().map(QuestionOption::key).toList();
        if (!keys.isEmpty()) {
            return Arbitraries.of(keys).list().ofMinSize(1).ofMaxSize(2).uniqueElements()
                    .map(anyOf -> new Condition(earlier.key(), anyOf, null, null));
        }
        if (earlier.type() == QuestionType.NUMBER) {
            return Arbitraries.integers().between(0, 50).map(n -> new Condition(earlier.key(), null, n, null));
        }
        return Arbitraries.just(null);
    }

    private static List<QuestionOption> optionList(int n) {
        List<QuestionOption> options = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            options.add(new QuestionOption("o" + i, new Text("Option " + i, "विकल्प " + i)));
        }
        return options;
    }

    @Provide
    Arbitrary<List<Input>> inputs() {
        Arbitrary<Input> typed = Arbitraries.oneOf(
                Arbitraries.of("1", "2", "3", "1, 2", "2 3", "yes", "no", "हाँ", "नहीं", "haan", "nahi", "१२", "7",
                        "49", "51", "-3", "4/5", "⭐⭐⭐", "Option 1", "विकल्प 2", "रमेश कुमार 9876543210",
                        "Sita", "", "   ", "👍", "confirm", "change", "2").map(Input.Typed::new),
                Arbitraries.strings().ofMaxLength(40).map(Input.Typed::new),
                Arbitraries.just(new Input.Typed("स".repeat(5000))));
        Arbitrary<Input> press = Combinators.combine(
                Arbitraries.of("ans:", "tog:", "done:", "edit:", "loc:", "lang:"),
                Arbitraries.integers().between(-1, 8),
                Arbitraries.of("yes", "no", "o0", "o1", "o3", "1", "5", "x", "hi"))
                .as((prefix, i, key) -> (Input) new Input.Press(prefix + i + ":" + key));
        Arbitrary<Input> special = Arbitraries.of(new Input.Press("confirm"), new Input.Press("change"),
                new Input.Press("lang:hi"), new Input.Press("lang:en"), new Input.Press(""), new Input.Press("edit:0"),
                new Input.Press("done:0"), new Input.Command("back"), new Input.Command("skip"),
                new Input.Command("status"), new Input.Command("lang"), new Input.Command("help"),
                new Input.Command("start"), new Input.Command("survey"), new Input.Unreadable("sticker"),
                new Input.Edit(), new Input.Reminder(), new Input.Expiry(), new Input.Throttled(),
                new Input.Command("forget"), new Input.Press("forget:no"), new Input.Press("forget:x"),
                new Input.Command("start", "AbCdEf123"), new Input.SharedContact("9876543210", true),
                new Input.Admitted("BR-KAI-205-001", "सीता"), new Input.Refused(Input.Refused.Reason.NOT_ON_ROSTER));
        return Arbitraries.frequencyOf(Tuple.of(5, typed), Tuple.of(4, press), Tuple.of(3, special))
                .list().ofMinSize(1).ofMaxSize(40);
    }
}
