package org.samvad.nlp;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokensTest {

    @Test
    void keepsViramaConjunctsAndMatrasWithTheirLetters() {
        assertThat(Tokens.of("विधानसभा क्षेत्र")).containsExactly("विधानसभा", "क्षेत्र");
    }

    @Test
    void keepsNuktaAndNormalisesPrecomposedLetters() {
        String precomposed = "\u095Bिला";
        String decomposed = "\u091C\u093Cिला";
        assertThat(Tokens.of(precomposed)).containsExactly(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
        assertThat(Tokens.of(precomposed)).isEqualTo(Tokens.of(decomposed));
    }

    @Test
    void splitsOnDandaAndDoubleDanda() {
        assertThat(Tokens.of("प्रशिक्षण। बूथ समिति॥ सड़क")).containsExactly("प्रशिक्षण", "बूथ", "समिति", "सड़क");
    }

    @Test
    void lowerCasesLatinAndDropsPunctuationAndEmoji() {
        assertThat(Tokens.of("Haan ji, ROAD kharab hai!! 🙏 SC/ST")).containsExactly("haan", "ji", "road", "kharab", "hai", "sc", "st");
    }

    @Test
    void keepsMixedScriptsAndBothKindsOfDigits() {
        assertThat(Tokens.of("booth नंबर १२ और 12")).containsExactly("booth", "नंबर", "१२", "और", "12");
    }

    @Test
    void neverSplitsAGraphemeCluster() {
        List<String> tokens = Tokens.of("कार्यकर्ताओं की ज़िम्मेदारी, श्रीमान् जी।");
        assertThat(tokens).containsExactly("कार्यकर्ताओं", "की", Normalizer.normalize("ज़िम्मेदारी", Normalizer.Form.NFC), "श्रीमान्", "जी");
        assertThat(tokens).noneMatch(token -> Character.getType(token.codePointAt(0)) == Character.NON_SPACING_MARK
                || Character.getType(token.codePointAt(0)) == Character.COMBINING_SPACING_MARK);
    }

    @Test
    void givesNoTokensForBlankText() {
        assertThat(Tokens.of(" ।, 🙏 ")).isEmpty();
    }
}
