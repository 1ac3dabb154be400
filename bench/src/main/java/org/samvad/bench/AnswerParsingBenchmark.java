package org.samvad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.samvad.bot.conversation.AnswerValue;
import org.samvad.bot.conversation.Understanding;
import org.samvad.db.Text;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.QuestionType;

/**
 * Reading one typed answer: one operation is one {@link Understanding#understand} call on
 * the next of the held-out answers of one question type (read once from
 * {@code bot/src/test/resources/understanding/TYPE.tsv}), so JMH's sample times are
 * parse times per answer.
 */
@State(Scope.Thread)
public class AnswerParsingBenchmark {

    static final Map<String, Question> QUESTIONS = Map.of(
            "yes_no", question(QuestionType.YES_NO, null, null, List.of()),
            "number", question(QuestionType.NUMBER, 0, 1000, List.of()),
            "rating", question(QuestionType.RATING, 1, 5, List.of()),
            "choice", question(QuestionType.MULTIPLE_CHOICE, null, null, List.of(
                    option("booth_management", "Booth management", "बूथ प्रबंधन"),
                    option("public_contact", "Public contact", "जन-संपर्क"),
                    option("social_media", "Social media", "सोशल मीडिया"),
                    option("training", "Training", "प्रशिक्षण"),
                    option("public_dialogue", "Public dialogue", "जन-संवाद"),
                    option("booth_committee", "Booth committee", "बूथ समिति"))));

    @Param({"yes_no", "number", "rating", "choice"})
    public String type;

    /** The folder of the held-out TSV files. */
    @Param("bot/src/test/resources/understanding")
    public String folder;

    private Question question;
    private String[] inputs;
    private int next;

    @Setup
    public void load() {
        question = QUESTIONS.get(type);
        inputs = inputs(Path.of(folder), type).toArray(String[]::new);
    }

    @Benchmark
    public Optional<AnswerValue> parse() {
        String typed = inputs[next];
        next = next + 1 == inputs.length ? 0 : next + 1;
        return Understanding.understand(question, typed);
    }

    static List<String> inputs(Path folder, String type) {
        try {
            return Files.readAllLines(folder.resolve(type + ".tsv"), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)[0]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Question question(QuestionType type, Integer min, Integer max, List<QuestionOption> options) {
        return new Question(null, "q", type, new Text("q", "q"), null, true, min, max, null, null, null, options);
    }

    private static QuestionOption option(String key, String en, String hi) {
        return new QuestionOption(key, new Text(en, hi));
    }
}
