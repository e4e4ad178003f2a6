package org.muhojir.scenarios.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.ParameterUncertainty;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.cli.Cli;
import org.muhojir.scenarios.load.ScenarioLoader;

/**
 * {@code muhojir calibrate --uncertainty} and {@code muhojir run --parameter-draws}: the file one writes is the file
 * the other reads, runs at drawn parameters say so, and a bad file is refused before anything runs.
 */
class ParameterUncertaintyCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TARGETS = """
            {
              "anchor": "baseline",
              "targets": [
                {"id": "dep", "year": 2023, "moment": "departures", "value": 652014, "tolerance": 65000,
                 "source": "test"},
                {"id": "pov", "year": 2023, "moment": "poverty_fgt0", "value": 0.205, "tolerance": 0.015,
                 "source": "test"}
              ],
              "freeParameters": ["behaviour.considerRate",
                {"name": "economy.nonLabourIncome/economy.oldMethodologyPovertyLine", "lower": 0.2, "upper": 1.2}],
              "settings": {"sample": 0.002, "replications": 2, "parallel": 2, "evaluations": 1, "seed": 5}
            }
            """;

    @TempDir
    Path dir;

    @Test
    void calibrateWritesTheUncertaintyThatRunDrawsFrom() throws Exception {
        Path targets = dir.resolve("targets.json");
        Files.writeString(targets, TARGETS, StandardCharsets.UTF_8);
        Path fit = dir.resolve("fit");
        Cli c = Cli.run("calibrate", targets.toString(), "--uncertainty", "--out", fit.toString(), "--quiet");
        assertEquals(0, c.code(), c.toString());
        Path file = fit.resolve("parameter-uncertainty.json");
        UncertaintyFile u = UncertaintyFile.read(file.toString(), Files.readString(file));
        assertEquals(List.of("behaviour.considerRate", "economy.nonLabourIncome/economy.oldMethodologyPovertyLine"),
                u.uncertainty().names());
        assertEquals(0.2, u.parameters().get(1).lower(), "the targets file's bounds are kept");
        Scenario baseline = ScenarioLoader.standard().load("baseline").scenario();
        JsonNode written = MAPPER.readTree(file.toFile()).get("parameters");
        for (int i = 0; i < 2; i++) {
            FreeParameter p = u.parameters().get(i);
            assertEquals(p.valueIn(baseline), u.uncertainty().estimate().get(i), 1e-9, "estimated at the start");
            double se = u.uncertainty().standardError(i);
            double prior = written.get(i).get("priorStandardDeviation").asDouble();
            assertTrue(se > 0 && se < prior, p.name() + ": the targets narrow the prior (" + se + " < " + prior + ")");
        }

        Path plain = run(dir.resolve("plain"));
        Path drawn = run(dir.resolve("drawn"), "--parameter-draws", file.toString());
        JsonNode summary = MAPPER.readTree(drawn.resolve("summary.json").toFile());
        assertEquals("parameters", summary.get("intervals").asText());
        assertEquals("monte_carlo", MAPPER.readTree(plain.resolve("summary.json").toFile()).get("intervals")
                .asText());
        // and every row of summary.csv says so too, in its last column, for a script that reads only the CSV
        for (Path folder : List.of(plain, drawn)) {
            List<String> rows = Files.readAllLines(folder.resolve("summary.csv"));
            assertTrue(rows.get(0).endsWith(",ci95_high,interval"), rows.get(0));
            String kind = folder == drawn ? ",parameters" : ",monte_carlo";
            assertTrue(rows.stream().skip(1).allMatch(r -> r.endsWith(kind)), folder + ": every row " + kind);
        }
        assertTrue(MAPPER.readTree(drawn.resolve("manifest.json").toFile()).get("parameterDraws").asText()
                .contains("parameter-uncertainty.json"));
        assertTrue(Files.readString(drawn.resolve("report.html")).contains("draw of the calibrated parameters"));
        assertNotEquals(Files.readString(plain.resolve("monthly.csv")), Files.readString(drawn.resolve("monthly.csv")),
                "the draws reach the runs");
        Path again = run(dir.resolve("again"), "--parameter-draws", file.toString());
        assertEquals(Files.readString(drawn.resolve("monthly.csv")), Files.readString(again.resolve("monthly.csv")),
                "the same seed draws the same parameters");
    }

    private static Path run(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "baseline", "-r", "3", "--sample", "0.002",
                "--months", "12", "--out", out.toString(), "--quiet"));
        args.addAll(List.of(more));
        Cli c = Cli.run(args.toArray(String[]::new));
        assertEquals(0, c.code(), c.toString());
        return out;
    }

    @Test
    void aBadUncertaintyFileIsRefusedWithItsPlaceAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {
                  "parameters": [
                    {"name": "behaviour.considerRat", "estimate": 0.05},
                    {"name": "behaviour.returnHazard", "estimate": 0.07}
                  ],
                  "covariance": [[1e-6, 0], [0]]
                }
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Cli c = Cli.run("run", "baseline", "--parameter-draws", file.toString(), "--out", out.toString());
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("bad.json:3:") && c.err().contains("Did you mean \"behaviour.considerRate\""),
                c.err());
        assertTrue(c.err().contains("bad.json:6:") && c.err().contains("a row of \"covariance\" must be an array of 2 "
                + "numbers (one per parameter), found an array of 1"), c.err());
        assertFalse(c.err().contains("Exception"), c.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aCovarianceThatIsNoCovarianceIsRefused() throws Exception {
        String text = """
                {
                  "parameters": [
                    {"name": "behaviour.considerRate", "estimate": 0.05},
                    {"name": "behaviour.returnHazard", "estimate": 0.07}
                  ],
                  "covariance": [[1, 2], [2, 1]]
                }
                """;
        String message = org.junit.jupiter.api.Assertions.assertThrows(CalibrationFileException.class,
                () -> UncertaintyFile.read("c.json", text)).getMessage();
        assertTrue(message.contains("c.json:6:") && message.contains("not positive semi-definite"), message);
    }

    @Test
    void theBundledUncertaintyIsOfTheShippedCalibration() throws Exception {
        UncertaintyFile bundled = UncertaintyFile.read(UncertaintyFile.BUNDLED, UncertaintyFile.bundledText());
        TargetsFile targets = TargetsFile.read(TargetsFile.BUNDLED, TargetsFile.bundledText());
        assertEquals(targets.parameters().stream().map(FreeParameter::name).toList(),
                bundled.uncertainty().names(), "the bundled targets' free parameters");
        Scenario baseline = ScenarioLoader.standard().load(targets.anchor()).scenario();
        ParameterUncertainty u = bundled.uncertainty();
        for (int i = 0; i < u.size(); i++) {
            assertEquals(bundled.parameters().get(i).valueIn(baseline), u.estimate().get(i),
                    1e-9 * Math.max(1, Math.abs(u.estimate().get(i))), u.names().get(i) + ": the bundled "
                    + "uncertainty is centred on the shipped value; after a re-calibration regenerate it with "
                    + "'muhojir calibrate --evaluations 1 --uncertainty' (docs/calibration.md)");
        }
    }

    @Test
    void uncertaintyWithoutAFittedTargetIsRefusedBeforeTheSearch() throws Exception {
        Path targets = dir.resolve("unweighted.json");
        Files.writeString(targets, TARGETS.replace("\"source\": \"test\"}", "\"weight\": 0, \"source\": \"test\"}"),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("fit");
        Cli c = Cli.run("calibrate", targets.toString(), "--uncertainty", "--out", out.toString(), "--quiet");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("--uncertainty needs at least one target with a weight more than 0"), c.err());
        assertFalse(Files.exists(out));
    }
}
