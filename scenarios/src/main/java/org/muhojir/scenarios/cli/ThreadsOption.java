package org.muhojir.scenarios.cli;

import picocli.CommandLine.Option;

/** {@code --threads}: worker threads, which change the time taken and never the results. */
public final class ThreadsOption {
    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads in all: up to this many replications run at once, the rest step "
                    + "households. Results do not depend on it.")
    Integer threads;

    /** The threads typed, else the command's default. */
    public Integer threads() {
        return threads;
    }
}
