package org.muhojir.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output folder that cannot be made is refused before anything runs, whoever runs the program. */
class OutputTargetTest {
    @TempDir
    Path dir;

    @Test
    void aFolderUnderAWritableOneIsAcceptedAndNothingIsLeftBehind() throws IOException {
        assertDoesNotThrow(() -> OutputTarget.checkWritable(dir.resolve("new/deeper/out")));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "the check leaves the parent as it was");
        }
    }

    @Test
    void aFolderInsideProcIsRefusedEvenForRoot() {
        // root passes every permission check, but no folder can be made in /proc
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")), "a Linux /proc");
        UserError e = assertThrows(UserError.class, () -> OutputTarget.checkWritable(Path.of("/proc/muhojir-x")));
        assertTrue(e.getMessage().contains("/proc is not a writable folder; choose another with --out"),
                e.getMessage());
    }

    @Test
    void aFileAsParentIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        UserError e = assertThrows(UserError.class, () -> OutputTarget.checkWritable(file.resolve("out")));
        assertTrue(e.getMessage().contains("is not a writable folder"), e.getMessage());
    }
}
