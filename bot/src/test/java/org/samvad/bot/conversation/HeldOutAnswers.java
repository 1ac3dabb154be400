package org.samvad.bot.conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.samvad.db.Text;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.QuestionType;

/**
 * The held-out labelled answers under {@code understanding/} (one TSV per question type:
 * input, then the expected answer or UNCLEAR) and the question each type is read against.
 */
final class HeldOutAnswers {

    static final String UNCLEAR = "UNCLEAR";
    static final List<String> TYPES = List.of("yes_no", "number", "rating", "choice");

    static final Map<String, Question> QUESTIONS = Map.of(
            "yes_no", question("committee_active", QuestionType.YES_NO, null, null, List.of()),
            "number", question("active_workers", QuestionType.NUMBER, 0, 1000, List.of()),
            "rating", question("training_quality", QuestionType.RATING, 1, 5, List.of()),
            "choice", question("training_needed", QuestionType.MULTIPLE_CHOICE, null, null, List.of(
                    option("booth_management", "Booth management", "बूथ प्रबंधन"),
                    option("public_contact", "Public contact", "जन-संपर्क"),
                    option("social_media", "Social media", "सोशल मीडिया"),
                    option("training", "Training", "प्रशिक्षण"),
                    option("public_dialogue", "Public dialogue", "जन-संवाद"),
                    option("booth_committee", "Booth committee", "बूथ समिति"))));

    /** One labelled answer. */
    record Case(String input, String expected) {
    }

    private HeldOutAnswers() {
    }

    static List<Case> cases(String type) {
        try (InputStream in = HeldOutAnswers.class.getResourceAsStream("/understanding/" + type + ".tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1)).map(f -> new Case(f[0], f[1].strip())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer as the TSV writes it: yes, 12, booth_management,social_media, or UNCLEAR. */
    static String written(Question question, String input) {
        return Understanding.understand(question, input).map(HeldOutAnswers::written).orElse(UNCLEAR);
    }

    private static String written(AnswerValue value) {
        if (value instanceof AnswerValue.Choice choice) {
            return choice.optionKey();
        }
        if (value instanceof AnswerValue.Choices choices) {
            return String.join(",", choices.optionKeys());
        }
        return value instanceof AnswerValue.Number number ? Integer.toString(number.value()) : value.toString();
    }

    static String describe(Map<String, double[]> accuracy) {
        return TYPES.stream().map(t -> String.format(java.util.Locale.ROOT, "%s %.3f (%d/%d)", t,
                accuracy.get(t)[0] / accuracy.get(t)[1], (long) accuracy.get(t)[0], (long) accuracy.get(t)[1]))
                .collect(Collectors.joining(", ", "Understanding accuracy on held-out answers: ", ""));
    }

    private static Question question(String key, QuestionType type, Integer min, Integer max,
            List<QuestionOption> options) {
        return new Question(null, key, type, new Text(key, key), null, true, min, max, null, null, null, options);
    }

    private static QuestionOption option(String key, String en, String hi) {
        return new QuestionOption(key, new Text(en, hi));
    }
}
