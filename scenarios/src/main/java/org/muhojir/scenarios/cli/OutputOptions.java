package org.muhojir.scenarios.cli;

import java.nio.file.Path;
import org.muhojir.scenarios.run.OutputTarget;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine.Option;

/** {@code --out}, {@code --force} and {@code --quiet}: where a command writes, and how much it says. */
public final class OutputOptions {
    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder (default: muhojir-output/NAME-DATE-TIME), created with any missing "
                    + "parent folders. It must not exist, unless --force is given.")
    Path out;

    @Option(names = {"-f", "--force"}, description = "Replace the output folder if it exists (only once the new "
            + "results are complete), and only if it is empty or an earlier muhojir output holding only the files "
            + "muhojir wrote: a folder holding anything else is refused, untouched.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no messages but errors and the result's path.")
    boolean quiet;

    /** The folder asked for, or null for a new one. */
    public Path out() {
        return out;
    }

    /** Whether an existing output folder may be replaced. */
    public boolean force() {
        return force;
    }

    /** Whether to show no progress and no messages but errors and the result's path. */
    public boolean quiet() {
        return quiet;
    }

    /**
     * The folder to write: {@code --out}, else {@code muhojir-output/NAME-DATE-TIME}, checked (see
     * {@link OutputTarget#claim}).
     */
    Path claim(String name) throws UserError {
        return OutputTarget.claim(out, name, force);
    }
}
