package org.muhojir.scenarios.cli;

import org.muhojir.scenarios.run.FrontEnd;
import org.muhojir.scenarios.run.RunSettings;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine.Mixin;

/** The options of the commands that run scenarios and write their reports: {@code run}, {@code compare}, ... */
final class BatchOptions {
    @Mixin
    SampleOption sample;

    @Mixin
    ReplicationsOption replications;

    @Mixin
    SeedOption seed;

    @Mixin
    ThreadsOption threads;

    @Mixin
    MonthsOption months;

    @Mixin
    OutputOptions output;

    /**
     * The run settings these options give, every missing value the front end's default.
     *
     * @throws UserError if a value is out of range
     */
    RunSettings settings(FrontEnd frontEnd) throws UserError {
        RunSettings d = RunSettings.defaults(frontEnd);
        return new RunSettings(frontEnd, sample.given(), or(seed.seed(), d.seed()), or(threads.threads(), d.threads()),
                or(replications.replications(), d.replications()), months.months(), output.out(), output.force(),
                output.quiet()).checked();
    }

    private static <T> T or(T given, T otherwise) {
        return given != null ? given : otherwise;
    }
}
