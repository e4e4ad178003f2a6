package org.muhojir.scenarios.cli;

import org.muhojir.scenarios.run.RunSettings;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --sample} and {@code --full}: the share of households simulated, as every command that runs scenarios
 * (and the visualizer) spells it. Only what the user typed counts here; what applies when the user typed nothing
 * is decided by {@link RunSettings#sampleFor}.
 */
public final class SampleOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = {"-s", "--sample"}, paramLabel = "FRACTION",
            description = {"Share of households simulated, more than 0 and at most 1; results are scaled to the "
                    + "nation. Without it: the input file's own share if it sets one (a scenario's "
                    + "population.sampleFraction), else the default below."})
    Double sample;

    @Option(names = "--full", description = "Simulate every household (about 1.65 million): the same as --sample 1. "
            + "Takes minutes rather than seconds.")
    boolean full;

    /**
     * The share the user gave ({@code --full} is 1), or null if neither option was typed.
     *
     * @throws UserError if both were typed
     */
    public Double given() throws UserError {
        boolean typed = mixee.commandLine().getParseResult().hasMatchedOption("--sample");
        if (typed && full) {
            throw new UserError("give either --sample or --full, not both");
        }
        return full ? Double.valueOf(1.0) : typed ? sample : null;
    }
}
