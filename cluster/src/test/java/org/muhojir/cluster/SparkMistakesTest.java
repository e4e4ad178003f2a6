package org.muhojir.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.scenarios.run.UserError;

/**
 * A Spark master or partitions the user got wrong is one line on standard error, exit code 2, no stack trace and
 * nothing written, before Spark starts where it can be told (a master Spark cannot parse, partitions below 1), and
 * when Spark refuses it (a YARN master without Spark's YARN support).
 */
class SparkMistakesTest {
    private record Outcome(int code, String out, String err) {
    }

    private static Outcome launch(Path out, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--sample", "0.001", "--replications", "1", "--out", out.toString()));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = ClusterMain.execute(all.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
        return new Outcome(code, o.toString(), e.toString());
    }

    /** Exit code 2, {@code expected} as the one line on standard error, nothing on standard output or in {@code out}. */
    private static void assertOneLineMistake(Outcome o, Path out, String expected) {
        assertEquals(2, o.code(), o.err());
        assertEquals(expected, o.err().strip(), "the message");
        assertEquals(1, o.err().strip().lines().count(), "one line: " + o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace: " + o.err());
        assertEquals("", o.out());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aMasterSparkCannotParseIsRefusedBeforeSparkStarts(@TempDir Path dir) {
        for (String master : List.of("bogus", "local[0]", "local[-2]", "spark://host-without-port")) {
            Path out = dir.resolve("out");
            assertOneLineMistake(launch(out, "run", "baseline", "--months", "1", "--master", master), out,
                    "error: --master '" + master + "' is not a Spark master; use local[*] (every core of this "
                            + "machine), local[N] with N at least 1, spark://HOST:PORT, yarn or k8s://HOST:PORT");
        }
        Path out = dir.resolve("sobol");
        Outcome sobol = launch(out, "sobol", "--base-samples", "2", "--master", "local[0]");
        assertOneLineMistake(sobol, out, "error: --master 'local[0]' is not a Spark master; use local[*] (every core "
                + "of this machine), local[N] with N at least 1, spark://HOST:PORT, yarn or k8s://HOST:PORT");
    }

    @Test
    void partitionsBelowOneAreRefused(@TempDir Path dir) {
        for (String partitions : List.of("0", "-5")) {
            Path out = dir.resolve("out");
            assertOneLineMistake(launch(out, "run", "baseline", "--months", "1", "--master", "local[1]",
                    "--partitions", partitions), out, "error: --partitions must be at least 1 (got " + partitions
                    + "); leave it out for twice Spark's default parallelism");
            assertOneLineMistake(launch(out, "sobol", "--base-samples", "2", "--partitions", partitions), out,
                    "error: --partitions must be at least 1 (got " + partitions + "); leave it out for twice "
                            + "Spark's default parallelism");
        }
    }

    @Test
    void aMasterThisSparkCannotServeIsOneLineFromSpark(@TempDir Path dir) {
        Path out = dir.resolve("out");
        assertOneLineMistake(launch(out, "run", "baseline", "--months", "1", "--master", "yarn"), out,
                "error: --master yarn needs Spark's YARN support, which the launcher's Spark has not: submit with "
                        + "the spark-submit of a Spark distribution that has it (docs/ensembles.md), or use "
                        + "spark://HOST:PORT or local[*]");
    }

    @Test
    void aScenarioThatCannotBeLoadedIsSaidBeforeSparkStarts(@TempDir Path dir) {
        Path out = dir.resolve("out");
        Outcome o = launch(out, "run", "nope-scenario", "--months", "1", "--master", "local[1]");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("no bundled scenario or file named \"nope-scenario\""), o.err());
        assertFalse(o.err().contains("the runs go to"), "Spark was not started for it: " + o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace: " + o.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void theMasterSparkSubmitSetIsCheckedToo() {
        String before = System.getProperty("spark.master");
        System.setProperty("spark.master", "bogus");
        try {
            SparkUserError e = assertThrows(SparkUserError.class,
                    () -> new SparkEngine(SparkOptions.of(null, null)).close());
            assertTrue(e.getMessage().startsWith("the master spark-submit set 'bogus' is not a Spark master"),
                    e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty("spark.master");
            } else {
                System.setProperty("spark.master", before);
            }
        }
    }

    @Test
    void theMastersSparkTakesAreAccepted() throws UserError {
        for (String ok : List.of("local", "local[1]", "local[*]", "local[16]", "local[4,2]", "local[*,3]",
                "local-cluster[2,1,1024]", "spark://node1:7077", "spark://a.example.org:7077,b:7078", "yarn",
                "k8s://https://10.0.0.1:6443", " local[2] ")) {
            SparkOptions.checkMaster(ok, "--master");
        }
        for (String bad : List.of("", "bogus", "local[0]", "local[01]", "local[2,0]", "local[]", "spark://host",
                "spark://:7077", "mesos://host:5050", "Local[2]")) {
            assertThrows(UserError.class, () -> SparkOptions.checkMaster(bad, "--master"), bad);
        }
    }
}
