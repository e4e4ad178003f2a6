package org.muhojir.scenarios.cli;

import org.muhojir.scenarios.run.RunSettings;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --sample}/{@code --full}, {@code --seed} and {@code --threads}, as every command that simulates (and the
 * visualizer) spells them. Each command's defaults come from its {@link FrontEndDefaults}; for the share of
 * households only what the user typed counts here, and what applies otherwise is decided by
 * {@link RunSettings#sampleFor}.
 */
public final class SimulationOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /**
     * {@code --sample}'s help where a scenario file gives the share when the option is left out. A command whose share
     * comes from elsewhere says so in its resource bundle's {@code sample} (calibrate: the targets file; bench and
     * check-responses, which read none: the default alone).
     */
    @Option(names = {"-s", "--sample"}, paramLabel = "FRACTION", converter = ShareConverter.class,
            descriptionKey = "sample",
            description = "Share of households simulated, from 0.001 to 1 (or as a percentage: 2%%); results are "
                    + "scaled to the nation. Without it: the scenario's own share if its file sets one "
                    + "(population.sampleFraction), else the default below.")
    Double sample;

    /** A share as a fraction ({@code 0.02}) or a percentage ({@code 2%}). */
    static final class ShareConverter implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            String v = value.strip();
            try {
                return v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1).strip()) / 100
                        : Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a share: write it as a "
                        + "fraction (0.02) or a percentage (2%)");
            }
        }
    }

    @Option(names = "--full", description = "Simulate every household (about 1.65 million): the same as --sample 1. "
            + "Takes minutes rather than seconds.")
    boolean full;

    @Option(names = "--seed", paramLabel = "SEED",
            description = "Master seed of every random draw. The same seed gives the same numbers, whatever the "
                    + "thread count.")
    Long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads in all (1 to 256): up to this many replications run at once, the rest "
                    + "step households. Results do not depend on it.")
    Integer threads;

    /**
     * The share the user gave ({@code --full} is 1), or null if neither option was typed.
     *
     * @throws UserError if both were typed
     */
    public Double sample() throws UserError {
        boolean typed = mixee.commandLine().getParseResult().hasMatchedOption("--sample");
        if (typed && full) {
            throw new UserError("give either --sample or --full, not both");
        }
        return full ? Double.valueOf(1.0) : typed ? sample : null;
    }

    /** The seed typed, else the command's default (null only where an input file supplies the default). */
    public Long seed() {
        return seed;
    }

    /** The threads typed, else the command's default (null only where an input file supplies the default). */
    public Integer threads() {
        return threads;
    }
}
