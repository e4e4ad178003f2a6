package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;

/** {@code muhojir bench} on a tiny sample and a few months: the figures agree with each other. */
class BenchCommandTest {
    /** Households simulated at a 0.2% sample: round(national households x 0.002), about 3,300. */
    private static long tinyHouseholds() {
        return Math.round(Muhojir.defaultScenario().population().nationalHouseholds() * 0.002);
    }

    @Test
    void jsonFiguresAreConsistent() throws Exception {
        Cli c = Cli.run("bench", "--sample", "0.002", "--months", "3", "--threads", "2", "--json", "--quiet");
        assertEquals(0, c.code(), c.toString());
        assertEquals("", c.err(), c.toString());
        assertEquals(1, c.out().lines().count(), "one line of JSON");
        JsonNode j = new ObjectMapper().readTree(c.out());
        long households = tinyHouseholds();
        assertEquals(households, j.get("households").asLong());
        assertEquals(3, j.get("months").asInt());
        assertEquals(2, j.get("threads").asInt());
        // household-months = households x months; the rate and the cost per household-month come from the run time
        long hm = households * 3;
        assertEquals(hm, j.get("householdMonths").asLong());
        long nanos = j.get("runNanos").asLong();
        assertTrue(nanos > 0, c.out());
        assertEquals(nanos / 1e9, j.get("runSeconds").asDouble(), 1e-12);
        assertEquals(hm / (nanos / 1e9), j.get("householdMonthsPerSecond").asDouble(), 1e-9 * hm / (nanos / 1e9));
        assertEquals((double) nanos / hm, j.get("nanosPerHouseholdMonth").asDouble(), 1e-9 * nanos / hm);
        assertTrue(j.get("buildSeconds").asDouble() > 0, c.out());
        // CPU time is counted in the operating system's ticks (often 10 ms): a run this short may show none
        assertTrue(j.get("runCpuSeconds").isNumber() && j.get("runCpuSeconds").asDouble() >= 0, c.out());
        // every pool's peak is at least its use at any moment, so the sum of peaks covers the live heap once built
        long live = j.get("liveHeapAfterBuildBytes").asLong();
        assertTrue(live > 0 && j.get("peakHeapBytes").asLong() >= live, c.out());
        assertEquals(Runtime.getRuntime().availableProcessors(), j.get("cores").asInt());
        assertEquals(Runtime.getRuntime().maxMemory(), j.get("maxHeapBytes").asLong());
    }

    @Test
    void oneAndTwoThreadsGiveTheSameResultsDigest() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String[] args = {"bench", "--sample", "0.002", "--months", "6", "--json", "--quiet", "--threads"};
        JsonNode one = json.readTree(Cli.run(with(args, "1")).out());
        JsonNode two = json.readTree(Cli.run(with(args, "2")).out());
        JsonNode otherSeed = json.readTree(Cli.run(with(args, "1", "--seed", "2")).out());
        assertEquals(64, one.get("resultsDigest").asText().length()); // SHA-256: 32 bytes, 64 hexadecimal digits
        assertEquals(one.get("resultsDigest"), two.get("resultsDigest"));
        assertNotEquals(one.get("resultsDigest"), otherSeed.get("resultsDigest"), "the digest sees the results");
    }

    private static String[] with(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void textReportsEachFigureOnItsOwnLine() {
        Cli c = Cli.run("bench", "--sample", "0.002", "--months", "2");
        assertEquals(0, c.code(), c.toString());
        String hm = String.format(Locale.ROOT, "%,d", tinyHouseholds() * 2);
        assertTrue(c.out().lines().anyMatch(l -> l.matches("household-months +" + hm)), c.toString());
        for (String label : new String[] {"built and warmed up in", "2 months in", "household-months/s",
            "ns per household-month", "peak heap", "live heap after build", "results digest", "machine"}) {
            assertTrue(c.out().lines().anyMatch(l -> l.startsWith(label + " ")), label + "\n" + c);
        }
        assertTrue(c.err().contains("muhojir bench: building"), c.toString()); // progress on standard error
    }

    /**
     * {@code bench --scenario baseline} times the bundled baseline itself, so its digest is what a user gets from
     * running the baseline with the same sample, months and seed from Java (core's {@code Muhojir.run}): a digest
     * to compare with one's own run, and a figure of that scenario, not of the benchmark's.
     */
    @Test
    void anyScenarioCanBeTimed() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode baseline = json.readTree(Cli.run("bench", "--scenario", "baseline", "--sample", "0.002", "--months",
                "3", "--seed", "5", "--json", "--quiet").out());
        assertEquals("baseline", baseline.get("scenario").asText());
        assertEquals(tinyHouseholds(), baseline.get("households").asLong());
        assertEquals(3, baseline.get("months").asInt());
        assertEquals(5, baseline.get("seed").asLong());
        // the same as running the bundled baseline for those months: the digest is of its outcomes
        org.muhojir.core.scenario.Scenario s = org.muhojir.scenarios.load.ScenarioLoader.standard().load("baseline")
                .scenario().withSampleFraction(0.002);
        s = s.withPeriod(s.start(), 3);
        java.util.List<org.muhojir.core.outcome.MonthlyOutcome> direct = Muhojir.run(s,
                org.muhojir.core.engine.RunOptions.seed(5)).months();
        assertEquals(3, direct.size());
        assertEquals(org.muhojir.scenarios.bench.BenchDigest.of(direct), baseline.get("resultsDigest").asText(),
                "the digest of the baseline's 3 months run directly with seed 5");
        // not the benchmark scenario's (whose five shocks change them)
        JsonNode bench = json.readTree(Cli.run("bench", "--sample", "0.002", "--months", "3", "--seed", "5", "--json",
                "--quiet").out());
        assertTrue(bench.get("scenario").asText().startsWith("default, 5 shocks in force"), bench.toString());
        assertNotEquals(bench.get("resultsDigest"), baseline.get("resultsDigest"));
    }

    /**
     * scenarios/bench/open-destinations-N.json, for measuring how a month's cost grows with the destinations open
     * (docs/performance.md), promise that exactly the first N destinations (in the model's order: Russia,
     * Kazakhstan, Turkey, the Gulf, ...) take new migrants, in every month of the run; the others are closed.
     */
    @Test
    void theScenariosForMeasuringDestinationsCloseAllButTheirOpenOnes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (int open : new int[] {1, 4}) {
            String file = "bench/open-destinations-" + open + ".json";
            Cli c = Cli.run("bench", "--scenario", file, "--sample", "0.002", "--months", "12", "--json", "--quiet");
            assertEquals(0, c.code(), c.toString());
            assertEquals(file, json.readTree(c.out()).get("scenario").asText());
            org.muhojir.core.scenario.Scenario s = org.muhojir.scenarios.load.ScenarioLoader.standard().load(file)
                    .scenario();
            org.muhojir.core.scenario.Timeline timeline = new org.muhojir.core.scenario.Timeline(s);
            for (java.time.YearMonth m = s.start(); !m.isAfter(s.end()); m = m.plusMonths(1)) {
                org.muhojir.core.policy.Conditions conditions = new org.muhojir.core.policy.Conditions();
                timeline.resolve(m, conditions, java.util.List.of());
                for (org.muhojir.core.world.Destination d : org.muhojir.core.world.Destination.values()) {
                    boolean closed = conditions.route[d.ordinal()] == org.muhojir.core.world.EntryRoute.CLOSED;
                    assertEquals(d.ordinal() >= open, closed, file + ", " + m + ": " + d + " is "
                            + conditions.route[d.ordinal()]);
                }
            }
        }
    }

    @Test
    void theScenariosForMeasuringMembersAbroadConsiderAtHalfAndTwiceTheCalibratedRate() throws Exception {
        // scenarios/bench/members-abroad-*.json state their rate as a number: a recalibration must move them too
        double calibrated = org.muhojir.core.Muhojir.defaultScenario().behaviour().considerRate();
        double[] factors = {0.5, 2};
        String[] files = {"bench/members-abroad-half.json", "bench/members-abroad-double.json"};
        for (int i = 0; i < files.length; i++) {
            org.muhojir.core.scenario.Scenario s = org.muhojir.scenarios.load.ScenarioLoader.standard().load(files[i])
                    .scenario();
            assertEquals(factors[i] * calibrated, s.behaviour().considerRate(), 1e-6, files[i]);
        }
    }

    @Test
    void anUnknownScenarioIsAClearError() {
        Cli c = Cli.run("bench", "--scenario", "no-such-scenario", "--sample", "0.002", "--months", "2");
        assertEquals(MuhojirCommand.USER_ERROR, c.code(), c.toString());
        assertTrue(c.err().contains("no-such-scenario"), c.toString());
        assertEquals("", c.out(), c.toString());
    }

    @Test
    void badOptionsAreRefusedBeforeAnythingRuns() {
        Cli sample = Cli.run("bench", "--sample", "0");
        assertEquals(MuhojirCommand.USER_ERROR, sample.code(), sample.toString());
        assertTrue(sample.err().contains("--sample must be between 0.001 and 1, was 0 (below 0.001"), sample.toString());
        Cli threads = Cli.run("bench", "--threads", "0");
        assertEquals(MuhojirCommand.USER_ERROR, threads.code(), threads.toString());
        assertTrue(threads.err().contains("--threads must be between 1 and 256"), threads.toString());
    }

    @Test
    void everyCommandsHelpFormatsWithoutWarnings() {
        // picocli formats descriptions: a bare % in one (2%) would print a warning to the process's error stream
        // instead of the option's text
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String command : List.of("run", "compare", "calibrate", "history", "backcast", "sensitivity",
                    "sobol", "uncertainty", "bench", "check-responses", "validate", "describe", "list", "schema")) {
                Cli help = Cli.run(command, "--help");
                assertEquals(0, help.code(), help.toString());
                assertFalse(help.toString().contains("WARN"), command + ": " + help);
            }
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheBenchmarkAndTheVisualizerWhichOnlyTheLauncherStarts() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.code(), help.toString());
        assertTrue(help.out().lines().anyMatch(l -> l.strip().startsWith("bench ")), help.out());
        assertTrue(help.out().lines().anyMatch(l -> l.strip().startsWith("gui ")), help.out());
        assertTrue(help.out().contains("./muhojir gui"), help.out());
        Cli gui = Cli.run("gui", "baseline");
        assertEquals(MuhojirCommand.USER_ERROR, gui.code(), gui.toString());
        assertTrue(gui.err().contains("started by the launcher: ./muhojir gui [SCENARIO]"), gui.toString());
    }
}
