package org.muhojir.scenarios.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** {@code -q}/{@code --quiet} of commands that tell on standard error what they are doing. */
public final class ProgressOption {
    @Option(names = {"-q", "--quiet"}, description = "No progress messages on standard error.")
    boolean quiet;

    /** Whether the user asked for no progress messages. */
    public boolean quiet() {
        return quiet;
    }

    /** Prints each message as {@code muhojir COMMAND: message} on {@code err}, unless quiet. */
    public Consumer<String> messages(String command, PrintWriter err) {
        return message -> {
            if (!quiet) {
                err.println("muhojir " + command + ": " + message);
                err.flush();
            }
        };
    }
}
