package org.samvad.nlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TextAnalyzerTest {

    private static TextAnalyzer analyzer;

    @BeforeAll
    static void loadsTheModelsFromTheClasspath() {
        analyzer = TextAnalyzer.fromClasspath();
    }

    @Test
    void identifiesTheFourLanguages() {
        assertThat(analyzer.language("हमारे गाँव की सड़क बहुत खराब है")).isEqualTo("hi");
        assertThat(analyzer.language("haan ji, road kharab hai")).isEqualTo("hi-Latn");
        assertThat(analyzer.language("The road to our village is broken")).isEqualTo("en");
        assertThat(analyzer.language("La route du village est cassée depuis des mois")).isEqualTo("other");
        assertThat(analyzer.language("আমাদের গ্রামের রাস্তা খারাপ")).isEqualTo("other");
        assertThat(analyzer.language("👍")).isEqualTo("other");
    }

    @Test
    void readsSentimentAndThemes() {
        TextAnalysis analysis = analyzer.analyze("गाँव की सड़क की हालत बहुत खराब है, कोई ध्यान नहीं देता");
        assertThat(analysis.language()).isEqualTo("hi");
        assertThat(analysis.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(analysis.themes()).contains("roads");
        assertThat(analysis.tokens()).contains("सड़क");
        assertThat(Themes.KEYS).containsAll(analysis.themes());
    }

    @Test
    void answersNeutralWithoutThemesForEmptyText() {
        TextAnalysis analysis = analyzer.analyze("  🙏 ");
        assertThat(analysis.sentiment()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(analysis.themes()).isEmpty();
        assertThat(analysis.tokens()).isEmpty();
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<String> texts = List.of("training camp bahut accha chal raha hai", "bijli ki katauti se sab pareshan hain",
                "the booth committee meeting was discussed yesterday", "पीने का पानी नहीं आता");
        List<TextAnalysis> expected = texts.stream().map(analyzer::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = IntStream.range(0, 400)
                    .mapToObj(i -> pool.submit(() -> analyzer.analyze(texts.get(i % 4)).equals(expected.get(i % 4))))
                    .toList();
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
