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
import org.muhojir.scenarios.output.OutputFolder;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.cli.Cli;
import org.muhojir.scenarios.load.ScenarioLoader;

/** {@code muhojir calibrate}: the bundled targets, a tiny search and its files, and bad targets files. */
class CalibrateCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    /**
     * Departures far above what the defaults give (about 650,000 in 2023), so that the search must move away from
     * the start; three parameters of three kinds: a plain one, one derived from the poverty line, and the regional
     * starting shares scaled together.
     */
    private static final String TINY = """
            {
              "description": "test",
              "anchor": "baseline",
              "targets": [
                {"id": "dep", "year": 2023, "moment": "departures", "value": 900000, "tolerance": 90000,
                 "source": "test"},
                {"id": "pov", "year": 2023, "moment": "poverty_fgt0", "value": 0.3, "tolerance": 0.02,
                 "weight": 0.5, "source": "test"}
              ],
              "freeParameters": ["behaviour.considerRate",
                {"name": "economy.nonLabourIncome/economy.oldMethodologyPovertyLine", "lower": 0.2, "upper": 1.2},
                "economy.incomeDispersion"],
              "settings": {"sample": 0.002, "replications": 2, "parallel": 2, "evaluations": 8, "seed": 5}
            }
            """;

    @Test
    void aTinyCalibrationWritesItsFilesAndAScenarioThatRunLoads() throws Exception {
        Path targets = dir.resolve("targets.json");
        Files.writeString(targets, TINY, StandardCharsets.UTF_8);
        Path out = dir.resolve("fit");
        Cli c = Cli.run("calibrate", targets.toString(), "--out", out.toString(), "--quiet", "--seed", "6");
        assertEquals(0, c.code(), c.toString());
        assertEquals(List.of(OutputFolder.MARK, "calibrated-scenario.json", "fit-table.csv", "fitted-parameters.json",
                "manifest.json", "objective-history.csv", "targets.json"), files(out));

        // what ran: the file's settings, with the command line's seed in place of the file's 5
        JsonNode manifest = MAPPER.readTree(out.resolve("manifest.json").toFile());
        assertEquals("calibrate", manifest.get("command").asText());
        assertEquals(6, manifest.get("seed").asLong(), "the seed the fit ran with, not the file's");
        assertEquals(0.002, manifest.get("sampleFraction").asDouble());
        assertEquals(2, manifest.get("replications").asInt());
        assertEquals(8, manifest.get("evaluations").asInt());
        assertEquals(2, manifest.get("threads").asInt());
        assertEquals(0.2, manifest.get("initialStep").asDouble(), "the default initial step");
        assertEquals("baseline", manifest.get("anchor").asText());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(out.resolve("targets.json")))), manifest.get("targetsSha256").asText());
        assertTrue(manifest.get("model").asText().startsWith("model-"), manifest.toString());

        JsonNode fitted = MAPPER.readTree(out.resolve("fitted-parameters.json").toFile());
        JsonNode params = fitted.get("parameters");
        assertEquals(3, params.size());
        Scenario anchor = ScenarioLoader.standard().load("baseline").scenario();
        Scenario expected = anchor;
        for (JsonNode p : params) {
            FreeParameter fp = ParameterNames.all().get(p.get("name").asText());
            double v = p.get("value").asDouble();
            assertTrue(v >= p.get("lower").asDouble() && v <= p.get("upper").asDouble(), p.toString());
            assertEquals(fp.valueIn(anchor), p.get("start").asDouble(), 1e-12, "the start is the anchor's value");
            expected = fp.apply(expected, v);
        }
        assertEquals(0.2, params.get(1).get("lower").asDouble(), "the file's bounds are used");
        assertTrue(fitted.get("objectiveFitted").asDouble() < fitted.get("objectiveAtStart").asDouble(),
                "far from the targets at the start, the search finds a better point");

        List<String> history = Files.readAllLines(out.resolve("objective-history.csv"));
        assertEquals("evaluation,objective,behaviour.considerRate,economy.nonLabourIncome/economy.oldMethodologyPovertyLine,"
                + "economy.incomeDispersion", history.get(0));
        assertEquals(fitted.get("evaluations").asInt() + 1, history.size());
        assertTrue(fitted.get("evaluations").asInt() <= 8);
        String[] searchBegan = history.get(2).split(",", -1); // evaluation 2, the optimiser's first
        for (int i = 0; i < params.size(); i++) {
            assertEquals(Double.parseDouble(searchBegan[2 + i]), params.get(i).get("searchStart").asDouble(), 1e-12,
                    "where the search began: evaluation 2");
        }

        List<String> table = Files.readAllLines(out.resolve("fit-table.csv"));
        assertEquals(CalibrationOutputs.FIT_TABLE_HEADER, table.get(0));
        assertEquals(3, table.size());
        String[] dep = table.get(1).split(",", -1);
        assertEquals("dep", dep[1]);
        double mean = Double.parseDouble(dep[7]);
        double low = Double.parseDouble(dep[8]);
        double high = Double.parseDouble(dep[9]);
        assertTrue(low <= mean && mean <= high);
        // relative error = (mean - 900,000) / 900,000; pass when |mean - 900,000| <= 90,000
        assertEquals((mean - 900_000) / 900_000, Double.parseDouble(dep[10]), 1e-9);
        assertEquals(Math.abs(mean - 900_000) <= 90_000 ? "pass" : "fail", dep[11]);
        // its error in tolerances and its term of the objective: weight x error^2
        double inTolerances = (mean - 900_000) / 90_000;
        assertEquals(inTolerances, Double.parseDouble(dep[12]), 1e-9);
        assertEquals(Double.parseDouble(dep[6]) * inTolerances * inTolerances, Double.parseDouble(dep[13]), 1e-9);
        double terms = table.stream().skip(1).mapToDouble(row -> Double.parseDouble(row.split(",", -1)[13])).sum();
        assertEquals(fitted.get("objectiveFitted").asDouble(), terms, 1e-9, "the terms sum to the objective");

        // run from the folder that holds the anchor, as a user would: a parent may be under the working folder
        Scenario loaded = new ScenarioLoader(Catalogue.bundled(), dir).load(out.resolve("calibrated-scenario.json")
                .toString()).scenario();
        assertEquals(rename(expected, loaded), loaded, "the anchor with the fitted values applied");
        assertNotEquals(anchor.behaviour().considerRate(), loaded.behaviour().considerRate());
        String text = Files.readString(out.resolve("calibrated-scenario.json"));
        assertTrue(text.contains("\"extends\": \"baseline\""), text);
        assertEquals("baseline-calibrated", loaded.name());
        assertEquals("baseline-calibrated", CalibrationOutputs.calibratedName(loaded.name()),
                "calibrated again, not baseline-calibrated-calibrated");
    }

    @Test
    void anAnchorGivenAsAPathIsExtendedByARelativePath() throws Exception {
        Files.writeString(dir.resolve("my-anchor.json"), "{\"schemaVersion\": 1, \"extends\": \"baseline\", \"behaviour\": "
                + "{\"considerRate\": 0.04}}");
        Files.createDirectories(dir.resolve("t"));
        Path targets = dir.resolve("t/targets.json");
        Files.writeString(targets, TINY.replace("\"anchor\": \"baseline\"", "\"anchor\": \"../my-anchor.json\"")
                .replace("\"evaluations\": 8", "\"evaluations\": 2"));
        Path out = dir.resolve("runs/fit");
        Cli c = Cli.run("calibrate", targets.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, c.code(), c.toString());
        assertTrue(Files.readString(out.resolve("calibrated-scenario.json"))
                .contains("\"extends\": \"../../my-anchor.json\""));
        // the tests' working folder (the module's) does not hold the anchor: from there, 'muhojir run' of the
        // calibrated scenario would refuse its parent, and the manifest says so
        assertTrue(MAPPER.readTree(out.resolve("manifest.json").toFile()).get("warnings").toString()
                .contains("is outside the working folder"), "warned of a parent unreachable from here");
        // run from the folder that holds the anchor, as a user would: a parent may be under the working folder
        Scenario loaded = new ScenarioLoader(Catalogue.bundled(), dir).load(out.resolve("calibrated-scenario.json")
                .toString()).scenario();
        JsonNode p = MAPPER.readTree(out.resolve("fitted-parameters.json").toFile()).get("parameters").get(0);
        assertEquals(0.04, p.get("start").asDouble(), "the start is the anchor file's value");
        assertEquals(p.get("value").asDouble(), loaded.behaviour().considerRate());
        // the manifest names the anchor file and what it held, so that the fit can be repeated and checked
        JsonNode manifest = MAPPER.readTree(out.resolve("manifest.json").toFile());
        assertEquals("../my-anchor.json", manifest.get("anchor").asText(), "as the targets file names it");
        JsonNode first = manifest.get("anchorFiles").get(0);
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(dir.resolve("my-anchor.json")))), first.get("sha256").asText());
        assertEquals(2, manifest.get("anchorFiles").size(), "the anchor file, then the bundled baseline it extends");
    }

    @Test
    void badTargetsFilesAreRefusedWithEveryProblemAndNothingIsWritten() throws Exception {
        Path targets = dir.resolve("bad.json");
        Files.writeString(targets, TINY.replace("\"moment\": \"departures\"", "\"moment\": \"departure\"")
                .replace("\"behaviour.considerRate\"", "\"behaviour.considerate\"")
                .replace("\"tolerance\": 90000", "\"tolerance\": 90000, \"wieght\": 1")
                .replace("\"seed\": 5", "\"seed\": 5, \"optimiser\": \"cmaes\", \"initialStep\": 0.7"));
        Path out = dir.resolve("fit");
        Cli c = Cli.run("calibrate", targets.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("5 problems in"), c.err());
        assertTrue(c.err().contains("$.settings.initialStep: \"initialStep\" must be more than 0 and at most 0.5"),
                c.err());
        assertTrue(c.err().contains("unknown moment \"departure\". Did you mean \"departures\"?"), c.err());
        assertTrue(c.err().contains("unknown free parameter \"behaviour.considerate\". Did you mean "
                + "\"behaviour.considerRate\"?"), c.err());
        assertTrue(c.err().contains("unknown field \"wieght\". Did you mean \"weight\"?"), c.err());
        assertTrue(c.err().contains("unknown optimiser \"cmaes\". Did you mean \"cma-es\"?"), c.err());
        assertTrue(c.err().contains("bad.json:"), "problems say where they are: " + c.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void numbersTooLargeAndSettingsOutOfRangeAreRefusedAtTheirPlaceInTheFile() throws Exception {
        Path targets = dir.resolve("big.json");
        Files.writeString(targets, TINY.replace("\"value\": 900000", "\"value\": 1e400")
                .replace("\"evaluations\": 8", "\"evaluations\": 1000000000000")
                .replace("\"sample\": 0.002", "\"sample\": 0.0005"));
        Cli c = Cli.run("calibrate", targets.toString(), "--out", dir.resolve("x").toString(), "--quiet");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("3 problems in"), c.err());
        assertTrue(c.err().contains("$.targets[0].value: \"value\" is too large a number (1E+400)"), c.err());
        assertTrue(c.err().contains("$.settings.evaluations: \"evaluations\" must be a whole number from 1 to "
                + "1,000,000, found 1000000000000"), c.err());
        assertTrue(c.err().contains("$.settings.sample: \"sample\" must be a share of households from 0.001 to 1, "
                + "was 5.0E-4"), c.err());
        assertFalse(c.err().contains("internal error"), c.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void aFileWhoseTargetsAllHaveWeightZeroHasNothingToFit() throws Exception {
        Path targets = dir.resolve("zero.json");
        Files.writeString(targets, TINY.replace("\"tolerance\": 90000,", "\"tolerance\": 90000, \"weight\": 0,")
                .replace("\"weight\": 0.5", "\"weight\": 0"));
        Cli c = Cli.run("calibrate", targets.toString(), "--out", dir.resolve("x").toString(), "--quiet");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("has weight 0, so the objective is 0 everywhere and there is nothing to fit"),
                c.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void targetsAndBoundsTheAnchorCannotMeetAreEachRefusedWithTheirPlace() throws Exception {
        // a year before the anchor's first (2023) and bounds that leave out the anchor's value (about 0.4): both
        // said at once, each at its line in the file
        Path targets = dir.resolve("t.json");
        Files.writeString(targets, TINY.replace("\"year\": 2023, \"moment\": \"departures\"",
                "\"year\": 2019, \"moment\": \"departures\"").replace("\"economy.incomeDispersion\"]",
                "{\"name\": \"economy.incomeDispersion\", \"lower\": 0.5, \"upper\": 0.6}]"));
        Cli c = Cli.run("calibrate", targets.toString(), "--out", dir.resolve("x").toString(), "--quiet");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("2 problems in " + targets), c.err());
        assertTrue(c.err().contains("t.json:5:27: $.targets[0].year: target 'dep' is for 2019, which anchor "
                + "'baseline' does not simulate in full (it runs from 2023-01 to 2032-12); give a year from 2023 to "
                + "2032"), c.err());
        assertTrue(c.err().contains("t.json:12:5: $.freeParameters[2]: free parameter 'economy.incomeDispersion' "
                + "is "), c.err());
        assertTrue(c.err().contains("outside its bounds 0.5 to 0.6; widen the bounds"), c.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void anAnchorThatCannotBeLoadedIsAProblemOfTheTargetsFileAtItsPlace() throws Exception {
        Path targets = dir.resolve("a.json");
        Files.writeString(targets, TINY.replace("\"anchor\": \"baseline\"", "\"anchor\": \"baseline-2011\""));
        Cli c = Cli.run("calibrate", targets.toString(), "--out", dir.resolve("x").toString(), "--quiet");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains(targets + ":3:13: $.anchor: the anchor 'baseline-2011' (the scenario the targets "
                + "are fitted on) cannot be loaded"), c.err());
        assertTrue(c.err().contains("Did you mean \"baseline-2010\"?"), "the loader's own report: " + c.err());
        assertFalse(c.err().contains("Exception"), c.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void theOptimiserAnOutputSaysRanIsNamedAsATargetsFileGivesIt() throws Exception {
        // what the manifest and fitted-parameters.json say ran can be given back in a file's settings
        Path targets = dir.resolve("o.json");
        Files.writeString(targets, TINY.replace("\"evaluations\": 8", "\"evaluations\": 1, \"optimiser\": \"bobyqa\""));
        Path out = dir.resolve("o");
        Cli c = Cli.run("calibrate", targets.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, c.code(), c.toString());
        assertEquals("bobyqa", MAPPER.readTree(out.resolve("manifest.json").toFile()).get("optimiser").asText());
        assertEquals("bobyqa", MAPPER.readTree(out.resolve("fitted-parameters.json").toFile()).get("optimiser")
                .asText());
    }

    @Test
    void aTargetOfAYearHeldOutForReplayingHistoryIsAWarning() throws Exception {
        Path targets = dir.resolve("held.json");
        Files.writeString(targets, TINY.replace("\"year\": 2023, \"moment\": \"departures\"",
                "\"year\": 2024, \"moment\": \"departures\"").replace("\"evaluations\": 8", "\"evaluations\": 1"));
        Cli c = Cli.run("calibrate", targets.toString(), "--out", dir.resolve("held").toString());
        assertEquals(0, c.code(), c.toString());
        assertTrue(c.err().contains("warning: " + targets + ":5:27: $.targets[0].year: target 'dep' is of 2024, a "
                + "year held out for replaying history"), c.err());
        assertTrue(MAPPER.readTree(dir.resolve("held").resolve("manifest.json").toFile()).get("warnings").get(0)
                .asText().contains("target 'dep' is of 2024"), "and the manifest keeps it");
    }

    /** {@code s} with the name and description of {@code like} (the calibrated file has its own). */
    static Scenario rename(Scenario s, Scenario like) {
        return new Scenario(like.name(), like.description(), s.start(), s.months(), s.warmUpMonths(), s.historyStart(),
                s.population(), s.economy(),
                s.behaviour(), s.macro(), s.destinations(), s.events(), s.shocks());
    }

    private static List<String> files(Path folder) throws Exception {
        try (var s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anOutOfRangeSettingNamesItsOptionItsRangeAndTheValueAsRunDoes() {
        String[][] cases = {
            {"-e", "0", "error: --evaluations must be at least 1, was 0"},
            {"-r", "0", "error: --replications must be between 1 and 1000, was 0"},
            {"-r", "1001", "error: --replications must be between 1 and 1000, was 1001"},
            {"-t", "0", "error: --threads must be between 1 and 256, was 0"},
            {"-t", "300", "error: --threads must be between 1 and 256, was 300"},
            {"--sample", "200%", "error: --sample must be between 0.001 and 1, was 2 (a share of the households: "
                    + "0.02, or 2%, is one in fifty; use --full for every household)"}};
        for (String[] c : cases) {
            Path out = dir.resolve("range" + c[0] + c[1]);
            Cli cli = Cli.run("calibrate", c[0], c[1], "--out", out.toString());
            assertEquals(2, cli.code(), cli.toString());
            assertEquals(c[2], cli.err().strip(), cli.toString());
            assertFalse(Files.exists(out), "nothing written: " + out);
        }
    }
}
