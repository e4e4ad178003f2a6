package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/outputs.md: "the numbers are the same for any thread count, locale and time zone". A user in Dushanbe, Berlin
 * or Cairo who runs the same command gets the same files, which a script (or a colleague's spreadsheet) reads with
 * a dot for decimals and ASCII digits. Each run is a program of its own, started as a user's would be, with the
 * locale and time zone its JVM takes from the system ({@code user.language}, {@code user.country},
 * {@code user.timezone}).
 */
class LocaleIndependenceTest {
    private static final String[] TINY = {"--sample", "0.002", "--months", "14", "--replications", "2", "--quiet"};

    /** The files a run writes whose every byte is promised to be the same between two runs of the same command. */
    private static final List<String> SAME_BYTES = List.of("monthly.csv", "summary.csv", "summary.json",
            "scenario.resolved.json");

    @TempDir
    Path dir;

    /**
     * {@code muhojir run baseline --out run} with the tiny settings, on a JVM in that locale and zone, in a working
     * folder of its own (so that the command lines are the same); returns the output folder.
     */
    private Path runIn(String name, String language, String country, String zone) throws Exception {
        String[] args = new String[TINY.length + 4];
        System.arraycopy(new String[] {"run", "baseline", "--out", "run"}, 0, args, 0, 4);
        System.arraycopy(TINY, 0, args, 4, TINY.length);
        Path working = Files.createDirectory(dir.resolve(name));
        Cli c = Program.run(working, List.of("-Duser.language=" + language, "-Duser.country=" + country,
                "-Duser.timezone=" + zone), args);
        assertEquals(0, c.code(), name + ": " + c);
        return working.resolve("run");
    }

    @Test
    void aRunWritesTheSameNumbersInAnyLocaleAndTimeZone() throws Exception {
        Path reference = runIn("en-utc", "en", "US", "UTC");
        // a decimal comma and a dot for thousands; the first zone to reach a new day, 14 hours ahead of UTC
        Path german = runIn("de-kiritimati", "de", "DE", "Pacific/Kiritimati");
        // Arabic-Indic digits (String.format gives "١٢٣٤" for 1234 there); 3.5 hours behind UTC
        Path egyptian = runIn("ar-st-johns", "ar", "EG", "America/St_Johns");
        for (Path other : List.of(german, egyptian)) {
            for (String file : SAME_BYTES) {
                assertArrayEquals(Files.readAllBytes(reference.resolve(file)), Files.readAllBytes(other.resolve(file)),
                        other.getParent().getFileName() + ": " + file + " differs from en-utc's");
            }
            // the report and manifest differ only where docs/outputs.md says two runs differ: when and how long
            assertEquals(reportWithoutItsRunRow(reference), reportWithoutItsRunRow(other),
                    other.getParent().getFileName() + ": report.html");
            assertEquals(manifestWithoutItsTimes(reference), manifestWithoutItsTimes(other),
                    other.getParent().getFileName() + ": manifest.json");
        }
    }

    /** report.html without its "Run" row (when the run started, how long it took). */
    private static String reportWithoutItsRunRow(Path folder) throws Exception {
        String report = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
        String without = report.replaceFirst("<tr><th>Run</th><td>[^<]*</td></tr>", "");
        assertNotEquals(report, without, "the report has a Run row");
        return without;
    }

    /** manifest.json without {@code started}, {@code ended} and {@code wallSeconds}. */
    private static String manifestWithoutItsTimes(Path folder) throws Exception {
        ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        for (String time : List.of("started", "ended", "wallSeconds")) {
            assertNotEquals(null, manifest.remove(time), "the manifest has " + time);
        }
        return manifest.toPrettyString();
    }
}
