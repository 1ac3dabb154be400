package org.samvad.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.samvad.db.Language;
import org.samvad.db.Text;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.QuestionType;

class AnswerUnderstandingTest {

    private static final Question CHOICE = HeldOutAnswers.QUESTIONS.get("choice");
    private static final Question SINGLE = new Question(null, "training_needed", QuestionType.SINGLE_CHOICE,
            new Text("Which?", "कौन सा?"), null, true, null, null, null, null, null, CHOICE.options());
    private static final Question LABELLED_RATING = new Question(null, "quality", QuestionType.RATING,
            new Text("How good?", "कैसा?"), null, true, 1, 3, null, null, null, List.of(
                    new QuestionOption("1", new Text("Poor", "खराब")),
                    new QuestionOption("2", new Text("Fair", "ठीक-ठाक")),
                    new QuestionOption("3", new Text("Very good", "बहुत अच्छा"))));

    @Test
    void asksWhichOneInTheWorkersLanguageWhenTwoOptionsFitEqually() {
        assertThat(AnswerReader.read(CHOICE, "booth", Language.EN)).isEqualTo(new AnswerReader.NotUnderstood(
                "Did you mean 1. Booth management or 6. Booth committee? Please type its number."));
        assertThat(AnswerReader.read(SINGLE, "जन", Language.HI)).isEqualTo(new AnswerReader.NotUnderstood(
                "क्या आपका मतलब 2. जन-संपर्क या 5. जन-संवाद है? कृपया उसकी संख्या लिखें।"));
    }

    @Test
    void matchesARomanizedDevanagariLabel() {
        assertThat(Folding.romanized("जन-संपर्क")).isEqualTo(Folding.key("jan sampark"));
        assertThat(Folding.romanized("बूथ प्रबंधन")).isEqualTo(Folding.key("booth prabandhan"));
        assertThat(Understanding.understand(SINGLE, "jan-sampark"))
                .contains(new AnswerValue.Choice("public_contact"));
    }

    @Test
    void readsSeveralOptionsOnlyWhereSeveralMayBeChosen() {
        assertThat(Understanding.understand(SINGLE, "1, 3")).isEmpty();
        assertThat(Understanding.understand(CHOICE, "jan sampark aur social media"))
                .contains(new AnswerValue.Choices(List.of("public_contact", "social_media")));
    }

    @Test
    void readsAPointByItsLabelOrNumber() {
        assertThat(Understanding.understand(LABELLED_RATING, "bahut accha")).contains(new AnswerValue.Number(3));
        assertThat(Understanding.understand(LABELLED_RATING, "खराब")).contains(new AnswerValue.Number(1));
        assertThat(Understanding.understand(LABELLED_RATING, "2/3")).contains(new AnswerValue.Number(2));
        assertThat(Understanding.understand(LABELLED_RATING, "4")).isEmpty();
    }

    @Test
    void reasksAnUnclearAnswerWithAnExampleOfWhatFits() {
        assertThat(AnswerReader.read(HeldOutAnswers.QUESTIONS.get("yes_no"), "theek hai", Language.HI))
                .isEqualTo(new AnswerReader.NotUnderstood(Phrases.YES_NO_UNCLEAR.hi()));
        assertThat(((AnswerReader.NotUnderstood) AnswerReader.read(SINGLE, "cricket", Language.EN)).problem())
                .contains("for example: 1 or Booth management");
        assertThat(Prompts.hint(HeldOutAnswers.QUESTIONS.get("rating"), Language.EN)).contains("for example 4");
    }

    @Test
    void readsEveryHindiNumberWordFromOneToAHundred() {
        String[] words = {"एक", "दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ", "दस", "ग्यारह", "बारह", "तेरह",
            "चौदह", "पंद्रह", "सोलह", "सत्रह", "अठारह", "उन्नीस", "बीस", "इक्कीस", "बाईस", "तेईस", "चौबीस", "पच्चीस",
            "छब्बीस", "सत्ताईस", "अट्ठाईस", "उनतीस", "तीस", "इकतीस", "बत्तीस", "तैंतीस", "चौंतीस", "पैंतीस", "छत्तीस",
            "सैंतीस", "अड़तीस", "उनतालीस", "चालीस", "इकतालीस", "बयालीस", "तैंतालीस", "चवालीस", "पैंतालीस",
            "छियालीस", "सैंतालीस", "अड़तालीस", "उनचास", "पचास", "इक्यावन", "बावन", "तिरेपन", "चौवन", "पचपन",
            "छप्पन", "सत्तावन", "अट्ठावन", "उनसठ", "साठ", "इकसठ", "बासठ", "तिरसठ", "चौंसठ", "पैंसठ", "छियासठ",
            "सड़सठ", "अड़सठ", "उनहत्तर", "सत्तर", "इकहत्तर", "बहत्तर", "तिहत्तर", "चौहत्तर", "पचहत्तर", "छिहत्तर",
            "सतहत्तर", "अठहत्तर", "उन्यासी", "अस्सी", "इक्यासी", "बयासी", "तिरासी", "चौरासी", "पचासी", "छियासी",
            "सत्तासी", "अट्ठासी", "नवासी", "नब्बे", "इक्यानवे", "बानवे", "तिरानवे", "चौरानवे", "पचानवे", "छियानवे",
            "सत्तानवे", "अट्ठानवे", "निन्यानवे", "सौ"};
        for (int n = 1; n <= 100; n++) {
            assertThat(NumberWords.value(Typing.normalize(words[n - 1]))).as(words[n - 1]).hasValue(n);
            assertThat(NumberWords.value(Typing.normalize(english(n)))).as(english(n)).hasValue(n);
        }
    }

    private static String english(int n) {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] tens = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        if (n == 100) {
            return "one hundred";
        }
        return n < 20 ? units[n] : tens[n / 10] + (n % 10 == 0 ? "" : "-" + units[n % 10]);
    }
}
