package org.muhojir.scenarios.cli;

import picocli.CommandLine.Option;

/** {@code --months}: simulate only the first months of a scenario. */
public final class MonthsOption {
    @Option(names = "--months", paramLabel = "N",
            description = "Simulate only the first N months (default: all of the scenario's, and never more); "
                    + "shocks and dated events of the world that start later are not simulated, and a warning names "
                    + "them.")
    Integer months;

    /** The months typed, or null for all of them. */
    public Integer months() {
        return months;
    }
}
