package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stopping a run with a signal leaves nothing behind, says so, and exits with the code shells expect: 143 after
 * SIGTERM, 130 after Ctrl-C (SIGINT). Each run goes in a child JVM that gets the signal once it has started
 * simulating; huge batches are refused before they start.
 */
class SignalsTest {
    /**
     * Longest a stop may take once the signal is sent (a month of 82,000 households takes well under a second; the
     * 396 months of warm-up and history a replication simulates before its first reported month take several seconds,
     * so a stop that waited for them would miss this).
     */
    private static final long PROMPT_SECONDS = 5;
    private static final Pattern STOPPED_AFTER = Pattern.compile("after ([0-9,]+) of ([0-9,]+) simulated months");

    @TempDir
    Path dir;

    /** A run of many seconds: about 82,000 households x 120 months x 4 replications on one thread. */
    private Process longRun() throws Exception {
        return Program.start(dir, "run", "baseline", "--sample", "0.05", "--replications", "4", "--threads", "1",
                "--out", "stopped");
    }

    /** Sends {@code signal} once the run has started, and returns everything it printed. */
    private static String stop(Process p, String signal) throws Exception {
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String first = r.readLine();
            output.append(first).append('\n');
            assertTrue(first != null && first.startsWith("muhojir: baseline"), "the run did not start: " + first);
            Thread.sleep(1500);
            Program.signal(p, signal);
            if (!p.waitFor(PROMPT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                Assumptions.assumeFalse(signal.equals("INT"), "SIGINT is ignored in this environment (a "
                        + "background job's children inherit that), so Ctrl-C cannot be tried here");
                throw new AssertionError("no stop within " + PROMPT_SECONDS + " s of SIG" + signal);
            }
            r.lines().forEach(l -> output.append(l).append('\n'));
        }
        Assumptions.assumeFalse(signal.equals("INT") && p.exitValue() == 0, "SIGINT is ignored in this "
                + "environment (a background job's children inherit that) and the run finished, so Ctrl-C cannot be "
                + "tried here");
        return output.toString();
    }

    @ParameterizedTest(name = "SIG{0} exits with {1}")
    @CsvSource({"TERM, 143", "INT, 130"})
    void aSignalStopsPromptlyWritesNothingAndExitsWith128PlusItsNumber(String signal, int code) throws Exception {
        Process p = longRun();
        String output = stop(p, signal);
        assertEquals(code, p.exitValue(), output);
        assertTrue(output.contains("stopped by Ctrl-C or SIGTERM after"), output);
        Matcher m = STOPPED_AFTER.matcher(output);
        assertTrue(m.find(), output);
        long done = Long.parseLong(m.group(1).replace(",", ""));
        assertEquals(4 * (240 + 156 + 120), Long.parseLong(m.group(2).replace(",", "")), "four replications of "
                + "the warm-up, the history from 2010 and ten reported years: " + output);
        assertTrue(done < 4 * (240 + 156), "stopped in the months before the first reported one: " + output);
        assertTrue(output.contains("Nothing was written: stopped was not created."), output);
        assertEquals(List.of(), Program.names(dir), "no output folder and no staging folder");
    }

    @Test
    void aStoppedCalibrationSaysHowFarItGotAndThatNothingWasWritten() throws Exception {
        Process p = Program.start(dir, "calibrate", "--evaluations", "150", "--sample", "0.01", "-r", "2",
                "--threads", "1", "--out", "fit");
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = r.readLine();
            while (line != null && !line.startsWith("muhojir calibrate:")) { // after the targets' warnings, if any
                output.append(line).append('\n');
                line = r.readLine();
            }
            assertTrue(line != null, "the calibration did not start: " + output);
            Thread.sleep(1500);
            Program.signal(p, "TERM");
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "no stop within 60 s of SIGTERM");
            r.lines().forEach(l -> output.append(l).append('\n'));
        }
        assertEquals(143, p.exitValue(), output.toString());
        assertTrue(Pattern.compile("muhojir: stopped by Ctrl-C or SIGTERM after [0-9]+ of at most 150 evaluations\\. "
                + "Nothing was written: .*fit was not created\\.").matcher(output).find(), output.toString());
        assertEquals(List.of(), Program.names(dir), "no output folder and no staging folder");
    }

    @Test
    void hugeBatchesAreRefusedBeforeTheyStart() throws Exception {
        long started = System.nanoTime();
        Cli replications = Program.run(dir, "run", "baseline", "-r", "100000000");
        assertEquals(2, replications.code(), replications.toString());
        assertTrue(replications.out().contains("--replications must be between 1 and 1000, was 100000000"),
                replications.out());
        Cli threads = Program.run(dir, "run", "baseline", "--threads", "100000");
        assertEquals(2, threads.code(), threads.toString());
        assertTrue(threads.out().contains("--threads must be between 1 and 256"), threads.out());
        Cli months = Program.run(dir, "run", "baseline", "--months", "1000000");
        assertEquals(2, months.code(), months.toString());
        assertTrue((System.nanoTime() - started) / 1e9 < 60, "refused up front, not after simulating");
        assertEquals(List.of(), Program.names(dir));
    }
}
