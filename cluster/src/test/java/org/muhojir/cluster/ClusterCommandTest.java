package org.muhojir.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.scenarios.cli.Main;

/**
 * The launcher's commands on Spark ({@code local[2]}) write what the plain command line writes from the same runs,
 * plus {@code runs.parquet}.
 */
class ClusterCommandTest {
    private static final String[] SMALL = {"--sample", "0.002", "--seed", "5", "-q"};

    private static int run(boolean onSpark, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = onSpark ? ClusterMain.execute(args, new PrintWriter(out), new PrintWriter(err))
                : Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, out + "\n" + err);
        return code;
    }

    private static String[] args(List<String> head, Path out, String... more) {
        List<String> all = new java.util.ArrayList<>(head);
        all.addAll(List.of(SMALL));
        all.addAll(List.of("--out", out.toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void compareOnSparkWritesTheTablesOfTheLocalRunByteForByte(@TempDir Path dir) throws Exception {
        List<String> compare = List.of("compare", "baseline", "no-crackdown-2024", "--months", "18",
                "--replications", "3");
        run(false, args(compare, dir.resolve("local")));
        run(true, args(compare, dir.resolve("spark"), "--master", "local[2]", "--partitions", "4"));
        for (String f : List.of("monthly.csv", "summary.csv", "differences.csv", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(f)),
                    Files.readAllBytes(dir.resolve("spark").resolve(f)), f);
        }
        assertTrue(Files.exists(dir.resolve("spark/report.html")));
        assertTrue(Files.exists(dir.resolve("spark/runs.parquet/_SUCCESS")), "runs.parquet written");
    }

    @Test
    void runsAtDrawsOfTheParametersOnSparkAreTheLocalOnes(@TempDir Path dir) throws Exception {
        List<String> drawn = List.of("run", "baseline", "--months", "13", "--replications", "3", "--parameter-draws");
        run(false, args(drawn, dir.resolve("local")));
        run(true, args(drawn, dir.resolve("spark"), "--master", "local[2]"));
        for (String f : List.of("monthly.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(f)),
                    Files.readAllBytes(dir.resolve("spark").resolve(f)), f);
        }
    }

    @Test
    void sobolOnSparkWritesTheLocalIndices(@TempDir Path dir) throws Exception {
        List<String> sobol = List.of("sobol", "--base-samples", "8", "--bootstrap", "50", "--replications", "1",
                "--parameters", "behaviour.considerRate,destinations.Russia.labour.livingCost", "--year", "2026",
                "--outcomes", "departures");
        run(false, args(sobol, dir.resolve("local")));
        run(true, args(sobol, dir.resolve("spark"), "--master", "local[2]"));
        for (String f : List.of("sobol.csv", "sobol-points.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(f)),
                    Files.readAllBytes(dir.resolve("spark").resolve(f)), f);
        }
        List<String> indices = Files.readAllLines(dir.resolve("spark/sobol.csv"));
        assertEquals(3, indices.size(), "a header and a row per factor: " + indices);
        assertTrue(Files.exists(dir.resolve("spark/runs.parquet/_SUCCESS")));
    }
}
