package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file with a great many problems (a generated file gone wrong) is reported by its first hundred and how many
 * more, not by a line for each of thousands.
 */
class LongProblemListsTest {
    @TempDir
    Path dir;

    @Test
    void aScenarioWithThousandsOfProblemsListsTheFirstHundredAndCountsTheRest() throws Exception {
        String fields = IntStream.range(0, 2500).mapToObj(i -> "\"unknown" + i + "\": 1")
                .collect(Collectors.joining(", "));
        Path file = dir.resolve("many.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"extends\": \"baseline\", " + fields + "}");
        Cli c = Cli.run("validate", file.toString());
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("has 2,500 problems:"), c.err());
        assertTrue(c.err().contains("\n  ... and 2,400 more (mend these first)"), c.err());
        long listed = c.err().lines().filter(l -> l.contains("unknown field")).count();
        assertEquals(100, listed, "the first hundred, a line each");
    }
}
