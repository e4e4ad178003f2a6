package org.muhojir.gui;

import java.util.Locale;
import org.muhojir.core.engine.RunOptions;

/**
 * How the visualizer starts: which scenario, how many households, which seed.
 *
 * @param scenario       a bundled scenario's name or a scenario file's path
 * @param sampleFraction share of households simulated (0 &lt; f &le; 1); the GUI's default is small, for speed
 * @param seed           master seed of the run (the Console's seed field overrides it when changed)
 * @param threads        worker threads stepping the population (1 or more); results do not depend on it
 */
public record LaunchOptions(String scenario, double sampleFraction, long seed, int threads) {
    /** Share of households simulated unless told otherwise: about 16,500 households, a month in a blink. */
    public static final double DEFAULT_SAMPLE = 0.01;
    /** The default seed. */
    public static final long DEFAULT_SEED = 42;
    /** The command line's usage text. */
    public static final String USAGE = "usage: muhojir gui [scenario] [--sample F] [--seed N] [--threads N]\n"
            + "  scenario      a bundled scenario's name (default: baseline; see: muhojir list) or a scenario file\n"
            + "  --sample F    share of households simulated, more than 0 and at most 1 (default " + DEFAULT_SAMPLE
            + ")\n"
            + "  --seed N      master seed (default " + DEFAULT_SEED + ")\n"
            + "  --threads N   worker threads, 1 or more (default 1)";

    public LaunchOptions {
        if (scenario == null || scenario.isBlank()) {
            throw new IllegalArgumentException("a scenario name or file is required");
        }
        if (!(sampleFraction > 0 && sampleFraction <= 1)) {
            throw new IllegalArgumentException("--sample must be more than 0 and at most 1, was " + sampleFraction);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
        }
    }

    /** The baseline at the default sample, seed and one thread. */
    public static LaunchOptions defaults() {
        return new LaunchOptions("baseline", DEFAULT_SAMPLE, DEFAULT_SEED, 1);
    }

    /**
     * Reads the command line.
     *
     * @throws IllegalArgumentException naming the first bad or unknown argument
     */
    public static LaunchOptions parse(String... args) {
        String scenario = "baseline";
        double sample = DEFAULT_SAMPLE;
        long seed = DEFAULT_SEED;
        int threads = 1;
        boolean scenarioSeen = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--sample" -> sample = number(a, value(args, ++i, a));
                case "--seed" -> seed = whole(a, value(args, ++i, a));
                case "--threads" -> threads = (int) whole(a, value(args, ++i, a));
                default -> {
                    if (a.startsWith("--") || scenarioSeen) {
                        throw new IllegalArgumentException("unknown argument '" + a + "'\n" + USAGE);
                    }
                    scenario = a;
                    scenarioSeen = true;
                }
            }
        }
        return new LaunchOptions(scenario, sample, seed, threads);
    }

    /** The run options these launch options ask for, with the default behavioural rules. */
    public RunOptions runOptions() {
        return RunOptions.seed(seed).withThreads(threads);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static double number(String option, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, was '" + text + "'", e);
        }
    }

    private static long whole(String option, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, was '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s, %.3g of households, seed %d, %d thread(s)", scenario, sampleFraction,
                seed, threads);
    }
}
