package org.samvad.nlp.training;

import org.junit.jupiter.api.Test;
import org.samvad.nlp.TextAnalyzer;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Scores the models on the held-out split; the thresholds sit a little below the measured figures. */
class EvaluateTest {

    @Test
    void scoresAboveThresholdsOnTheHeldOutSplit() {
        Evaluate.Scores scores = Evaluate.run(TextAnalyzer.fromClasspath(), Path.of("src/main/corpus"));
        Evaluate.print(scores);
        assertThat(scores.languageAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.languageAccuracyBy().get("hi-Latn")).isGreaterThanOrEqualTo(0.95);
        assertThat(scores.languageAccuracyBy().values()).allMatch(accuracy -> accuracy >= 0.90);
        assertThat(scores.sentimentMacroF1()).isGreaterThanOrEqualTo(0.85);
        assertThat(scores.themeMicroF1()).isGreaterThanOrEqualTo(0.70);
        assertThat(scores.themeMacroF1()).isGreaterThanOrEqualTo(0.70);
    }
}
