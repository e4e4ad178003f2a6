package org.muhojir.scenarios.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a bundled file that is generated from the core's values against what the generator makes now, byte for
 * byte; with {@code -Dmuhojir.regenerate=true} it writes the file instead. Regenerate every generated file with
 * {@value #COMMAND}.
 */
public final class GeneratedFiles {
    /** The command that regenerates the bundled files from the core (run from the repository's root). */
    public static final String COMMAND = "mvn -B -ntp -q -pl scenarios -am verify -Dtest='Generated*Test' "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dmuhojir.regenerate=true";

    private GeneratedFiles() {
    }

    /** Asserts that {@code file} (relative to the scenarios module) holds exactly {@code text}, or writes it. */
    public static void check(Path file, String text) throws IOException {
        if (Boolean.getBoolean("muhojir.regenerate")) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return;
        }
        String bundled = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(text, bundled, "scenarios/" + file + " is generated from the core's values and differs from "
                + "them: change the core (the one source), then regenerate with " + COMMAND);
    }
}
