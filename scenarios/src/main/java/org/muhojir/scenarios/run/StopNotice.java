package org.muhojir.scenarios.run;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Says, when Ctrl-C or SIGTERM ends a command whose work is not stopped part way (a calibration's evaluations, a
 * screening's points), how far it got and that nothing was written, as a stopped run says: its outputs are written
 * only at the end, through a staging folder, so there is nothing to clean up. Close it once the work is done.
 */
public final class StopNotice implements AutoCloseable {
    private final Thread hook;

    /**
     * @param err    where the notice goes
     * @param target the output folder the command would have written
     * @param done   how far the work got, as " after 12 of at most 150 evaluations" (asked when the signal comes)
     */
    public StopNotice(PrintWriter err, Path target, Supplier<String> done) {
        boolean earlier = Files.exists(target);
        hook = new Thread(() -> {
            err.println();
            err.println(RunMessages.stoppedLine(true, done.get(), target, earlier));
            err.flush();
        }, "muhojir-stop-notice");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is stopping: the notice is being given
        }
    }
}
