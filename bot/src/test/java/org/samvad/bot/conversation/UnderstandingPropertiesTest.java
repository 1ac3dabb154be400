package org.samvad.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.samvad.db.questionnaire.Question;

/** Any text at all, in any script, against every question type: reading never throws. */
class UnderstandingPropertiesTest {

    @Property(tries = 2000)
    void readingNeverThrows(@ForAll("types") String type, @ForAll("typed") String typed) {
        Question question = HeldOutAnswers.QUESTIONS.get(type);
        assertThat(Understanding.understand(question, typed)).isNotNull();
    }

    @Property(tries = 500)
    void aHeldOutAnswerWithSpacesAroundReadsTheSame(@ForAll("types") String type, @ForAll("padding") String pad) {
        Question question = HeldOutAnswers.QUESTIONS.get(type);
        for (HeldOutAnswers.Case c : HeldOutAnswers.cases(type)) {
            assertThat(HeldOutAnswers.written(question, pad + c.input() + pad))
                    .isEqualTo(HeldOutAnswers.written(question, c.input()));
        }
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.of(HeldOutAnswers.TYPES);
    }

    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.of(" ", "  ", "\t", "\n");
    }

    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> devanagari = Arbitraries.strings().withCharRange('\u0900', '\u097F').ofMaxLength(30);
        Arbitrary<String> words = Arbitraries.of("haan", "nahi", "20", "२०", "se", "zyada", "⭐", "👍", "jan",
                "sampark", "/", ",", "aur", "और", "out of", "5", "में से", "log", "-", "?", "\uFE0F", "🏽", "लगभग")
                .list().ofMaxSize(8).map(l -> String.join(" ", l));
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60), devanagari, words,
                Arbitraries.strings().ofMinLength(1000).ofMaxLength(5000));
    }
}
