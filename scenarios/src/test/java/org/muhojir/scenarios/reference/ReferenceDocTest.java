package org.muhojir.scenarios.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.muhojir.scenarios.format.ScenarioFormat;

/** docs/scenario-reference.md lists every field and shock type the loader knows, with today's defaults. */
class ReferenceDocTest {
    private static final Path DOC = Path.of("..", "docs", "scenario-reference.md");

    @Test
    void theReferenceTablesAreUpToDate() throws IOException {
        String doc = Files.readString(DOC);
        assertEquals(ReferenceTables.replaceGenerated(doc), doc, "regenerate the tables: see the section "
                + "'Regenerating the tables below' in docs/scenario-reference.md");
    }

    @Test
    void everyShockTypeHasASectionWithAnExample() throws IOException {
        String doc = Files.readString(DOC);
        for (String type : ScenarioFormat.shockTypes()) {
            assertTrue(doc.contains("### `" + type + "`") && doc.contains("{ \"type\": \"" + type + "\""), type);
        }
    }
}
