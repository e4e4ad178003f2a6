package org.muhojir.scenarios.cli;

import picocli.CommandLine.Option;

/** {@code --seed}: the master seed of every random draw. */
public final class SeedOption {
    @Option(names = "--seed", paramLabel = "SEED",
            description = "Master seed of every random draw. The same seed gives the same numbers, whatever the "
                    + "thread count.")
    Long seed;

    /** The seed typed, else the command's default (null only where an input file supplies the default). */
    public Long seed() {
        return seed;
    }
}
