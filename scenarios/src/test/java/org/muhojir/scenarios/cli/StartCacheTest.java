package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --start-cache DIR}: a later command continues from the states an earlier one kept at the first reported
 * month and writes exactly the same results; a file that is not a whole state is ignored, said so, and replaced; a
 * folder that cannot be made is the user's error.
 */
class StartCacheTest {
    @TempDir
    Path dir;

    private Cli run(String out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "baseline", "--months", "6", "--sample", "0.002",
                "--replications", "2", "--seed", "3", "--out", dir.resolve(out).toString(), "--start-cache",
                dir.resolve("starts").toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private List<Path> states() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("starts"))) {
            return files.filter(p -> p.toString().endsWith(".start")).sorted().toList();
        }
    }

    private byte[] monthly(String out) throws IOException {
        return Files.readAllBytes(dir.resolve(out).resolve("monthly.csv"));
    }

    @Test
    void aLaterRunContinuesFromTheKeptStatesWithTheSameResults() throws IOException {
        Cli first = run("first");
        assertEquals(0, first.code(), first.toString());
        assertTrue(first.err().contains("0 states at the first reported month read"), first.toString());
        assertTrue(first.err().contains(", 2 kept, in "), first.toString());
        assertEquals(2, states().size(), "one state a replication");
        assertTrue(states().get(0).getParent().getFileName().toString().matches("model-[0-9a-f]{16}"),
                "kept under the model's version: " + states().get(0));

        Cli second = run("second");
        assertEquals(0, second.code(), second.toString());
        assertTrue(second.err().contains("2 states at the first reported month read"), second.toString());
        assertArrayEquals(monthly("first"), monthly("second"));

        Cli fresh = Cli.run("run", "baseline", "--months", "6", "--sample", "0.002", "--replications", "2", "--seed",
                "3", "--out", dir.resolve("fresh").toString());
        assertEquals(0, fresh.code(), fresh.toString());
        assertArrayEquals(monthly("fresh"), monthly("second"), "the results of a run without the cache");
    }

    @Test
    void aDamagedStateIsIgnoredSaidAndReplaced() throws IOException {
        assertEquals(0, run("first").code());
        Path state = states().get(0);
        byte[] whole = Files.readAllBytes(state);
        Files.write(state, java.util.Arrays.copyOf(whole, whole.length / 2));

        Cli second = run("second");
        assertEquals(0, second.code(), second.toString());
        assertTrue(second.err().contains("warning: --start-cache: ignored " + state), second.toString());
        assertTrue(second.err().contains("1 states at the first reported month read"), second.toString());
        assertArrayEquals(monthly("first"), monthly("second"));
        assertArrayEquals(whole, Files.readAllBytes(state), "replaced by the whole state");
    }

    @Test
    void aStateUnderAnotherReplicationsNameIsIgnoredNotUsed() throws IOException {
        // the two replications' states swapped: each file is whole, but not the state of the key it is named by
        assertEquals(0, run("first").code());
        Path a = states().get(0);
        Path b = states().get(1);
        byte[] stateA = Files.readAllBytes(a);
        byte[] stateB = Files.readAllBytes(b);
        Files.write(a, stateB);
        Files.write(b, stateA);

        Cli second = run("second");
        assertEquals(0, second.code(), second.toString());
        assertTrue(second.err().contains("warning: --start-cache: ignored " + a), second.toString());
        assertTrue(second.err().contains("warning: --start-cache: ignored " + b), second.toString());
        assertTrue(second.err().contains("0 states at the first reported month read"), second.toString());
        assertArrayEquals(monthly("first"), monthly("second"), "the results of each replication's own state");
        assertArrayEquals(stateA, Files.readAllBytes(a), "replaced by its own state");
    }

    @Test
    void aCommandRefusedBeforeItRunsLeavesNoCacheFolder() {
        Path cache = dir.resolve("cache");
        Cli c = Cli.run("run", dir.resolve("no-such-scenario.json").toString(), "--months", "6", "--sample", "0.002",
                "--replications", "1", "--out", dir.resolve("out").toString(), "--start-cache", cache.toString());
        assertEquals(2, c.code(), c.toString());
        assertTrue(!Files.exists(cache), "nothing is written, the cache folder included: " + c);
    }

    @Test
    void aFolderThatCannotBeMadeIsTheUsersError() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Cli c = Cli.run("run", "baseline", "--months", "6", "--sample", "0.002", "--replications", "1", "--out",
                dir.resolve("out").toString(), "--start-cache", file.toString());
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("--start-cache " + file + ": cannot make the folder"), c.toString());
        assertTrue(!c.err().contains("Exception"), c.toString());
    }
}
