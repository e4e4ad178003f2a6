package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.core.replication.StoppedException;
import org.muhojir.scenarios.ensemble.Ensemble;
import org.muhojir.scenarios.ensemble.EnsembleEngine;
import org.muhojir.scenarios.ensemble.LocalEngine;
import org.muhojir.scenarios.ensemble.RunRecord;

/**
 * Exit code 1, as the README promises: "an internal error (a bug: please report it)". A user (or a script) relies on
 * it to tell a bug in muhojir from a mistake of theirs (2): one line saying what went wrong, a line asking for a
 * report, no stack trace unless asked for, and no output folder that looks finished.
 */
class InternalErrorTest {
    @TempDir
    Path dir;

    /**
     * An engine that runs the replications on this machine as usual, then fails, as a bug would, while the outputs
     * are being written into the staging folder: the worst moment, with files half-written beside the target.
     */
    private static EnsembleEngine.Factory engineWithABugInItsWriter() {
        return parallel -> new EnsembleEngine() {
            private final LocalEngine local = new LocalEngine(parallel);

            @Override
            public List<RunRecord> run(Ensemble ensemble, BooleanSupplier stop) throws StoppedException {
                return local.run(ensemble, stop);
            }

            @Override
            public List<String> writeLarge(Path folder, Ensemble ensemble, List<RunRecord> records) {
                throw new IllegalStateException("index 7 out of bounds in the writer");
            }

            @Override
            public String describe() {
                return "this machine, with a bug";
            }
        };
    }

    @Test
    void aBugInsideACommandExitsWith1WithTwoLinesAndNoStackTraceAndLeavesNoOutputFolder() throws Exception {
        assertFalse(Boolean.getBoolean("muhojir.debug"), "the stack trace is shown only with -Dmuhojir.debug=true");
        Path out = dir.resolve("out");
        String[] args = {"run", "baseline", "--sample", "0.002", "--months", "3", "--replications", "1", "--quiet",
            "--out", out.toString()};
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        // the command line as Main.execute builds it (the cluster's launcher builds it so too), with the engine
        int code = Main.commandLine(args, new PrintWriter(stdout), new PrintWriter(stderr),
                engineWithABugInItsWriter()).execute(args);
        String shown = "exit " + code + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;

        assertEquals(1, code, shown);
        assertEquals(List.of("internal error: java.lang.IllegalStateException: index 7 out of bounds in the writer",
                "(this is a bug in muhojir; run with MUHOJIR_JAVA_OPTS=-Dmuhojir.debug=true for details)"),
                stderr.toString().lines().toList(), "what went wrong and where to report it, no stack trace: " + shown);
        assertEquals("", stdout.toString(), "no path of a report printed: " + shown);
        assertFalse(Files.exists(out), "no output folder: " + shown);
        assertEquals(List.of(), Program.names(dir), "no staging folder left behind either: " + shown);
    }
}
