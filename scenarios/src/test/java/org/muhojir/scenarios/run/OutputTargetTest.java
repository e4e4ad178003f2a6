package org.muhojir.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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

    /**
     * A write that fails for want of space names no file (most writers' exceptions do not), so the user is told the
     * output folder; a file of the hidden staging folder is told by its place in the output folder. Either way
     * nothing is left behind.
     */
    @Test
    void aFailedWriteNamesTheOutputFolderOrItsFileAndLeavesNothing() throws IOException {
        Path out = dir.resolve("out");
        FileSystemException full = assertThrows(FileSystemException.class, () -> OutputTarget.write(out, false,
                staging -> {
                    Files.writeString(staging.resolve("monthly.csv"), "month\n");
                    throw new IOException("No space left on device");
                }));
        assertEquals(out.toAbsolutePath().normalize().toString(), full.getFile());
        assertEquals("No space left on device", full.getReason());
        FileSystemException denied = assertThrows(FileSystemException.class, () -> OutputTarget.write(out, false,
                staging -> {
                    throw new AccessDeniedException(staging.resolve("report.html").toString());
                }));
        assertEquals(out.toAbsolutePath().normalize().resolve("report.html").toString(), denied.getFile());
        assertEquals("permission denied", denied.getReason());
        FileSystemException elsewhere = new FileSystemException("/somewhere/else.json", null, "gone");
        assertEquals(elsewhere, assertThrows(FileSystemException.class, () -> OutputTarget.write(out, false,
                staging -> {
                    throw elsewhere;
                })), "a file outside the output folder keeps its own name");
        java.util.zip.ZipException jar = new java.util.zip.ZipException("invalid LOC header");
        assertEquals(jar, assertThrows(IOException.class, () -> OutputTarget.write(out, false, staging -> {
            throw jar;
        })), "a failure of another kind than a plain I/O error is not blamed on the output folder");
        FileSystemException exists = assertThrows(FileSystemException.class, () -> OutputTarget.write(out, false,
                staging -> {
                    throw new java.nio.file.FileAlreadyExistsException(staging.resolve("summary.csv").toString());
                }));
        assertEquals(out.toAbsolutePath().normalize().resolve("summary.csv").toString(), exists.getFile(),
                "a staging file that exists is named by its place in the output folder, not taken for the folder");
        assertEquals("it already exists", exists.getReason());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "neither the folder nor its staging folder is left");
        }
    }

    @Test
    void aFileAsParentIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        UserError e = assertThrows(UserError.class, () -> OutputTarget.checkWritable(file.resolve("out")));
        assertTrue(e.getMessage().contains("is not a writable folder"), e.getMessage());
    }
}
