package org.muhojir.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.muhojir.scenarios.Files;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.cli.Cli;
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
                        """, 4, "$", "broken JSON: a comma is missing before '\"' (between two fields or items): add it "
                        + "at the end of line 3"),
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
                new Case("negative price index", """
                        {"schemaVersion": 1,
                         "destinations": {"Russia": {"labour": {"priceIndex": {"2023-12": 1.0,
                                                                               "2024-01": -1.05}}}}}
                        """, 2, "$.destinations.Russia.labour.priceIndex",
                        "every value must be more than zero, smallest was -1.05"),
                new Case("a gap in a recorded series", """
                        {"schemaVersion": 1,
                         "macro": {"tjsPerUsd": {"2024-01": 10.8, "2024-02": 10.9,
                                                 "2024-05": 11.0}}}
                        """, 3, "$.macro.tjsPerUsd['2024-05']", "a gap: \"2024-03\" to \"2024-04\" missing between "
                        + "\"2024-02\" and \"2024-05\""),
                new Case("negative exchange rate", """
                        {"schemaVersion": 1,
                         "destinations": {"Kazakhstan": {"localPerUsd": {"2024-01": 470.0,
                                                                         "2024-02": -470.0}}}}
                        """, 2, "$.destinations.Kazakhstan.localPerUsd",
                        "every value must be more than zero, smallest was -470"),
                new Case("a destination with no exchange rate", """
                        {"schemaVersion": 1,
                         "destinations": {"Turkey": {"localPerUsd": {}}}}
                        """, 2, "$.destinations.Turkey.localPerUsd", "expected at least one month, found an empty "
                        + "object"),
                new Case("a shock on a currency with no rate", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "exchangeRateShock", "currency": "EUR", "start": "2025-01",
                                     "rateMultiplier": 2}]}
                        """, 2, "$.shocks[0].currency", "unknown currency"),
                new Case("wage index months out of order", """
                        {"schemaVersion": 1,
                         "destinations": {"Russia": {"labour": {"wageIndex": {"2024-01": 1.19,
                                                                              "2023-01": 1.0}}}}}
                        """, 3, "$.destinations.Russia.labour.wageIndex['2023-01']", "dates out of order"),
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
                         "shocks": [{"type": "borderClosure", "start": "2008-03", "months": 13}]}
                        """, 2, "$.shocks[0].start", "never in force: it ends in 2009-03, before the run starts "
                        + "(2010-01)"),
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
                new Case("a skills programme without an end", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "skillsProgramme", "regions": ["Khatlon"], "start": "2025-01",
                                     "share": 0.2}]}
                        """, 2, "$.shocks[0].months", "add \"months\" (how many) or \"end\" (its last month)"),
                new Case("the dollar shocked against itself", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "exchangeRateShock", "currency": "USD", "start": "2025-01",
                                     "rateMultiplier": 2}]}
                        """, 2, "$.shocks[0].currency", "the US dollar cannot be shocked"),
                new Case("distribution not summing to 1", """
                        {"schemaVersion": 1,
                         "population": {"skillShare": {"none": 0.9}}}
                        """, 2, "$.population.skillShare", "shares must sum to 1 (within 0.001), summed to 1.1"),
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
                new Case("a percentage", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "tightenedRules", "destination": "Russia", "start": "2025-01",
                                     "feeMultiplier": "200%"}]}
                        """, 3, "$.shocks[0].feeMultiplier", "(write a percentage as a plain number: a share of "
                        + "12% as 0.12, a factor that doubles a value (+100%) as 2; the field's unit says which)"),
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
                        + "use a shock"),
                new Case("a comment", """
                        {
                          "schemaVersion": 1,
                          // Russia's 2015 reform
                          "extends": "baseline"
                        }
                        """, 3, "$", "broken JSON: a comment (//): JSON has no comments: remove it (a "
                        + "\"description\" field can hold notes"),
                new Case("a block comment", """
                        {
                          "schemaVersion": 1, /* the reform */
                          "extends": "baseline"
                        }
                        """, 2, "$", "a comment (/* */): JSON has no comments: remove it"),
                new Case("a comment before the object", """
                        // my scenario: Russia's 2015 reform
                        {"schemaVersion": 1, "extends": "baseline"}
                        """, 1, "$", "broken JSON: a comment (//): JSON has no comments: remove it"),
                new Case("a hash comment on the first line", """
                        # my scenario
                        {"schemaVersion": 1, "extends": "baseline"}
                        """, 1, "$", "broken JSON: a comment (#): JSON has no comments: remove it"),
                new Case("a run's manifest", """
                        {"program": "muhojir", "version": "0.1.0-SNAPSHOT", "command": "run",
                         "commandLine": ["run", "baseline"], "seed": 1, "replications": 5}
                        """, 1, "$", "this is a run's manifest.json, not a scenario file: the scenario a run ran, "
                        + "with every value filled in, is the scenario.resolved.json"),
                new Case("a decimal comma", """
                        {"schemaVersion": 1, "extends": "baseline",
                         "shocks": [{"type": "tightenedRules", "destination": "Russia", "start": "2026-01",
                                     "feeMultiplier": 1,3}]}
                        """, 3, "$", "broken JSON: a number with a decimal comma (1,3): JSON writes a decimal "
                        + "point, 1.3"),
                new Case("NaN", """
                        {"schemaVersion": 1,
                         "macro": {"growthBeyondData": NaN}}
                        """, 2, "$", "broken JSON: NaN is not a number JSON allows: write a number"),
                new Case("Infinity", """
                        {"schemaVersion": 1,
                         "macro": {"growthBeyondData": -Infinity}}
                        """, 2, "$", "broken JSON: -Infinity is not a number JSON allows: write a number"),
                new Case("a plus sign", """
                        {"schemaVersion": 1,
                         "macro": {"growthBeyondData": +2}}
                        """, 2, "$", "broken JSON: a number with a plus sign: JSON has none; write the number "
                        + "without it (2, not +2)"),
                new Case("a leading decimal point", """
                        {"schemaVersion": 1,
                         "behaviour": {"remittanceShare": .5}}
                        """, 2, "$", "broken JSON: a number starts with a decimal point: write a 0 before it"),
                new Case("single quotes", """
                        {"schemaVersion": 1,
                         "name": 'my policy'}
                        """, 2, "$", "broken JSON: text in single quotes: JSON needs double quotes"),
                new Case("a field name without quotes", """
                        {"schemaVersion": 1,
                         name: "my policy"}
                        """, 2, "$", "broken JSON: a field name without double quotes: write \"name\", not name"),
                new Case("a line break in text", """
                        {"schemaVersion": 1,
                         "description": "two
                        lines"}
                        """, 2, "$", "broken JSON: a line break inside text: text in double quotes must end on "
                        + "the line it starts on"),
                new Case("a backslash", """
                        {"schemaVersion": 1,
                         "description": "from C:\\data\\x"}
                        """, 2, "$", "broken JSON: \\d is not an escape JSON knows: a backslash in text is "
                        + "written \\\\"),
                new Case("an empty file", "", 1, "$", "the file is empty; a scenario file is a JSON object such as "
                        + "{\"schemaVersion\": 1, \"extends\": \"baseline\"}"),
                new Case("a month without its leading zero", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "wageShock", "destination": "Russia", "start": "2025-1",
                                     "wageMultiplier": 0.8}]}
                        """, 2, "$.shocks[0].start", "found \"2025-1\" (write it as \"2025-01\": the year, "
                        + "a hyphen and the month in two digits)"),
                new Case("a month with a slash", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "wageShock", "destination": "Russia", "start": "2025/01",
                                     "wageMultiplier": 0.8}]}
                        """, 2, "$.shocks[0].start", "found \"2025/01\" (write it as \"2025-01\""),
                new Case("a month before its year", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "wageShock", "destination": "Russia", "start": "01-2025",
                                     "wageMultiplier": 0.8}]}
                        """, 2, "$.shocks[0].start", "found \"01-2025\" (write it as \"2025-01\""),
                new Case("a year alone", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "wageShock", "destination": "Russia", "start": "2025",
                                     "wageMultiplier": 0.8}]}
                        """, 2, "$.shocks[0].start", "found \"2025\" (a month is needed, not a year: write it as "
                        + "\"2025-01\" for January 2025"),
                new Case("a series month without its leading zero", """
                        {"schemaVersion": 1,
                         "destinations": {"Russia": {"costs": {"monthlyFee": {"2025-1": 17800}}}}}
                        """, 2, "$.destinations.Russia.costs.monthlyFee['2025-1']", "as the key, found \"2025-1\" "
                        + "(write it as \"2025-01\""),
                new Case("a share as a percentage", """
                        {"schemaVersion": 1,
                         "population": {"initialAbroadShare": {"Khatlon": 20}}}
                        """, 2, "$.population.initialAbroadShare.Khatlon", "must be a share between 0 and 1, was 20 "
                        + "(20% is 0.2)"),
                new Case("a share of a shock as a percentage", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "transferFeeChange", "start": "2025-01", "transferFeeRate": 2}]}
                        """, 2, "$.shocks[0].transferFeeRate", "must be a share between 0 and 1, was 2 (2% is "
                        + "0.02)"),
                new Case("a multiplier as a change", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "wageShock", "destination": "Russia", "start": "2025-01",
                                     "wageMultiplier": -20}]}
                        """, 3, "$.shocks[0].wageMultiplier", "was -20 (this is a multiplier, not a change: a 20% "
                        + "cut is 0.8, a 20% rise 1.2, and 1 leaves the value unchanged)"),
                new Case("a currency's fall as a change", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "exchangeRateShock", "currency": "RUB", "start": "2025-01",
                                     "rateMultiplier": -30}]}
                        """, 3, "$.shocks[0].rateMultiplier", "was -30 (this is a factor on units of the currency per "
                        + "US dollar, not a change: a currency that loses 30% of its value is 1 / (1 - 0.3) = 1.4286, "
                        + "one that gains 30% is 1 / 1.3 = 0.7692, and 1 leaves the rate unchanged)"),
                new Case("a currency's whole value as a change", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "exchangeRateShock", "currency": "RUB", "start": "2025-01",
                                     "rateMultiplier": -100}]}
                        """, 3, "$.shocks[0].rateMultiplier", "was -100 (this is a factor on units of the currency per "
                        + "US dollar, not a change: a currency that loses 90% of its value is 1 / (1 - 0.9) = 10, "
                        + "one that gains 90% is 1 / 1.9 = 0.5263, and 1 leaves the rate unchanged)"),
                new Case("every destination as all", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "borderClosure", "destination": "all", "start": "2025-01"}]}
                        """, 2, "$.shocks[0].destination", "\"all\" is not a destination: leave \"destination\" "
                        + "out to close every border"),
                new Case("every corridor as null", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "transferFeeChange", "destination": null, "start": "2025-01",
                                     "transferFeeRate": 0.01}]}
                        """, 2, "$.shocks[0].destination", "null is not a destination: leave \"destination\" out "
                        + "for every corridor"),
                new Case("a field in the wrong section", """
                        {"schemaVersion": 1,
                         "economy": {"remittanceShare": 0.5}}
                        """, 2, "$.economy.remittanceShare", "\"remittanceShare\" does not belong here: it belongs "
                        + "in \"behaviour\"; move it there"),
                new Case("a shock's field at the top level", """
                        {"schemaVersion": 1,
                         "raidMultiplier": 2}
                        """, 2, "$.raidMultiplier", "it belongs in a shock of type raidWave; move it there"),
                new Case("a destination's field in the wrong section", """
                        {"schemaVersion": 1,
                         "destinations": {"Russia": {"enforcement": {"examPassRate": 0.5}}}}
                        """, 2, "$.destinations.Russia.enforcement.examPassRate", "it belongs in "
                        + "\"destinations.NAME.entry\" or a shock of type entryExam; move it there"),
                new Case("a fee for every corridor and one for Russia", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "transferFeeChange", "start": "2025-01", "transferFeeRate": 0.01},
                                    {"type": "transferFeeChange", "destination": "Russia", "start": "2025-06",
                                     "transferFeeRate": 0.02}]}
                        """, 3, "$.shocks[1].start", "two transferFeeChange shocks (one for every corridor, which "
                        + "includes the Russia corridor of the other) cannot be in force in the same month"),
                new Case("an entry route of the wrong type", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "entryRouteChange", "destination": "Turkey", "start": "2025-01",
                                     "route": 3, "documentsUsd": 160}]}
                        """, 3, "$.shocks[0].route", "expected an entry route: one of VISA_FREE"),
                new Case("a shock's field misspelt is not also missing", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "raidWave", "destination": "Russia", "start": "2024-04",
                                     "raidMultipler": 3}]}
                        """, 3, "$.shocks[0].raidMultipler", "unknown field \"raidMultipler\". Did you mean "
                        + "\"raidMultiplier\"?"),
                new Case("a field of other shocks in one that has none", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "homePriceShock", "destination": "Russia", "start": "2025-01",
                                     "priceMultiplier": 1.1}]}
                        """, 2, "$.shocks[0].destination", "\"destination\" is not a field of a homePriceShock "
                        + "shock: shocks of type raidWave, tightenedRules, banPolicy and 10 more have it. Expected one "
                        + "of: type, start, months, end, note, priceMultiplier, incomePassThrough"),
                new Case("a shock without a field it needs", """
                        {"schemaVersion": 1,
                         "shocks": [{"type": "entryRouteChange", "destination": "Turkey", "start": "2025-01",
                                     "route": "VISA"}]}
                        """, 2, "$.shocks[0]", "missing field \"documentsUsd\" for an entryRouteChange shock"))
                .map(Arguments::of);
    }

    /** Texts the JSON parser could read with a feature turned on, which a message must never name. */
    static Stream<String> lenientJson() {
        return Stream.of("{\"schemaVersion\": 1 // a note\n}", "{\"schemaVersion\": 1 /* a note */}",
                "{\"schemaVersion\": 1 # a note\n}", "{\"schemaVersion\": NaN}", "{\"schemaVersion\": Infinity}",
                "{\"schemaVersion\": +1}", "{\"schemaVersion\": 01}", "{\"schemaVersion\": .5}",
                "{\"schemaVersion\": 1.}", "{\"schemaVersion\": 1e}", "{'schemaVersion': 1}", "{schemaVersion: 1}",
                "{\"schemaVersion\": 1, \"name\": 'x'}", "{\"schemaVersion\": 1, \"name\": \"a\tb\"}",
                "{\"schemaVersion\": 1, \"name\": \"a\\qb\"}", "{\"schemaVersion\": 1, \"x\": [1,,2]}",
                "{\"schemaVersion\": 1,}", "{\"schemaVersion\": 1, \"x\": [1,]}", "{\"schemaVersion\": 0x10}");
    }

    @ParameterizedTest
    @MethodSource("lenientJson")
    void noMessageNamesAParserFeatureOrACharacterCode(String text) {
        Files.write(dir, "lenient.json", text);
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader(Catalogue.bundled(), dir).load("lenient.json"));
        for (String internal : List.of("ALLOW_", "Feature", "enable", "JsonReadFeature", "code ", "CTRL-CHAR",
                "token")) {
            assertFalse(e.report().contains(internal), e.report());
        }
    }

    @Test
    void theFileTheEmptyFileMessageSuggestsLoads() throws Exception {
        Files.write(dir, "minimal.json", ReaderMessages.MINIMAL);
        assertEquals(List.of(), new ScenarioLoader(Catalogue.bundled(), dir).load("minimal.json").warnings());
    }

    @Test
    void aGrowthRateWrittenAsAShareIsWarnedOfWithTheWayToWriteIt() throws Exception {
        Files.write(dir, "growth.json", """
                {"schemaVersion": 1,
                 "macro": {"growthBeyondData": 0.03}}
                """);
        List<ScenarioProblem> w = new ScenarioLoader(Catalogue.bundled(), dir).load("growth.json").warnings();
        assertEquals(1, w.size(), w.toString());
        assertEquals("$.macro.growthBeyondData", w.get(0).path());
        assertEquals(2, w.get(0).source().line());
        assertEquals("is 0.03, which here is 0.03% a year: this field is in per cent, unlike the shares elsewhere; "
                + "for 3% a year write 3", w.get(0).message());
        Files.write(dir, "growth3.json", """
                {"schemaVersion": 1,
                 "macro": {"growthBeyondData": 3}}
                """);
        assertEquals(List.of(), new ScenarioLoader(Catalogue.bundled(), dir).load("growth3.json").warnings());
    }

    private static String fileName(Case c) {
        return c.name().replace(' ', '-') + ".json";
    }

    @Test
    void aFieldThatBelongsElsewhereDoesNotHideAMissingOne() {
        // "destinations" belongs at the top level: told so, and the raid wave's missing "destination" is told too
        Files.write(dir, "elsewhere.json", """
                {"schemaVersion": 1,
                 "shocks": [{"type": "raidWave", "destinations": "Russia", "start": "2024-04", "raidMultiplier": 3}]}
                """);
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader(Catalogue.bundled(), dir).load("elsewhere.json"));
        assertEquals(2, e.problems().size(), e.report());
        assertTrue(e.report().contains("missing field \"destination\" for a raidWave shock"), e.report());
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
    void aShockSetAsideForItsDatesOrAnUnknownFieldStillHasItsValuesChecked() {
        // each shock has a problem of the format (dates out of order, a field it does not have, both months and end)
        // and a value core refuses: all six are told in one round, the values with core's own words
        Files.write(dir, "set-aside.json", """
                {"schemaVersion": 1,
                 "shocks": [{"type": "entryExam", "destination": "Russia", "examPassRate": 1.5, "russianExam": true,
                             "start": "2030-01", "end": "2029-01"},
                            {"type": "raidWave", "destination": "Russia", "raidMultiplier": -2, "start": "2030-01",
                             "bogus": 1},
                            {"type": "banPolicy", "destination": "Russia", "start": "2030-01", "months": 2,
                             "end": "2030-02", "banMonths": -5}]}
                """);
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader(Catalogue.bundled(), dir).load("set-aside.json"));
        assertEquals(List.of("$.shocks[0].examPassRate", "$.shocks[0].end", "$.shocks[1].raidMultiplier",
                "$.shocks[1].bogus", "$.shocks[2].end", "$.shocks[2].banMonths"),
                e.problems().stream().map(ScenarioProblem::path).toList(), e.report());
        assertTrue(e.problems().get(0).message().startsWith("must be a share between 0 and 1, was 1.5"), e.report());
        assertTrue(e.problems().get(2).message().startsWith("must be between 0 and 1000, was -2"), e.report());
        // the same values in shocks with nothing else wrong get the same words from core's validation of the scenario
        Files.write(dir, "core.json", """
                {"schemaVersion": 1,
                 "shocks": [{"type": "entryExam", "destination": "Russia", "examPassRate": 1.5, "russianExam": true,
                             "start": "2030-01"},
                            {"type": "raidWave", "destination": "Russia", "raidMultiplier": -2, "start": "2030-01"},
                            {"type": "banPolicy", "destination": "Russia", "start": "2030-01", "months": 2,
                             "banMonths": -5}]}
                """);
        ScenarioFileException core = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader(Catalogue.bundled(), dir).load("core.json"));
        List<String> coreMessages = core.problems().stream().map(ScenarioProblem::message).toList();
        assertEquals(coreMessages, List.of(e.problems().get(0).message(), e.problems().get(2).message(),
                e.problems().get(5).message()), core.report());
    }

    @Test
    void aShockThatCannotBeBuiltStillHasItsNumbersCheckedAgainstTheirRanges() {
        // the first lacks its destination, the second misspells it: neither can be built, but each number is told
        Files.write(dir, "unbuildable.json", """
                {"schemaVersion": 1,
                 "shocks": [{"type": "raidWave", "raidMultiplier": 2000, "start": "2030-01"},
                            {"type": "raidWave", "destinaton": "Russia", "raidMultiplier": -2, "start": "2030-01"}]}
                """);
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader(Catalogue.bundled(), dir).load("unbuildable.json"));
        assertEquals(List.of("$.shocks[0]", "$.shocks[0].raidMultiplier", "$.shocks[1].destinaton",
                "$.shocks[1].raidMultiplier"), e.problems().stream().map(ScenarioProblem::path).toList(), e.report());
        assertTrue(e.problems().get(1).message().startsWith("must be between 0 and 1000, was 2000"), e.report());
        assertTrue(e.problems().get(3).message().startsWith("must be between 0 and 1000, was -2"), e.report());
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

    /** A file that is not a UTF-8 scenario file at all, and what the message must call it. */
    record Unreadable(String name, byte[] bytes, int line, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> unreadable() {
        String json = "{\"schemaVersion\": 1, \"extends\": \"baseline\"}\n";
        byte[] utf16le = json.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16le, 0, withBom, 2, utf16le.length);
        return Stream.of(
                new Unreadable("UTF-16 as Notepad saves it", withBom, 0,
                        "the file is UTF-16 (as Windows Notepad's \"Unicode\" saves it); save it as UTF-8"),
                new Unreadable("UTF-16 without a byte order mark", json.getBytes(StandardCharsets.UTF_16BE), 0,
                        "the file is UTF-16"),
                new Unreadable("UTF-32", json.getBytes(java.nio.charset.Charset.forName("UTF-32LE")), 0,
                        "the file is UTF-32"),
                // line 2 is ` "name": "Dushanbe café"}`: the é (one Latin-1 byte) is its 23rd character
                new Unreadable("Latin-1", "{\"schemaVersion\": 1,\n \"name\": \"Dushanbe caf\u00e9\"}\n"
                        .getBytes(StandardCharsets.ISO_8859_1), 2, "invalid UTF-8 at line 2, column 23 (byte 0xE9)"),
                new Unreadable("not JSON at all", "root:x:0:0:root:/root:/bin/bash\n".getBytes(
                        StandardCharsets.UTF_8), 1, "this is not a JSON file (it does not start with '{')"))
                .map(Arguments::of);
    }

    private static String fileName(Unreadable u) {
        return u.name().replace(' ', '-') + ".json";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void aFileInAnotherEncodingIsNamedForWhatItIs(Unreadable u) throws Exception {
        java.nio.file.Files.write(dir.resolve(fileName(u)), u.bytes());
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader(Catalogue.bundled(), dir).load(fileName(u)));
        assertEquals(1, e.problems().size(), e.report());
        ScenarioProblem p = e.problems().get(0);
        assertEquals(u.line(), p.source().line(), e.report());
        assertTrue(p.message().contains(u.message()), e.report());
        assertFalse(e.report().contains("root:"), "never quotes a file that is not JSON: " + e.report());
        assertFalse(e.report().contains("Input length"), e.report());
        Cli c = Cli.run("run", dir.resolve(fileName(u)).toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains(u.message()), c.err());
        assertEquals(List.of(fileName(u)), names(dir), "nothing written");
    }

    @Test
    void aUtf8ByteOrderMarkIsAcceptedAsRfc8259Allows() throws Exception {
        byte[] text = "{\"schemaVersion\": 1, \"extends\": \"baseline\", \"name\": \"bom\"}".getBytes(
                StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        java.nio.file.Files.write(dir.resolve("bom.json"), bytes);
        LoadedScenario l = new ScenarioLoader(Catalogue.bundled(), dir).load("bom.json");
        assertEquals("bom", l.scenario().name());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                l.inputs().get(0).sha256(), "the manifest's hash is of the file's bytes, mark included");
    }

    @Test
    void aFolderAPipeOrADeviceIsNamedForWhatItIs() throws Exception {
        java.nio.file.Files.createDirectory(dir.resolve("folder.json"));
        assertRefused("folder.json", "this is a folder, not a scenario file");
        java.nio.file.Files.createDirectory(dir.resolve("baseline"));
        assertEquals("baseline", new ScenarioLoader(Catalogue.bundled(), dir).load("baseline").scenario().name(),
                "a folder that happens to share a bundled scenario's name does not hide it");
        assertRefused("/dev/null", "this is a character device, not a scenario file");
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.json").toString()).start();
        if (mkfifo.waitFor() == 0) {
            assertRefused("pipe.json", "this is a named pipe (FIFO), not a scenario file");
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(dir.resolve("big.json").toFile(), "rw")) {
            f.setLength(3L << 30); // 3 GiB, sparse: nothing is written to the disk
        }
        long started = System.nanoTime();
        assertRefused("big.json", "the file is 3,221,225,472 bytes, more than the 16 MiB a scenario file may have");
        assertTrue((System.nanoTime() - started) / 1e9 < 5, "refused without reading");
        Cli c = Cli.run("validate", dir.resolve("big.json").toString());
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("16 MiB"), c.err());
    }

    @Test
    void extendsReachesOnlyTheScenariosFolderTheWorkingFolderAndTheCatalogue() throws Exception {
        Path home = java.nio.file.Files.createDirectories(dir.resolve("work/policies"));
        Path elsewhere = java.nio.file.Files.createDirectories(dir.resolve("elsewhere"));
        Files.write(elsewhere, "secret.json", "{\"schemaVersion\": 1, \"name\": \"TOP-SECRET\"}");
        Files.write(home, "parent.json", "{\"schemaVersion\": 1, \"extends\": \"baseline\"}");
        Files.write(home, "sub/child.json", "{\"schemaVersion\": 1, \"extends\": \"../parent.json\"}");
        Path work = dir.resolve("work");
        ScenarioLoader loader = new ScenarioLoader(Catalogue.bundled(), work);
        assertEquals("child", loadOrFail(loader, "policies/sub/child.json").scenario().name(),
                "a parent above the scenario's folder but inside the working folder is allowed");
        for (String bad : List.of("/etc/passwd", elsewhere.resolve("secret.json").toString(),
                "../../elsewhere/secret.json")) {
            Files.write(home, "bad.json", "{\"schemaVersion\": 1,\n \"extends\": \"" + bad + "\"}");
            ScenarioFileException e = assertThrows(ScenarioFileException.class,
                    () -> loader.load("policies/bad.json"));
            assertEquals(2, e.problems().get(0).source().line(), e.report());
            assertTrue(e.report().contains("not a file this scenario may extend"), e.report());
            assertFalse(e.report().contains("TOP-SECRET") || e.report().contains("root:"), e.report());
        }
        java.nio.file.Files.createSymbolicLink(home.resolve("link.json"), elsewhere.resolve("secret.json"));
        Files.write(home, "linked.json", "{\"schemaVersion\": 1, \"extends\": \"link.json\"}");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> loader.load("policies/linked.json"));
        assertTrue(e.report().contains("not a file this scenario may extend"), "a link out is followed: " + e.report());
        Files.write(home, "notes.json", "Ministry contacts: ...\n");
        Files.write(home, "on-notes.json", "{\"schemaVersion\": 1, \"extends\": \"notes.json\"}");
        e = assertThrows(ScenarioFileException.class, () -> loader.load("policies/on-notes.json"));
        assertTrue(e.report().contains("this is not a JSON file"), e.report());
        assertFalse(e.report().contains("Ministry"), "never quotes a parent that is not JSON: " + e.report());
    }

    private static LoadedScenario loadOrFail(ScenarioLoader loader, String file) {
        try {
            return loader.load(file);
        } catch (ScenarioFileException e) {
            throw new AssertionError(e.report(), e);
        }
    }

    private void assertRefused(String file, String message) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader(Catalogue.bundled(), dir).load(file));
        assertEquals(1, e.problems().size(), e.report());
        assertTrue(e.problems().get(0).message().startsWith(message), e.report());
    }

    private static List<String> names(Path folder) throws java.io.IOException {
        try (Stream<Path> s = java.nio.file.Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
