package org.samvad.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.run.Answer;
import org.samvad.nlp.TextAnalyzer;

/** Reading answers with the real models the build trained. */
class AnswerReadingTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final AnswerReading READING = new AnswerReading(TextAnalyzer.fromClasspath());

    @Test
    void freeTextGetsItsLanguageSentimentThemesAndTerms() {
        Answer read = READING.read(Answer.text("गाँव की सड़क बहुत खराब है, मरम्मत चाहिए।", NOW), QuestionType.TEXT);

        assertThat(read.textLanguage()).isEqualTo("hi");
        assertThat(read.sentiment()).isEqualTo("NEGATIVE");
        assertThat(read.themes()).contains("roads");
        assertThat(read.tokens()).contains("गाँव", "सड़क", "मरम्मत");
        assertThat(read.terms()).contains("सड़क", "मरम्मत").doesNotContain("की", "है");
    }

    @Test
    void nominationsInEitherScriptNameTheSamePerson() {
        Answer devanagari = READING.read(Answer.nomination("रमेश कुमार", null, NOW), QuestionType.NOMINATION);
        Answer latin = READING.read(Answer.nomination("Ramesh Kumar", "9876543210", NOW), QuestionType.NOMINATION);
        Answer lower = READING.read(Answer.nomination("ramesh  kumar", null, NOW), QuestionType.NOMINATION);

        assertThat(devanagari.personKey()).isEqualTo(latin.personKey()).isEqualTo(lower.personKey()).isNotBlank();
        assertThat(latin.textLanguage()).isNull();
    }

    @Test
    void otherAnswersPassUnchanged() {
        Answer yes = Answer.option("yes", NOW);

        assertThat(READING.read(yes, QuestionType.YES_NO)).isSameAs(yes);
    }
}
