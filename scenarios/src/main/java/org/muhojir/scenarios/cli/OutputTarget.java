package org.muhojir.scenarios.cli;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.muhojir.scenarios.output.OutputFolder;

/** Where a command writes: the folder the user named, or a new time-stamped one under {@code muhojir-output/}. */
final class OutputTarget {
    private OutputTarget() {
    }

    /**
     * The folder {@code out} if given, else {@code muhojir-output/NAME-yyyyMMdd-HHmmss} (with {@code -2}, {@code -3}
     * ... if that exists already), after checking it may be written: an existing folder only with {@code force}.
     *
     * @throws UserError if the folder exists and {@code force} is not given
     */
    static Path claim(Path out, String name, boolean force) throws UserError {
        Path target = out != null ? out.toAbsolutePath().normalize() : fresh(name);
        try {
            OutputFolder.check(target, force);
        } catch (FileAlreadyExistsException e) {
            throw new UserError("the output folder " + target + " " + e.getReason() + "; choose another with --out "
                    + "or replace it with --force");
        }
        return target;
    }

    private static Path fresh(String name) {
        String base = name.replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path p = Path.of("muhojir-output", base).toAbsolutePath();
        for (int i = 2; Files.exists(p); i++) {
            p = Path.of("muhojir-output", base + "-" + i).toAbsolutePath();
        }
        return p;
    }
}
