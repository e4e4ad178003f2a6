package org.muhojir.scenarios.cli;

import org.muhojir.scenarios.run.FrontEnd;
import org.muhojir.scenarios.run.RunSettings;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine.Mixin;

/** The options of the commands that run replications of a scenario and write files: run, compare, sensitivity... */
final class BatchOptions {
    @Mixin
    SimulationOptions simulation;

    @Mixin
    ReplicationsOption replications;

    @Mixin
    MonthsOption months;

    @Mixin
    OutputOptions output;

    /**
     * The run settings these options give, every value not typed the command's default (see
     * {@link FrontEndDefaults}).
     *
     * @throws UserError if a value is out of range
     */
    RunSettings settings(FrontEnd frontEnd) throws UserError {
        return new RunSettings(frontEnd, simulation.sample(), simulation.seed(), simulation.threads(),
                replications.replications(), months.months(), output.out(), output.force(), output.quiet())
                .checked();
    }
}
