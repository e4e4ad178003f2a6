package org.muhojir.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.scenarios.catalogue.Catalogue;

/** A name that cannot be a path on this machine is the file's problem, at its place: not an internal error. */
class UnusablePathTest {
    @TempDir
    Path dir;

    @Test
    void aParentNamedWithACharacterNoFileNameMayHoldIsAProblemAtItsPlace() throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"extends\": \"nul\\u0000.json\"}");
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader(Catalogue.bundled(), dir).load(file.toString()));
        assertEquals(1, e.problems().size(), e.report());
        assertTrue(e.report().contains("s.json:1:33: $.extends: cannot extend \"nul\u0000.json\": \"nul?.json\" cannot be "
                + "a file name on this machine (Nul character not allowed)"), e.report());
    }

    @Test
    void aScenarioNamedSoOnTheCommandLineIsRefusedWithWhy() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader(Catalogue.bundled(), dir).load("bad\u0000name.json"));
        assertTrue(e.report().contains("cannot be a file name on this machine"), e.report());
    }
}
