package org.muhojir.scenarios.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An output folder written atomically: files go to a hidden sibling folder ({@code .NAME.partial-<id>}) that is
 * renamed to the final name only when everything is written, so a failed or interrupted run leaves no
 * half-written files. An existing folder is replaced only when asked ({@code --force}), and only at that last step.
 */
public final class OutputFolder {
    private final Path target;
    private final boolean replace;
    private final Path staging;

    private OutputFolder(Path target, boolean replace, Path staging) {
        this.target = target;
        this.replace = replace;
        this.staging = staging;
    }

    /**
     * Checks that {@code target} may be written.
     *
     * @throws FileAlreadyExistsException if it exists and {@code replace} is false
     */
    public static void check(Path target, boolean replace) throws FileAlreadyExistsException {
        if (Files.exists(target) && !replace) {
            throw new FileAlreadyExistsException(target.toString(), null, "already exists");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "exists and is not a folder");
        }
    }

    /** Starts writing: creates the staging folder beside {@code target}. */
    public static OutputFolder begin(Path target, boolean replace) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        check(abs, replace);
        Files.createDirectories(abs.getParent());
        Path staging = Files.createDirectory(abs.resolveSibling("." + abs.getFileName() + ".partial-"
                + Long.toHexString(ProcessHandle.current().pid()) + "-" + Long.toHexString(System.nanoTime())));
        return new OutputFolder(abs, replace, staging);
    }

    /** Where to write the files. */
    public Path staging() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /** Moves the staging folder to the target, replacing an earlier folder if allowed. */
    public void commit() throws IOException {
        check(target, replace);
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
            move(target, old);
        }
        move(staging, target);
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Deletes the staging folder and everything in it; the target is untouched. */
    public void abandon() {
        deleteTree(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
