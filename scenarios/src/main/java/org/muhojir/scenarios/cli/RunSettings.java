package org.muhojir.scenarios.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by {@code run} and {@code compare}. */
public final class RunSettings {
    /** Share of households simulated when neither the command nor the file says. */
    public static final double DEFAULT_SAMPLE = 0.02;
    /** Replications when the command does not say. */
    public static final int DEFAULT_REPLICATIONS = 5;

    @Option(names = {"-r", "--replications"}, paramLabel = "N", defaultValue = "" + DEFAULT_REPLICATIONS,
            description = "Replications per scenario, each with its own random draws (default: ${DEFAULT-VALUE}). "
                    + "Intervals need at least 2; more give narrower ones.")
    int replications;

    @Option(names = {"-s", "--sample"}, paramLabel = "FRACTION",
            description = "Share of households simulated, more than 0 and at most 1; results are scaled to the "
                    + "nation (default: the scenario file's population.sampleFraction if it sets one, else "
                    + DEFAULT_SAMPLE + ", that is about 33,000 households).")
    Double sample;

    @Option(names = "--full", description = "Simulate every household (about 1.65 million): the same as --sample 1. "
            + "Takes minutes rather than seconds.")
    boolean full;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Master seed of every random draw (default: ${DEFAULT-VALUE}). The same seed gives the same "
                    + "numbers, whatever the thread count.")
    long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads in all (default: the number of processors). Up to this many replications "
                    + "run at once; results do not depend on it.")
    Integer threads;

    @Option(names = "--months", paramLabel = "N",
            description = "Simulate only the first N months of the scenario (default: all of them); shocks that "
                    + "start later are not simulated, and a warning names them.")
    Integer months;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder (default: muhojir-output/NAME-DATE-TIME). It must not exist, unless "
                    + "--force is given.")
    Path out;

    @Option(names = {"-f", "--force"}, description = "Replace the output folder if it exists (only once the new "
            + "results are complete).")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no messages but errors and the report's "
            + "path.")
    boolean quiet;

    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    void check() throws UserError {
        if (replications < 1) {
            throw new UserError("--replications must be at least 1, was " + replications);
        }
        if (sample != null && full) {
            throw new UserError("give either --sample or --full, not both");
        }
        if (sample != null && !(sample > 0 && sample <= 1)) {
            throw new UserError("--sample must be more than 0 and at most 1, was " + sample
                    + " (use --full for every household)");
        }
        if (threads != null && threads < 1) {
            throw new UserError("--threads must be at least 1, was " + threads);
        }
        if (months != null && (months < 1 || months > 1200)) {
            throw new UserError("--months must be between 1 and 1200, was " + months);
        }
    }
}
