package org.samvad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void dropsStopwordsInEachLanguageAndKeepsWhatSaysSomething() {
        assertThat(Terms.of(List.of("गाँव", "में", "सड़क", "की", "समस्या", "है")))
                .containsExactly("गाँव", "सड़क", "समस्या");
        assertThat(Terms.of(List.of("gaon", "mein", "paani", "ki", "dikkat", "hai")))
                .containsExactly("gaon", "paani", "dikkat");
        assertThat(Terms.of(List.of("we", "need", "training", "for", "the", "booth", "committee")))
                .containsExactly("training", "booth", "committee");
    }

    @Test
    void dropsNumbersAndSingleLetters() {
        assertThat(Terms.of(List.of("20", "x", "नल", "क"))).containsExactly("नल");
    }
}
