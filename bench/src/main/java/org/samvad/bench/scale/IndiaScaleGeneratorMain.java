package org.samvad.bench.scale;

import java.nio.file.Path;

/**
 * Generates India-scale data into an embedded PostgreSQL directory and stops:
 * {@code java -cp ... org.samvad.bench.scale.IndiaScaleGeneratorMain [--dir=bench-data/india] [--scale=1.0]}.
 * The directory is emptied first. {@link ScaleBenchmarkMain} does the same when its
 * directory holds no data yet.
 */
public final class IndiaScaleGeneratorMain {

    private IndiaScaleGeneratorMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchArguments arguments = BenchArguments.parse(args);
        try (ScaleDatabase database = ScaleDatabase.start(Path.of(arguments.directory()), true)) {
            ScaleData.ensure(database.dataSource(), arguments.size(), true, System.out);
        }
    }
}
