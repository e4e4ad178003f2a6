package org.muhojir.scenarios.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.muhojir.scenarios.output.OutputFolder;

/** Where a command writes: the folder the user named, or a new time-stamped one under {@code muhojir-output/}. */
public final class OutputTarget {
    private OutputTarget() {
    }

    /** The longest name of a file or folder most file systems allow, in bytes. */
    static final int MAX_NAME_BYTES = 255;

    /**
     * The folder {@code out} if given, else {@code muhojir-output/NAME-yyyyMMdd-HHmmss} (with {@code -2}, {@code -3}
     * ... if that exists already), after checking it may be written: an existing folder only with {@code force},
     * and only if it is empty or an earlier Muhojir output (see {@link OutputFolder#check}); a new one only where a
     * folder can be made ({@link #checkWritable}). Every command claims its folder before it simulates anything, so
     * none finds out after hours of work that it cannot write.
     *
     * @throws UserError if the folder exists and may not be replaced, or cannot be created
     */
    public static Path claim(Path out, String name, boolean force) throws UserError {
        Path target = out != null ? out.toAbsolutePath().normalize() : fresh(name);
        int bytes = target.getFileName() == null ? 0
                : target.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw new UserError("the output folder's name is " + bytes + " bytes long; a folder's name may have at "
                    + "most " + MAX_NAME_BYTES + ": choose a shorter one with --out");
        }
        try {
            OutputFolder.check(target, force);
        } catch (FileAlreadyExistsException e) {
            if (force) {
                throw new UserError("the output folder " + target + " " + e.getReason()
                        + (e.getReason().contains("--out") ? "" : "; choose another with --out"));
            }
            String whyNot = whyForceWouldNot(target);
            throw new UserError("the output folder " + target + " " + e.getReason() + "; choose another with --out"
                    + (whyNot == null ? " or replace it with --force" : " (--force would not replace it either: "
                    + whyNot + ")"));
        }
        checkWritable(target);
        return target;
    }

    /**
     * Why {@code --force} would not replace the existing {@code target} ("it exists and is not a folder", ...), or
     * null if it would.
     */
    private static String whyForceWouldNot(Path target) {
        try {
            OutputFolder.check(target, true);
            return null;
        } catch (FileAlreadyExistsException e) {
            String reason = e.getReason();
            int colon = reason.indexOf(", so --force");
            return "it " + (colon > 0 ? reason.substring(0, colon) : reason);
        }
    }

    /**
     * Fails before anything runs if {@code target} could not be created: its nearest existing parent must be a
     * folder in which a folder can be made, which is tried (an empty hidden folder, removed at once), since
     * permissions alone do not say it (root may write anywhere by them, but not in {@code /proc}).
     *
     * @throws UserError naming the folder and why
     */
    public static void checkWritable(Path target) throws UserError {
        Path existing = target.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !canMakeFolderIn(existing)) {
            throw new UserError("cannot create the output folder " + target + ": "
                    + (existing == null ? "no existing parent folder" : existing + " is not a writable folder")
                    + "; choose another with --out");
        }
    }

    private static boolean canMakeFolderIn(Path folder) {
        try {
            Files.delete(Files.createTempDirectory(folder, ".muhojir-write-test-"));
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * Starts writing into {@code target} through a staging folder (see {@link OutputFolder#begin}).
     *
     * @throws FileAlreadyExistsException if the folder appeared since it was claimed and {@code force} is not given
     * @throws UserError                  if the staging folder cannot be created
     */
    private static OutputFolder begin(Path target, boolean force) throws UserError, FileAlreadyExistsException {
        try {
            return OutputFolder.begin(target, force);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new UserError("cannot write the output folder " + target + ": " + e + "; choose another with "
                    + "--out");
        }
    }

    /**
     * What a command writes into its staging folder.
     *
     * @param <E> what else than an I/O error may stop the writing (for example a stop asked for meanwhile)
     */
    @FunctionalInterface
    public interface Contents<T, E extends Exception> {
        /** Writes the files into {@code staging}; returns what the command reports (the files' names, ...). */
        T write(Path staging) throws IOException, E;
    }

    /**
     * Writes {@code contents} into {@code target} through a staging folder that is moved into place only when
     * complete; on any failure nothing is left behind.
     *
     * @throws IOException naming the file as the user knows it: a file of the staging folder by its place in
     *                     {@code target}, and a plain I/O failure that names no file (a full disk, as Java's
     *                     streams report it) by {@code target} itself
     */
    public static <T, E extends Exception> T write(Path target, boolean force, Contents<T, E> contents)
            throws IOException, UserError, E {
        OutputFolder folder = begin(target, force);
        try {
            T written = contents.write(folder.staging());
            folder.commit();
            folder = null;
            return written;
        } catch (IOException e) {
            throw named(e, folder == null ? null : folder.staging(), target);
        } finally {
            if (folder != null) {
                folder.abandon();
            }
        }
    }

    /**
     * {@code e} as a {@link FileSystemException} that names a file the user can find: a file under {@code staging}
     * (a hidden folder that is gone once the run stops) by its place under {@code target}, and a plain
     * {@link IOException} that names no file (what Java's streams throw when the disk is full) by {@code target};
     * {@code e} itself if it names another file (the target itself, appeared since it was claimed, among them) or is
     * of another kind (a JSON mapping error, a jar that cannot be read: not the output folder's doing).
     */
    static IOException named(IOException e, Path staging, Path target) {
        FileSystemException named;
        if (e instanceof FileSystemException f && f.getFile() != null) {
            Path file = Path.of(f.getFile());
            if (staging == null || !file.startsWith(staging)) {
                return e;
            }
            named = new FileSystemException(target.resolve(staging.relativize(file)).toString(), null, reason(f));
        } else if (e.getClass() == IOException.class) {
            named = new FileSystemException(target.toString(), null, e.getMessage() != null ? e.getMessage()
                    : "an input or output error");
        } else {
            return e;
        }
        named.initCause(e);
        return named;
    }

    /** Why the system refused a file, in its words if it gave some, else in words for the exception's kind. */
    public static String reason(FileSystemException f) {
        return f.getReason() != null ? f.getReason()
                : f instanceof NoSuchFileException ? "no such file"
                : f instanceof AccessDeniedException ? "permission denied"
                : f instanceof FileAlreadyExistsException ? "it already exists"
                : "the system refused";
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
