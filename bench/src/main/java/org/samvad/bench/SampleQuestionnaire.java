package org.samvad.bench;

import java.util.List;
import org.samvad.db.Text;
import org.samvad.db.questionnaire.Condition;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireStatus;

/**
 * A published nine-question booth questionnaire with every kind of question the
 * {@link Walk} answers: yes/no, a number asked only when the committee is active, single
 * and multiple choice, a rating, a nomination and free text. The db aggregates are
 * constructed in {@link #create()} and {@link #question} only, so a new field is one edit.
 */
final class SampleQuestionnaire {

    private SampleQuestionnaire() {
    }

    static Questionnaire create() {
        return new Questionnaire(1L, "bench", 1, QuestionnaireStatus.PUBLISHED,
                new Text("Booth review", "बूथ समीक्षा"),
                new Text("A few questions about your booth.", "आपके बूथ के बारे में कुछ प्रश्न।"),
                new Text("Thank you!", "धन्यवाद!"), null, null, null, null, questions());
    }

    private static List<Question> questions() {
        Condition whenActive = new Condition("committee_active", List.of("yes"), null, null);
        return List.of(
                question("committee_active", QuestionType.YES_NO, "Is the booth committee active?",
                        "क्या बूथ समिति सक्रिय है?", Limits.NONE, null),
                question("active_workers", QuestionType.NUMBER, "How many workers are active?",
                        "कितने कार्यकर्ता सक्रिय हैं?", Limits.range(0, 1000), whenActive),
                question("training_needed", QuestionType.SINGLE_CHOICE, "Which training is needed?",
                        "कौन सा प्रशिक्षण चाहिए?", Limits.NONE, null,
                        option("booth_management", "Booth management", "बूथ प्रबंधन"),
                        option("public_contact", "Public contact", "जन-संपर्क"),
                        option("social_media", "Social media", "सोशल मीडिया")),
                question("youth_join", QuestionType.YES_NO, "Are young people joining?", "क्या युवा जुड़ रहे हैं?",
                        Limits.NONE, null),
                question("morale", QuestionType.RATING, "How is morale?", "मनोबल कैसा है?", Limits.range(1, 5), null),
                question("groups", QuestionType.MULTIPLE_CHOICE, "Who takes part?", "कौन भाग लेते हैं?",
                        Limits.choices(5), null,
                        option("youth", "Youth", "युवा"), option("women", "Women", "महिलाएँ"),
                        option("sc_st", "SC/ST", "अनुसूचित जाति/जनजाति"), option("obc", "OBC", "पिछड़ा वर्ग"),
                        option("minority", "Minorities", "अल्पसंख्यक")),
                question("meeting_held", QuestionType.YES_NO, "Was there a meeting this month?",
                        "क्या इस महीने बैठक हुई?", Limits.NONE, null),
                question("leader", QuestionType.NOMINATION, "Who should lead the booth?", "बूथ का नेतृत्व कौन करे?",
                        Limits.length(100), null),
                question("suggestion", QuestionType.TEXT, "What do people in the village need?",
                        "गाँव के लोगों को क्या चाहिए?", Limits.length(500), null));
    }

    private static Question question(String key, QuestionType type, String en, String hi, Limits limits,
            Condition condition, QuestionOption... options) {
        return new Question(null, key, type, new Text(en, hi), null, true, limits.min(), limits.max(),
                limits.maxLength(), limits.maxChoices(), condition, List.of(options));
    }

    private static QuestionOption option(String key, String en, String hi) {
        return new QuestionOption(key, new Text(en, hi));
    }

    /** The bounds a question may carry; null where one does not apply. */
    private record Limits(Integer min, Integer max, Integer maxLength, Integer maxChoices) {

        static final Limits NONE = new Limits(null, null, null, null);

        static Limits range(int min, int max) {
            return new Limits(min, max, null, null);
        }

        static Limits length(int maxLength) {
            return new Limits(null, null, maxLength, null);
        }

        static Limits choices(int maxChoices) {
            return new Limits(null, null, null, maxChoices);
        }
    }
}
