package org.muhojir.scenarios.cli;

import org.muhojir.scenarios.run.FrontEnd;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Gives the shared options ({@link SimulationOptions}, {@link ReplicationsOption}) the defaults of the command that uses
 * them, read from {@link FrontEnd}, so that {@code --help} shows each command's own. A command names its front end
 * with {@code @Command(defaultValueProvider = FrontEndDefaults.Batch.class)} (or {@code .Gui}, ...).
 */
public abstract class FrontEndDefaults implements IDefaultValueProvider {
    private final FrontEnd frontEnd;

    FrontEndDefaults(FrontEnd frontEnd) {
        this.frontEnd = frontEnd;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option)) {
            return null;
        }
        return switch (option.longestName()) {
            case "--sample" -> String.valueOf(frontEnd.sample());
            case "--seed" -> String.valueOf(frontEnd.seed());
            case "--threads" -> String.valueOf(frontEnd.threads());
            case "--replications" -> String.valueOf(frontEnd.replications());
            default -> null;
        };
    }

    /** {@code run}, {@code compare}, {@code backcast}. */
    public static final class Batch extends FrontEndDefaults {
        public Batch() {
            super(FrontEnd.BATCH);
        }
    }

    /** The visualizer. */
    public static final class Gui extends FrontEndDefaults {
        public Gui() {
            super(FrontEnd.GUI);
        }
    }

    /** {@code sensitivity}. */
    public static final class Sensitivity extends FrontEndDefaults {
        public Sensitivity() {
            super(FrontEnd.SENSITIVITY);
        }
    }

    /** {@code check-responses}. */
    public static final class Responses extends FrontEndDefaults {
        public Responses() {
            super(FrontEnd.RESPONSES);
        }
    }

    /** {@code bench}. */
    public static final class Bench extends FrontEndDefaults {
        public Bench() {
            super(FrontEnd.BENCH);
        }
    }
}
