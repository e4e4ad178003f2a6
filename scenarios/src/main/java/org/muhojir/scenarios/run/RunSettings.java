package org.muhojir.scenarios.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.scenario.InvalidScenarioException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.load.LoadedScenario;
import org.muhojir.scenarios.output.Numbers;

/**
 * How to run scenarios and where to write: one value for every front end, resolved from its options.
 *
 * <p>The share of households simulated follows one rule, here and nowhere else ({@link #sampleFor}): the command
 * line's {@code --sample} (or {@code --full}), else the scenario file's {@code population.sampleFraction} if the file
 * (or one it extends) sets it, else the front end's default ({@link FrontEnd#sample()}).
 *
 * @param frontEnd     the program running, whose defaults apply
 * @param sample       the command line's share of households (0 &lt; f &le; 1), or null if it gave none
 * @param seed         master seed of every random draw
 * @param threads      worker threads in all (1 or more): up to this many runs at once, the rest stepping households
 * @param replications replications per scenario (1 or more)
 * @param months       months simulated from each scenario's start (1 to 1200), or null for all of them
 * @param out          output folder, or null for a new one under {@code muhojir-output/}
 * @param force        whether an existing output folder may be replaced (once the new results are complete)
 * @param quiet        whether to show no progress and no messages but errors and the result's path
 */
public record RunSettings(FrontEnd frontEnd, Double sample, long seed, int threads, int replications,
                          Integer months, Path out, boolean force, boolean quiet) {
    /** Most months a run may be shortened to (a hundred years). */
    public static final int MAX_MONTHS = 1200;
    /**
     * Most replications per scenario: every replication's monthly results are kept in memory until the outputs are
     * written (about 0.1 MB each for ten years), and a thousand already give intervals a thirtieth as wide as two.
     */
    public static final int MAX_REPLICATIONS = 1000;
    /** Most worker threads: far more than any machine the model runs on has processors (each thread is a stack). */
    public static final int MAX_THREADS = 256;
    /**
     * Smallest share of households simulated: 1 in 1,000 (about 1,650 households, some 300 per region). Below it
     * one simulated household stands for more than a thousand and a region's figures rest on a few dozen, so the
     * results would be noise presented as national totals; smaller runs are refused rather than warned of.
     */
    public static final double MIN_SAMPLE = 0.001;

    /** The front end's defaults for everything: its sample, seed, threads and replications, all months. */
    public static RunSettings defaults(FrontEnd frontEnd) {
        return new RunSettings(frontEnd, null, frontEnd.seed(), frontEnd.threads(), frontEnd.replications(), null,
                null, false, false);
    }

    /** These settings with the command line's share of households {@code f} (null: none given). */
    public RunSettings withSample(Double f) {
        return new RunSettings(frontEnd, f, seed, threads, replications, months, out, force, quiet);
    }

    /**
     * Checks the values a user gave.
     *
     * @throws UserError naming the option (as the command line spells it) and the value
     */
    public RunSettings checked() throws UserError {
        int least = frontEnd.leastReplications();
        if (least > 1 && replications < least) {
            throw new UserError("--replications must be at least " + least + " for an interval, was " + replications);
        }
        checkRange("--replications", replications, least, MAX_REPLICATIONS);
        checkSample(sample);
        checkRange("--threads", threads, 1, MAX_THREADS);
        if (months != null) {
            checkRange("--months", months, 1, MAX_MONTHS);
        }
        return this;
    }

    /**
     * Refuses an option's value outside {@code min} to {@code max}.
     *
     * @throws UserError naming the option, its range and the value: "--threads must be between 1 and 256, was 300"
     */
    public static void checkRange(String option, long value, long min, long max) throws UserError {
        if (value < min || value > max) {
            throw new UserError(option + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /**
     * Refuses an option's value below {@code min}, where there is no upper limit.
     *
     * @throws UserError naming the option, its least value and the value: "--top must be at least 1, was 0"
     */
    public static void checkAtLeast(String option, long value, long min) throws UserError {
        if (value < min) {
            throw new UserError(option + " must be at least " + min + ", was " + value);
        }
    }

    /**
     * Refuses a share of households outside {@link #MIN_SAMPLE} to 1 (null, none given, passes).
     *
     * @throws UserError naming the range and the value, with a hint: a percentage written as a fraction (2 for 2%),
     *                   or a share too small to mean anything
     */
    public static void checkSample(Double sample) throws UserError {
        if (sample != null && !(sample >= MIN_SAMPLE && sample <= 1)) {
            throw new UserError("--sample must be between " + MIN_SAMPLE + " and 1, was "
                    + (Double.isFinite(sample) ? Numbers.csv(sample) : "not a number of ordinary size")
                    + (sample < MIN_SAMPLE ? " (below " + MIN_SAMPLE + " a simulated household stands for over a "
                    + "thousand and results are noise; use --full for every household)" : " (a share of the "
                    + "households: 0.02, or 2%, is one in fifty; use --full for every household)"));
        }
    }

    /** The share of households simulated for {@code loaded}: the command line's, else the file's, else the default. */
    public double sampleFor(LoadedScenario loaded) {
        return sample == null && loaded.sampleFractionSet() ? loaded.scenario().population().sampleFraction()
                : sampleWithoutFile();
    }

    /** The share of households simulated for a scenario built in code: the command line's, else the default. */
    public double sampleWithoutFile() {
        return sample != null ? sample : frontEnd.sample();
    }

    /** The months asked for, else {@code all}. */
    public int monthsOr(int all) {
        return months != null ? months : all;
    }

    /**
     * Warns on {@code err} (unless quiet) of the shocks and world's events of {@code loaded} that a run cut by
     * {@code --months} to end in {@code end} leaves out, as a batch does; returns the warning (empty if none).
     */
    public List<String> warnOfShocksCutOff(PrintWriter err, LoadedScenario loaded, YearMonth end) {
        return new RunMessages(err, err, this).warnOfShocksAfter(loaded.scenario(), end);
    }

    /**
     * The scenario as these settings run it: at {@link #sampleFor its sample}, shortened to {@link #months} if set.
     *
     * @throws UserError if the scenario cannot be shortened so (its shocks or series do not fit, or {@link #months}
     *                   is more than it has: {@code --months} never lengthens a run)
     */
    public Scenario resolve(LoadedScenario loaded) throws UserError {
        double f = sampleFor(loaded);
        if (f < MIN_SAMPLE) {
            throw new UserError(sampleFractionSetAt(loaded) + " " + Numbers.csv(f) + " is below the smallest share a run simulates (" + MIN_SAMPLE + ", about 1,650 households): set "
                    + "it to " + MIN_SAMPLE + " or more, or give --sample to override it");
        }
        int own = loaded.scenario().months();
        if (months != null && months > own) {
            throw new UserError("--months " + months + " is more than the " + own + " months of '"
                    + loaded.scenario().name() + "' (" + loaded.scenario().start() + " to " + loaded.scenario().end()
                    + "); --months only shortens a run: to simulate more months, set \"months\" in a scenario file "
                    + "(one that extends it)");
        }
        try {
            Scenario s = loaded.scenario().withSampleFraction(f);
            return months == null ? s : s.withPeriod(s.start(), months);
        } catch (InvalidScenarioException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Runs at once for a batch of {@code runs} runs: as many as there are threads, at most one per run. */
    public int parallelRuns(int runs) {
        return Math.max(1, Math.min(threads, runs));
    }

    /** The core's options for each of a batch of {@code runs} runs: this seed, the threads left to each run. */
    public RunOptions runOptions(int runs) {
        return RunOptions.seed(seed).withThreads(Math.max(1, threads / parallelRuns(runs)));
    }

    /**
     * Where {@code loaded} sets its sample fraction ("file:line:column: $.population.sampleFraction:", from the
     * plausibility warning the loader placed), or else its scenario's name and the field.
     */
    private static String sampleFractionSetAt(LoadedScenario loaded) {
        return loaded.warnings().stream().filter(w -> w.path().equals("$.population.sampleFraction"))
                .map(w -> w.source() + ": " + w.path() + ":").findFirst()
                .orElse("'" + loaded.scenario().name() + "': population.sampleFraction");
    }
}
