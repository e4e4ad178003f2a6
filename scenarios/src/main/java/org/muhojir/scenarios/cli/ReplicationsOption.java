package org.muhojir.scenarios.cli;

import picocli.CommandLine.Option;

/** {@code --replications}: runs per scenario (or per point), each with its own random draws. */
public final class ReplicationsOption {
    /** The help; check-responses, which needs two, gives its own range in its resource bundle. */
    @Option(names = {"-r", "--replications"}, paramLabel = "N", descriptionKey = "replications",
            description = "Replications per scenario (1 to 1000), each with its own random draws. Intervals need "
                    + "at least 2; more give narrower ones.")
    Integer replications;

    /** The replications typed, else the command's default (null only where an input file supplies it). */
    public Integer replications() {
        return replications;
    }
}
