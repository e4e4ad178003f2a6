package org.muhojir.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.scenarios.Files;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.cli.Cli;

/**
 * A problem in a file the scenario extends, at any depth, says how that file was reached: the line of the scenario's
 * own file that extends it, and each link after that, so that whoever ran {@code child.json} knows why
 * {@code base.json} was read at all. Every expected message is written from the files each test writes.
 */
class ExtendsChainTest {
    /** {@code child.json}, whose line 3 extends {@code base.json}. */
    private static final String CHILD = """
            {
              "schemaVersion": 1,
              "extends": "base.json"
            }
            """;

    @TempDir
    Path dir;

    private ScenarioFileException refused(String file) {
        return assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader(Catalogue.bundled(), dir).load(file));
    }

    /** The only problem of {@code child.json}, which must be in {@code file} at {@code line} and {@code path}. */
    private ScenarioProblem onlyProblem(String file, int line, String path) {
        ScenarioFileException e = refused("child.json");
        assertEquals(1, e.problems().size(), e.report());
        ScenarioProblem p = e.problems().get(0);
        assertEquals(file, p.source().file(), e.report());
        assertEquals(line, p.source().line(), e.report());
        assertEquals(path, p.path(), e.report());
        return p;
    }

    @Test
    void anUnknownFieldInAParentSaysWhichLineOfTheScenarioExtendsIt() {
        Files.write(dir, "child.json", CHILD);
        Files.write(dir, "base.json", """
                {"schemaVersion": 1,
                 "extends": "baseline",
                 "behavior": {"remittanceShare": 0.5}}
                """);
        ScenarioProblem p = onlyProblem("base.json", 3, "$.behavior");
        assertTrue(p.message().startsWith("unknown field \"behavior\". Did you mean \"behaviour\"? Expected one of: "),
                p.message());
        assertTrue(p.message().endsWith(", shocks (base.json is read because child.json, line 3, extends it)"),
                p.message());
    }

    @Test
    void aValueOutOfRangeInAGrandparentNamesEachLinkFromTheScenarioDown() {
        Files.write(dir, "child.json", CHILD);
        Files.write(dir, "base.json", """
                {"schemaVersion": 1,
                 "extends": "grand.json"}
                """);
        Files.write(dir, "grand.json", """
                {"schemaVersion": 1,
                 "extends": "baseline",
                 "population": {"initialAbroadShare": {"Khatlon": -0.2}}}
                """);
        ScenarioProblem p = onlyProblem("grand.json", 3, "$.population.initialAbroadShare.Khatlon");
        assertTrue(p.message().endsWith(" (grand.json is read because child.json, line 3, extends base.json, whose "
                + "line 2 extends grand.json)"), p.message());
    }

    @Test
    void aChainOfFourFilesNamesEveryLink() {
        Files.write(dir, "child.json", CHILD);
        Files.write(dir, "base.json", "{\"schemaVersion\": 1,\n \"extends\": \"sub/middle.json\"}\n");
        Files.write(dir, "sub/middle.json", "{\"schemaVersion\": 1,\n\n \"extends\": \"../last.json\"}\n");
        Files.write(dir, "last.json", "{\"schemaVersion\": 1,\n \"shoks\": []}\n");
        ScenarioProblem p = onlyProblem("last.json", 2, "$.shoks");
        assertTrue(p.message().endsWith(" (last.json is read because child.json, line 3, extends base.json, whose "
                + "line 2 extends sub/middle.json, whose line 3 extends last.json)"), p.message());
    }

    @Test
    void brokenJsonInAParentSaysWhichLineOfTheScenarioExtendsIt() {
        Files.write(dir, "child.json", CHILD);
        Files.write(dir, "base.json", """
                {"schemaVersion": 1,
                 "extends": "baseline"
                 "name": "no comma"}
                """);
        ScenarioProblem p = onlyProblem("base.json", 3, "$");
        assertEquals("broken JSON: a comma is missing before '\"' (between two fields or items): add it at the end of "
                + "line 2 (base.json is read because child.json, line 3, extends it)", p.message());
    }

    @Test
    void aParentThatIsNotJsonSaysWhichLineOfTheScenarioExtendsIt() {
        Files.write(dir, "child.json", CHILD);
        Files.write(dir, "base.json", "Ministry contacts: ...\n");
        ScenarioProblem p = onlyProblem("base.json", 1, "$");
        assertTrue(p.message().startsWith("this is not a JSON file (it does not start with '{')"), p.message());
        assertTrue(p.message().endsWith(" (base.json is read because child.json, line 3, extends it)"), p.message());
        assertFalse(p.message().contains("Ministry"), p.message());
    }

    @Test
    void aMissingParentIsAtTheScenariosOwnExtendsLineAndAMissingGrandparentAtItsParents() {
        Files.write(dir, "child.json", CHILD);
        ScenarioProblem own = onlyProblem("child.json", 3, "$.extends");
        assertEquals("cannot extend \"base.json\": no such file (" + dir.resolve("base.json") + "); expected a path "
                + "relative to this file, or a bundled scenario's name without .json", own.message(),
                "the scenario's own file: its line is the problem's, with nothing to add");
        Files.write(dir, "base.json", "{\"schemaVersion\": 1,\n \"extends\": \"gone.json\"}\n");
        ScenarioProblem parents = onlyProblem("base.json", 2, "$.extends");
        assertEquals("cannot extend \"gone.json\": no such file (" + dir.resolve("gone.json") + "); expected a path "
                + "relative to this file, or a bundled scenario's name without .json (base.json is read because "
                + "child.json, line 3, extends it)", parents.message());
    }

    @Test
    void aMisspeltBundledNameInAParentSaysWhichLineOfTheScenarioExtendsIt() {
        Files.write(dir, "child.json", CHILD);
        Files.write(dir, "base.json", "{\"schemaVersion\": 1,\n \"extends\": \"basline\"}\n");
        ScenarioProblem p = onlyProblem("base.json", 2, "$.extends");
        assertTrue(p.message().startsWith("cannot extend \"basline\": no bundled scenario of that name; "), p.message());
        assertTrue(p.message().endsWith(" Did you mean \"baseline\"? (base.json is read because child.json, line 3, "
                + "extends it)"), p.message());
    }

    @Test
    void aCycleIsReportedWhereItClosesWithTheLineThatLedThere() {
        Files.write(dir, "a.json", "{\"schemaVersion\": 1,\n\n \"extends\": \"b.json\"}\n");
        Files.write(dir, "b.json", "{\"schemaVersion\": 1,\n \"extends\": \"a.json\"}\n");
        ScenarioFileException e = refused("a.json");
        assertEquals(List.of("b.json:2:13: $.extends: extends cycle: a.json extends b.json extends a.json; expected a "
                + "chain that ends in a scenario without \"extends\" (b.json is read because a.json, line 3, extends "
                + "it)"), e.problems().stream().map(ScenarioProblem::toString).toList());
        Files.write(dir, "child.json", "{\"schemaVersion\": 1,\n \"extends\": \"a.json\"}\n");
        ScenarioProblem p = refused("child.json").problems().get(0);
        assertEquals("b.json", p.source().file());
        assertEquals("extends cycle: a.json extends b.json extends a.json; expected a chain that ends in a scenario "
                + "without \"extends\" (b.json is read because child.json, line 2, extends a.json, whose line 3 "
                + "extends b.json)", p.message(), "a cycle below the scenario's own file");
    }

    @Test
    void onlyProblemsOutsideTheScenariosOwnFileSayHowTheirFileWasReachedEachOnce() {
        Files.write(dir, "child.json", """
                {
                  "schemaVersion": 1,
                  "extends": "base.json",
                  "behaviour": {"remittanceShar": 0.5}
                }
                """);
        Files.write(dir, "base.json", """
                {"schemaVersion": 1,
                 "shoks": [],
                 "months": 12.5}
                """);
        ScenarioFileException e = refused("child.json");
        List<String> lines = e.problems().stream().map(ScenarioProblem::toString).toList();
        assertEquals(3, lines.size(), e.report());
        assertTrue(lines.get(0).startsWith("child.json:4:17: $.behaviour.remittanceShar: "), e.report());
        assertFalse(lines.get(0).contains("is read because"), e.report());
        String note = " (base.json is read because child.json, line 3, extends it)";
        assertTrue(lines.get(1).startsWith("base.json:2:2: $.shoks: ") && lines.get(1).endsWith(note), e.report());
        assertEquals("base.json:3:12: $.months: expected a whole number, found 12.5" + note, lines.get(2));
    }

    @Test
    void aWarningInAParentSaysHowItsFileWasReached() throws Exception {
        Files.write(dir, "child.json", CHILD);
        Files.write(dir, "base.json", """
                {"schemaVersion": 1, "extends": "baseline",
                 "events": {"russia-crackdown-2O24": [
                  {"type": "raidWave", "destination": "Russia", "start": "2024-04", "months": 3, "raidMultiplier": 2}]}}
                """);
        List<String> warnings = new ScenarioLoader(Catalogue.bundled(), dir).load("child.json").warningLines();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("base.json:2:13: $.events['russia-crackdown-2O24']: adds a new event "),
                warnings.get(0));
        assertTrue(warnings.get(0).endsWith(" (base.json is read because child.json, line 3, extends it)"),
                warnings.get(0));
    }

    @Test
    void validateRunAndCompareNameTheLineThatReadTheParentExitWith2AndWriteNothing() throws IOException {
        Path child = Files.write(dir, "child.json", CHILD);
        Path other = Files.write(dir, "other.json", "{\"schemaVersion\": 1,\n \"extends\": \"base.json\"}\n");
        Path base = Files.write(dir, "base.json", """
                {"schemaVersion": 1,
                 "extends": "baseline",
                 "months": 12.5}
                """);
        String problem = base + ":3:12: $.months: expected a whole number, found 12.5 (" + base + " is read because ";
        String fromChild = problem + child + ", line 3, extends it)";
        String fromOther = problem + other + ", line 2, extends it)";
        Path out = dir.resolve("out");
        for (Cli c : List.of(Cli.run("validate", child.toString()), Cli.run("run", child.toString(), "--out",
                out.toString(), "--quiet"))) {
            assertEquals(2, c.code(), c.toString());
            assertEquals("error: " + child + " has 1 problem:\n  " + fromChild, c.err().strip(), c.toString());
        }
        Cli compare = Cli.run("compare", child.toString(), other.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, compare.code(), compare.toString());
        assertEquals("error: " + child + " and " + other + " have 2 problems between them:\n  " + fromChild + "\n  "
                + fromOther, compare.err().strip(), compare.toString());
        assertFalse(compare.err().contains("\tat "), compare.err());
        try (Stream<Path> s = java.nio.file.Files.list(dir)) {
            assertEquals(List.of("base.json", "child.json", "other.json"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "nothing written");
        }
    }
}
