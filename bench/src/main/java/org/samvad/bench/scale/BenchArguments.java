package org.samvad.bench.scale;

/**
 * Command-line options of the scale benchmark: {@code --dir=} (default bench-data/india),
 * {@code --scale=} (1.0 = India), {@code --regenerate}, {@code --seconds=} per
 * measurement window (default 20), {@code --rate=} answers a second during the latency
 * measurement (default 1000), {@code --samples=} requests per target (default 300),
 * {@code --skip-writes} to measure only the latencies, {@code --skip-latencies} to measure
 * only the cost on storing, {@code --rounds=} of storing with and without roll-ups (default 6).
 */
record BenchArguments(String directory, double scale, boolean regenerate, int seconds, int rate, int samples,
        boolean skipWrites, boolean skipLatencies, int rounds) {

    static BenchArguments parse(String[] args) {
        String directory = "bench-data/india";
        double scale = 1.0;
        boolean regenerate = false;
        int seconds = 20;
        int rate = 1000;
        int samples = 300;
        boolean skipWrites = false;
        boolean skipLatencies = false;
        int rounds = 6;
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            if (arg.startsWith("--dir=")) {
                directory = value;
            } else if (arg.startsWith("--scale=")) {
                scale = Double.parseDouble(value);
            } else if (arg.equals("--regenerate")) {
                regenerate = true;
            } else if (arg.startsWith("--seconds=")) {
                seconds = Integer.parseInt(value);
            } else if (arg.startsWith("--rate=")) {
                rate = Integer.parseInt(value);
            } else if (arg.startsWith("--samples=")) {
                samples = Integer.parseInt(value);
            } else if (arg.startsWith("--rounds=")) {
                rounds = Integer.parseInt(value);
            } else if (arg.equals("--skip-writes")) {
                skipWrites = true;
            } else if (arg.equals("--skip-latencies")) {
                skipLatencies = true;
            } else {
                throw new IllegalArgumentException("Unknown option " + arg);
            }
        }
        return new BenchArguments(directory, scale, regenerate, seconds, rate, samples, skipWrites, skipLatencies,
                rounds);
    }

    IndiaScaleGenerator.Size size() {
        return scale == 1.0 ? IndiaScaleGenerator.Size.india() : IndiaScaleGenerator.Size.scaled(scale);
    }
}
