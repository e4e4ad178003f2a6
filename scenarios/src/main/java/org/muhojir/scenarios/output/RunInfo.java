package org.muhojir.scenarios.output;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.muhojir.scenarios.load.LoadedScenario;

/**
 * What a batch of runs was and how it went, for the manifest and the report.
 *
 * @param command      "run" or "compare"
 * @param commandLine  the arguments as given
 * @param version      the program's version
 * @param seed         master seed
 * @param replications replications per scenario
 * @param threads      worker threads
 * @param started      when the runs started
 * @param ended        when they ended
 * @param inputs       the files read for each scenario, in scenario order
 * @param warnings     for each scenario, in scenario order, its loader's warnings as printed (values that are legal
 *                     but probably not what was meant)
 * @param shocksLeftOut for each scenario, in scenario order, the first month of the shocks a run shortened with
 *                      {@code --months} left out (they start after its end), or null if it left none out
 * @param parameterDraws where the parameter draws of the replications came from (a file's name), or null if every
 *                       replication ran the scenario's own parameters
 */
public record RunInfo(String command, List<String> commandLine, String version, long seed, int replications,
                      int threads, Instant started, Instant ended, List<List<LoadedScenario.Input>> inputs,
                      List<List<String>> warnings, List<YearMonth> shocksLeftOut, String parameterDraws) {
    public RunInfo {
        commandLine = List.copyOf(commandLine);
        inputs = List.copyOf(inputs);
        warnings = warnings.stream().map(List::copyOf).toList();
        shocksLeftOut = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(shocksLeftOut));
    }

    /** Seconds between start and end. */
    public double wallSeconds() {
        return (ended.toEpochMilli() - started.toEpochMilli()) / 1000.0;
    }
}
