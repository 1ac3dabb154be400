package org.samvad.nlp;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.util.List;
import java.util.Set;

/**
 * Tells Devanagari Hindi, romanized Hindi, English and other languages apart.
 *
 * <p>Script decides first: mostly Devanagari letters is {@code hi}, mostly letters of another
 * non-Latin script is {@code other}. Latin text goes to the categorizer trained on this module's
 * corpus ({@code hi-Latn} or {@code en}), unless OpenNLP's language detector (langdetect-183) is
 * sure of French, Spanish, German, Italian, Portuguese or Dutch: then it is {@code other}.
 * One instance per thread: the OpenNLP ME classes it wraps are not thread-safe.
 */
final class LanguageIdentifier {

    static final String HINDI = "hi";
    static final String ROMANIZED_HINDI = "hi-Latn";
    static final String ENGLISH = "en";
    static final String OTHER = "other";

    private static final double SURE_OF_OTHER = 0.02;
    private static final Set<String> EUROPEAN = Set.of("fra", "spa", "deu", "ita", "por", "nld");

    private final LanguageDetectorME detector;
    private final DocumentCategorizerME latin;

    LanguageIdentifier(LanguageDetectorModel detector, DoccatModel latin) {
        this.detector = new LanguageDetectorME(detector);
        this.latin = new DocumentCategorizerME(latin);
    }

    String identify(String text, List<String> tokens) {
        int devanagari = 0;
        int latinLetters = 0;
        int others = 0;
        for (int cp : text.codePoints().filter(Character::isLetter).toArray()) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.DEVANAGARI) {
                devanagari++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latinLetters++;
            } else {
                others++;
            }
        }
        if (devanagari == 0 && latinLetters == 0) {
            return OTHER;
        }
        if (devanagari >= latinLetters) {
            return devanagari >= others ? HINDI : OTHER;
        }
        if (others > latinLetters) {
            return OTHER;
        }
        return latinLanguage(text, tokens);
    }

    private String latinLanguage(String text, List<String> tokens) {
        Language detected = detector.predictLanguage(text);
        if (EUROPEAN.contains(detected.getLang()) && detected.getConfidence() >= SURE_OF_OTHER) {
            return OTHER;
        }
        double[] outcomes = latin.categorize(tokens.toArray(String[]::new));
        return ROMANIZED_HINDI.equals(latin.getBestCategory(outcomes)) ? ROMANIZED_HINDI : ENGLISH;
    }
}
