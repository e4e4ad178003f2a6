package org.muhojir.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test helper: writes a scenario file. */
public final class Files {
    private Files() {
    }

    public static Path write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            java.nio.file.Files.createDirectories(p.getParent());
            java.nio.file.Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
