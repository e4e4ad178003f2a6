package org.muhojir.scenarios.cli;

import org.muhojir.scenarios.run.FrontEnd;
import org.muhojir.scenarios.run.RunSettings;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** What the visualizer is started with: a scenario, the share of households, the seed and the threads. */
public final class GuiOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "baseline",
            description = "A bundled scenario's name (see 'muhojir list') or a scenario file. The Scenario menu "
                    + "opens others.")
    String scenario;

    @Mixin
    SimulationOptions simulation;

    /** The scenario to open: a bundled name or a file. */
    public String scenario() {
        return scenario;
    }

    /**
     * The run settings these options give (one replication; the visualizer writes no files).
     *
     * @throws UserError if a value is out of range
     */
    public RunSettings settings() throws UserError {
        return new RunSettings(FrontEnd.GUI, simulation.sample(), simulation.seed(), simulation.threads(), 1, null,
                null, false, false).checked();
    }
}
