package org.samvad.nlp.training;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.samvad.nlp.TextAnalyzer;
import org.samvad.nlp.Tokens;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Trains Samvad's document categorizers from the train split of the corpus; run by the build
 * (exec-maven-plugin, {@code process-classes}) with the corpus directory and the classes directory.
 */
public final class Train {

    private Train() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        long start = System.nanoTime();
        train(Corpus.read(corpus, "language", "train"), Corpus.Line::label, classes, "language-latin.bin");
        train(Corpus.read(corpus, "sentiment", "train"), Corpus.Line::label, classes, "sentiment.bin");
        Corpus themes = Corpus.read(corpus, "themes", "train");
        List<Corpus.Line> perTheme = themes.lines().stream()
                .flatMap(line -> line.labels().isEmpty() ? Stream.of(new Corpus.Line(TextAnalyzer.NO_THEME, line.text()))
                        : line.labels().stream().map(key -> new Corpus.Line(key, line.text())))
                .toList();
        train(new Corpus(perTheme), Corpus.Line::label, classes, "themes.bin");
        System.out.printf("Trained 3 models in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static void train(Corpus corpus, Function<Corpus.Line, String> label, Path classes, String name)
            throws IOException {
        List<DocumentSample> samples = corpus.lines().stream()
                .map(line -> new DocumentSample(label.apply(line), Tokens.of(line.text()).toArray(String[]::new)))
                .toList();
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 200);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put("PrintMessages", false);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
                new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator()});
        DoccatModel model = DocumentCategorizerME.train("mul", ObjectStreamUtils.createObjectStream(samples),
                parameters, factory);
        Path file = classes.resolve(TextAnalyzer.MODELS).resolve(name);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
    }
}
