package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping a run (Ctrl-C, or any signal that runs the JVM's shutdown hooks) leaves nothing behind and says so. The
 * run goes in a child JVM, which is sent SIGTERM (Java's Process.destroy) once it has started simulating.
 */
class CtrlCTest {
    @TempDir
    Path dir;

    @Test
    void stoppingARunWritesNothingAndSaysWhatWasKept() throws Exception {
        Path out = dir.resolve("stopped");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // about 82,000 households x 120 months x 4 replications on one thread: many seconds, far more than needed
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "baseline", "--sample", "0.05", "--replications", "4", "--threads", "1", "--out",
                out.toString()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String first = r.readLine();
            output.append(first).append('\n');
            assertTrue(first != null && first.startsWith("muhojir: baseline"), "the run did not start: " + first);
            Thread.sleep(1500);
            p.toHandle().destroy(); // SIGTERM, keeping the stream open to read what it says
            r.lines().forEach(l -> output.append(l).append('\n'));
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertNotEquals(0, p.exitValue());
        assertTrue(output.toString().contains("stopped by Ctrl-C after"), output.toString());
        assertTrue(output.toString().contains("Nothing was written"), output.toString());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.toList(), "no output folder and no staging folder");
        }
    }
}
