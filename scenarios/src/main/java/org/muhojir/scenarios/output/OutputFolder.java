package org.muhojir.scenarios.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An output folder written atomically: files go to a hidden sibling folder ({@code .NAME.partial-<pid>-<id>}) that
 * is renamed to the final name only when everything is written, so a failed or interrupted run leaves no
 * half-written files under the final name. An existing folder is replaced only when asked ({@code --force}), only
 * if it is empty or an earlier Muhojir output holding nothing but the files muhojir wrote into it (its
 * {@link #MARK} file lists them), and only at that last step: a folder holding anything else (a spreadsheet saved
 * beside the results, a note, a folder) is never deleted.
 *
 * <p>A staging folder holds {@link #INCOMPLETE} until the moment it is renamed, so one left behind by a killed run
 * says what it is. Staging folders (and replaced folders) left by runs whose process has ended are deleted when the
 * next output is written beside them; only folders of that name pattern holding that mark are touched.
 */
public final class OutputFolder {
    /** The file that marks a folder as written by muhojir (so that {@code --force} may replace it). */
    public static final String MARK = ".muhojir-output";
    /** The file in a staging folder that says it is an incomplete output. */
    public static final String INCOMPLETE = "INCOMPLETE-muhojir-output.txt";
    /** The line of the {@link #MARK} after which the files muhojir wrote are listed, one a line. */
    static final String FILES_LINE = "files:";
    /**
     * Files a file browser leaves in a folder it showed (macOS's Finder, Windows' Explorer): not a user's work, so
     * they do not keep {@code --force} from replacing an output (they go with it).
     */
    private static final Set<String> OS_METADATA = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");
    /** Most names of files not muhojir's that a refusal lists. */
    private static final int NAMES_LISTED = 3;

    /** {@code .NAME.partial-PID-ID} or {@code .NAME.old-PID-ID}, both hexadecimal. */
    private static final Pattern LEFT_BEHIND = Pattern.compile("\\..+\\.(partial|old)-([0-9a-f]+)-[0-9a-f]+");

    private final Path target;
    private final boolean replace;
    private final Path staging;

    private OutputFolder(Path target, boolean replace, Path staging) {
        this.target = target;
        this.replace = replace;
        this.staging = staging;
    }

    /**
     * Checks that {@code target} may be written: it does not exist, or {@code replace} is given and it is a folder
     * that is empty or an earlier Muhojir output holding only the files its mark lists.
     *
     * @throws FileAlreadyExistsException whose reason says why not
     */
    public static void check(Path target, boolean replace) throws FileAlreadyExistsException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "exists and is not a folder");
        }
        if (!replace) {
            throw new FileAlreadyExistsException(target.toString(), null, "already exists");
        }
        if (isEmpty(target)) {
            return;
        }
        if (!isEarlierOutput(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "is not empty and is not an earlier "
                    + "Muhojir output (it has no " + MARK + " and no manifest.json written by muhojir), so --force "
                    + "does not replace it: nothing in it was touched");
        }
        List<String> written = listedFiles(target);
        if (written == null) {
            throw new FileAlreadyExistsException(target.toString(), null, "is an earlier Muhojir output written "
                    + "before muhojir listed the files it writes, so --force cannot tell them from files of yours "
                    + "and does not replace it: delete it yourself, or choose another --out; nothing in it was "
                    + "touched");
        }
        List<String> others = notWritten(target, written);
        if (!others.isEmpty()) {
            throw new FileAlreadyExistsException(target.toString(), null, "is an earlier Muhojir output, but it "
                    + "also holds " + describe(others) + ", which muhojir did not write, so --force does not "
                    + "replace it: move " + (others.size() == 1 ? "it" : "them") + " out, or choose another --out; "
                    + "nothing in it was touched");
        }
    }

    /**
     * The files muhojir wrote into {@code folder}, as its {@link #MARK} lists them (paths relative to the folder,
     * with {@code /}); null if it has no mark or its mark lists none (a mark of a version before the list, or an
     * output known by its manifest alone).
     */
    static List<String> listedFiles(Path folder) {
        Path mark = folder.resolve(MARK);
        try {
            if (!Files.isRegularFile(mark, LinkOption.NOFOLLOW_LINKS) || Files.size(mark) > 1 << 20) {
                return null;
            }
            List<String> lines = Files.readAllLines(mark, StandardCharsets.UTF_8);
            int list = lines.indexOf(FILES_LINE);
            return list < 0 ? null : List.copyOf(lines.subList(list + 1, lines.size()));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * What {@code folder} holds besides the mark and the files {@code written} (and the folders they are in):
     * paths relative to it, sorted, a folder's with a trailing {@code /}.
     */
    static List<String> notWritten(Path folder, List<String> written) throws FileAlreadyExistsException {
        Set<String> files = new HashSet<>(written);
        files.add(MARK);
        Set<String> folders = new HashSet<>();
        for (String f : written) {
            for (int slash = f.indexOf('/'); slash > 0; slash = f.indexOf('/', slash + 1)) {
                folders.add(f.substring(0, slash));
            }
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> !p.equals(folder))
                    .map(p -> relative(folder, p) + (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/" : ""))
                    .filter(name -> name.endsWith("/") ? !folders.contains(name.substring(0, name.length() - 1))
                            : !files.contains(name) && !OS_METADATA.contains(name.substring(name.lastIndexOf('/') + 1)))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new FileAlreadyExistsException(folder.toString(), null, "cannot be listed (" + e.getMessage()
                    + "), so --force does not replace it: nothing in it was touched");
        }
    }

    private static String relative(Path folder, Path p) {
        return folder.relativize(p).toString().replace(folder.getFileSystem().getSeparator(), "/");
    }

    /** "notes.xlsx", "notes.xlsx and sub/", "a, b, c and 4 more". */
    private static String describe(List<String> names) {
        List<String> shown = names.subList(0, Math.min(NAMES_LISTED, names.size()));
        int more = names.size() - shown.size();
        String listed = shown.size() == 1 ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + (more > 0 ? ", " : " and ")
                + shown.get(shown.size() - 1);
        return listed + (more > 0 ? " and " + more + " more" : "");
    }

    /** Whether {@code folder} was written by muhojir: its mark, or a manifest that names the program. */
    static boolean isEarlierOutput(Path folder) {
        if (Files.isRegularFile(folder.resolve(MARK), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        Path manifest = folder.resolve("manifest.json");
        try {
            if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS) || Files.size(manifest) > 16 << 20) {
                return false;
            }
            JsonNode m = SummaryJson.MAPPER.readTree(manifest.toFile());
            return m != null && "muhojir".equals(m.path("program").asText());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path folder) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Starts writing: deletes what earlier runs that have ended left beside {@code target}, then creates the staging
     * folder, marked incomplete.
     */
    public static OutputFolder begin(Path target, boolean replace) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        check(abs, replace);
        Files.createDirectories(abs.getParent());
        removeLeftBehind(abs.getParent());
        Path staging = Files.createDirectory(abs.resolveSibling(hidden(abs, "partial")));
        Files.writeString(staging.resolve(INCOMPLETE), "This folder is an incomplete Muhojir output for "
                + abs.getFileName() + ": the run that wrote it (process " + ProcessHandle.current().pid()
                + ", started writing at " + Instant.now() + ") did not finish.\nIt is safe to delete; muhojir "
                + "deletes it itself when it next writes an output in this folder.\n", StandardCharsets.UTF_8);
        return new OutputFolder(abs, replace, staging);
    }

    private static String hidden(Path target, String kind) {
        return "." + shortened(target.getFileName().toString()) + "." + kind + "-"
                + Long.toHexString(ProcessHandle.current().pid()) + "-" + Long.toHexString(System.nanoTime());
    }

    /** The most bytes of a folder's name kept in its staging folder's name, which adds up to 40 (of 255 allowed). */
    private static final int NAME_IN_STAGING = 200;

    /** {@code name}, cut to its first {@value #NAME_IN_STAGING} bytes of UTF-8 (whole characters) if longer. */
    private static String shortened(String name) {
        StringBuilder b = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            bytes += new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > NAME_IN_STAGING) {
                break;
            }
            b.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /**
     * Deletes, in {@code parent}, the staging folders (marked {@link #INCOMPLETE}) and replaced outputs (marked as
     * outputs) left by runs of muhojir whose process has ended (killed, or out of power); nothing else.
     */
    static void removeLeftBehind(Path parent) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent)) {
            for (Path p : s) {
                Matcher m = LEFT_BEHIND.matcher(p.getFileName().toString());
                if (m.matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && ended(m.group(2))
                        && (m.group(1).equals("partial") ? Files.isRegularFile(p.resolve(INCOMPLETE),
                        LinkOption.NOFOLLOW_LINKS) : isEarlierOutput(p))) {
                    deleteTree(p);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // cleaning up after others is a courtesy: a folder that cannot be listed or deleted stays
        }
    }

    private static boolean ended(String hexPid) {
        try {
            long pid = Long.parseLong(hexPid, 16);
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Where to write the files. */
    public Path staging() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /**
     * Marks the staging folder complete and moves it to the target, replacing an earlier folder if allowed.
     *
     * @throws FileAlreadyExistsException if the target may no longer be replaced (see {@link #check})
     */
    public void commit() throws IOException {
        check(target, replace);
        Files.delete(staging.resolve(INCOMPLETE));
        List<String> files = filesIn(staging);
        Files.writeString(staging.resolve(MARK), "Written by muhojir at " + Instant.now() + "; 'muhojir ... --out "
                + "THIS-FOLDER --force' may replace this folder while it holds nothing but the files below.\n"
                + FILES_LINE + "\n" + String.join("\n", files) + (files.isEmpty() ? "" : "\n"),
                StandardCharsets.UTF_8);
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = target.resolveSibling(hidden(target, "old"));
            move(target, old);
        }
        move(staging, target);
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Every file under {@code folder}, relative to it with {@code /}, sorted. */
    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).map(p -> relative(folder, p))
                    .sorted().toList();
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
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
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

    /** The names of the files written into {@code staging}, sorted, without the incomplete mark or hidden files. */
    public static List<String> written(Path staging) throws IOException {
        try (var s = Files.list(staging)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(INCOMPLETE) && !name.startsWith("."))
                    .sorted().toList();
        }
    }
}
