package org.muhojir.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.muhojir.scenarios.Files;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.cli.Main;

/**
 * A suite of bad scenario files: each must give the right message at the right line and JSON path, make the
 * command exit with code 2 without a stack trace, and write nothing.
 */
class BadFilesTest {
    @TempDir
    Path dir;

    /** A bad file and the one problem it must cause. */
    record Case(String name, String text, int line, String path, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("broken JSON", """
                        {
                          "schemaVersion": 1,
                          "extends": "baseline"
                          "name": "missing comma"
                        }
                        """, 4, "$", "broken JSON"),
                new Case("wrong type", """
                        {
                          "schemaVersion": 1,
                          "behaviour": {"remittanceShare": "three quarters"}
                        }
                        """, 3, "$.behaviour.remittanceShare", "expected a number, found \"three quarters\""),
                new Case("whole number expected", """
                        {"schemaVersion": 1,
                         "months": 12.5}
                        """, 2, "$.months", "expected a whole number, found 12.5"),
                new Case("misspelt field", """
                        {
                          "schemaVersion": 1,
                          "destinations": {
                            "Russia": {"enforcment": {"deportationShare": 0.5}}
                          }
                        }
                        """, 4, "$.destinations.Russia.enforcment", "Did you mean \"enforcement\"?"),
                new Case("unknown top-level field", """
                        {"schemaVersion": 1,
                         "shoks": []}
                        """, 2, "$.shoks", "unknown field \"shoks\". Did you mean \"shocks\"?"),
                new Case("negative share", """
                        {
                          "schemaVersion": 1,
                          "population": {
                            "initialAbroadShare": {"Khatlon": -0.2}
                          }
                        }
                        """, 4, "$.population.initialAbroadShare.Khatlon", "must be a share between 0 and 1, was -0.2"),
                new Case("unknown destination in a shock", """
                        {"schemaVersion": 1, "extends": "baseline",
                         "shocks": [
                           {"type": "raidWave", "destination": "Rusia", "start": "2024-04", "months": 6,
                            "raidMultiplier": 3}
                         ]}
                        """, 3, "$.shocks[0].destination", "unknown destination \"Rusia\"; expected one of Russia, "
                        + "Kazakhstan, Turkey, Gulf, South Korea, UK, USA. Did you mean \"Russia\"?"),
                new Case("unknown region", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "skillsProgramme", "regions": ["Khatlon", "Pamir"], "start": "2025-01",
                                     "share": 0.2}]}
                        """, 2, "$.shocks[0].regions[1]", "unknown region \"Pamir\""),
                new Case("unknown shock type", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "raidwave", "destination": "Russia", "start": "2024-04"}]}
                        """, 2, "$.shocks[0].type", "Did you mean \"raidWave\"?"),
                new Case("missing shock field", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "raidWave", "destination": "Russia", "start": "2024-04"}]}
                        """, 2, "$.shocks[0]", "missing field \"raidMultiplier\""),
                new Case("end before start", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "borderClosure", "start": "2024-06",
                                     "end": "2024-03"}]}
                        """, 3, "$.shocks[0].end", "dates out of order: end \"2024-03\" is before start \"2024-06\""),
                new Case("series months out of order", """
                        {"schemaVersion": 1,
                         "macro": {"tjsPerUsd": {"2025-01": 11.0,
                                                 "2024-01": 10.8}}}
                        """, 3, "$.macro.tjsPerUsd['2024-01']", "dates out of order"),
                new Case("a day instead of a month", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "entryRouteChange", "destination": "Turkey", "route": "VISA",
                                     "start": "2024-04-20", "documentsUsd": 160}]}
                        """, 3, "$.shocks[0].start", "write \"2024-04\""),
                new Case("shock after the run", """
                        {"schemaVersion": 1, "start": "2023-01", "months": 24,
                         "shocks": [{"type": "wageShock", "destination": "Russia", "start": "2026-01",
                                     "wageMultiplier": 0.8}]}
                        """, 2, "$.shocks[0].start", "never in force: it starts in 2026-01, after the run ends "
                        + "(2024-12)"),
                new Case("shock before the run", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "borderClosure", "start": "2020-03", "months": 13}]}
                        """, 2, "$.shocks[0].start", "never in force: it ends in 2021-03, before the run starts "
                        + "(2023-01)"),
                new Case("out-of-range shock value", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "raidWave", "destination": "Russia", "start": "2024-04",
                                     "raidMultiplier": -2}]}
                        """, 3, "$.shocks[0].raidMultiplier", "must be between 0 and 1000, was -2"),
                new Case("unknown currency", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "exchangeRateShock", "currency": "RUR", "start": "2025-01",
                                     "rateMultiplier": 2}]}
                        """, 2, "$.shocks[0].currency", "unknown currency \"RUR\"; expected one of RUB"),
                new Case("distribution not summing to 1", """
                        {"schemaVersion": 1,
                         "population": {"skillShare": {"none": 0.9}}}
                        """, 2, "$.population.skillShare", "shares must sum to 1, summed to 1.1"),
                new Case("not an object", """
                        ["baseline"]
                        """, 1, "$", "expected a JSON object"),
                new Case("empty file", "", 1, "$", "the file is empty"),
                new Case("overlapping quotas", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "quotaChange", "destination": "UK", "start": "2024-01", "annualQuota": 5000},
                                    {"type": "quotaChange", "destination": "UK", "start": "2025-01", "annualQuota": 8000}]}
                        """, 3, "$.shocks[1].start", "overlaps $.shocks[0]"),
                new Case("missing schemaVersion", """
                        {"extends": "baseline"}
                        """, 1, "$", "missing field \"schemaVersion\""),
                new Case("missing parent", """
                        {"schemaVersion": 1,
                         "extends": "my-base.json"}
                        """, 2, "$.extends", "no such file"),
                new Case("unknown bundled parent", """
                        {"schemaVersion": 1,
                         "extends": "basline"}
                        """, 2, "$.extends", "Did you mean \"baseline\"?"),
                new Case("extends itself", """
                        {"schemaVersion": 1,
                         "extends": "extends-itself.json"}
                        """, 2, "$.extends", "extends cycle: extends-itself.json extends extends-itself.json"),
                new Case("trailing comma", """
                        {
                          "schemaVersion": 1,
                          "extends": "baseline",
                        }
                        """, 4, "$", "broken JSON: a comma before '}': remove the comma after the last field"),
                new Case("thousands separator", """
                        {"schemaVersion": 1,
                         "population": {"nationalHouseholds": "20,000"}}
                        """, 2, "$.population.nationalHouseholds", "(write 20000: a number has no quotes and no "
                        + "thousands separators)"),
                new Case("part of a destination's name", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "quotaChange", "destination": "Korea", "start": "2025-01",
                                     "annualQuota": 5000}]}
                        """, 2, "$.shocks[0].destination", "Did you mean \"South Korea\"?"),
                new Case("dated value of a constant", """
                        {"schemaVersion": 1,
                         "destinations": {"Russia": {"transferFeeRate": {"2025-01": 0.01}}}}
                        """, 2, "$.destinations.Russia.transferFeeRate", "expected a number, found an object (this "
                        + "value holds for the whole run and cannot change by month; to change it from a month on, "
                        + "use a shock"))
                .map(Arguments::of);
    }

    private static String fileName(Case c) {
        return c.name().replace(' ', '-') + ".json";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadFileGivesTheRightMessageWhereTheMistakeIs(Case c) {
        Files.write(dir, fileName(c), c.text());
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader(Catalogue.bundled(), dir).load(fileName(c)));
        assertEquals(1, e.problems().size(), e.report());
        ScenarioProblem p = e.problems().get(0);
        assertEquals(fileName(c), p.source().file());
        assertEquals(c.line(), p.source().line(), e.report());
        assertTrue(p.source().column() >= 1, e.report());
        assertEquals(c.path(), p.path(), e.report());
        assertTrue(p.message().contains(c.message()), e.report());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCommandExitsWithCode2AndWritesNothing(Case c) throws Exception {
        Path file = Files.write(dir, fileName(c), c.text());
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"run", file.toString(), "--out", out.toString(), "--months", "2",
            "--sample", "0.001", "--replications", "1", "--quiet"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().startsWith("error: "), err.toString());
        assertTrue(err.toString().contains(c.message()), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        try (Stream<Path> s = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(fileName(c)), s.map(p -> p.getFileName().toString()).toList(),
                    "nothing but the scenario file in its folder");
        }
    }

    @Test
    void aCycleThroughTwoFilesIsReportedWhereItCloses() {
        Files.write(dir, "a.json", "{\"schemaVersion\": 1, \"extends\": \"b.json\"}");
        Files.write(dir, "b.json", "{\"schemaVersion\": 1,\n \"extends\": \"a.json\"}");
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader(Catalogue.bundled(), dir).load("a.json"));
        assertEquals(1, e.problems().size(), e.report());
        ScenarioProblem p = e.problems().get(0);
        assertEquals("b.json", p.source().file());
        assertEquals(2, p.source().line());
        assertTrue(p.message().contains("extends cycle: a.json extends b.json extends a.json"), e.report());
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnceInFileOrder() {
        Files.write(dir, "many.json", """
                {
                  "schemaVersion": 1,
                  "behaviour": {"remittanceShar": 0.8},
                  "population": {"urbanShare": {"Sughd": 1.5}},
                  "shocks": [{"type": "raidWave", "destination": "Russia", "start": "2024-13", "raidMultiplier": 2}]
                }
                """);
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader(Catalogue.bundled(), dir).load("many.json"));
        assertEquals(List.of(3, 4, 5), e.problems().stream().map(p -> p.source().line()).toList(), e.report());
        assertEquals(List.of("$.behaviour.remittanceShar", "$.population.urbanShare.Sughd", "$.shocks[0].start"),
                e.problems().stream().map(ScenarioProblem::path).toList());
    }

    @Test
    void aProblemInAParentFileIsReportedInThatFile() {
        Files.write(dir, "parent.json", """
                {"schemaVersion": 1,
                 "destinations": {"Turkey": {"enforcement": {"deportationShare": 1.4}}}}
                """);
        Files.write(dir, "child.json", "{\"schemaVersion\": 1, \"extends\": \"parent.json\"}");
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader(Catalogue.bundled(), dir).load("child.json"));
        assertEquals(1, e.problems().size(), e.report());
        ScenarioProblem p = e.problems().get(0);
        assertEquals("parent.json", p.source().file());
        assertEquals(2, p.source().line());
        assertEquals("$.destinations.Turkey.enforcement.deportationShare", p.path());
    }

    @Test
    void aProblemWithAValueFromTheDefaultsPointsToTheOverrideThatCausedIt() {
        // 0.9 + the default needRemittanceShare 0.15 = 1.05 > 1: core reports needRemittanceShare, which this file
        // does not set, so the problem is placed at the nearest object the file wrote ($.behaviour, line 3)
        Files.write(dir, "sum.json", """
                {
                  "schemaVersion": 1,
                  "behaviour": {"remittanceShare": 0.9}
                }
                """);
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader(Catalogue.bundled(), dir).load("sum.json"));
        ScenarioProblem p = e.problems().get(0);
        assertEquals(3, p.source().line(), e.report());
        assertEquals("$.behaviour.needRemittanceShare", p.path());
        assertTrue(p.message().contains("must not exceed 1"), e.report());
        assertTrue(p.message().contains("the core model's defaults"), e.report());
    }
}
