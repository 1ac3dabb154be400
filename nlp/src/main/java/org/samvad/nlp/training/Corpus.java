package org.samvad.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One labelled corpus file: UTF-8 lines of {@code label<TAB>text}. For themes the label is a
 * comma-separated list of theme keys, or {@code none}.
 */
record Corpus(List<Line> lines) {

    record Line(String label, String text) {
        List<String> labels() {
            return "none".equals(label) ? List.of() : List.of(label.split(","));
        }
    }

    static Corpus read(Path directory, String task, String split) {
        Path file = directory.resolve(task + "-" + split + ".tsv");
        try {
            return new Corpus(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> {
                        int tab = line.indexOf('\t');
                        if (tab < 1) {
                            throw new IllegalArgumentException(file + ": no label<TAB>text in: " + line);
                        }
                        return new Line(line.substring(0, tab), line.substring(tab + 1));
                    })
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
