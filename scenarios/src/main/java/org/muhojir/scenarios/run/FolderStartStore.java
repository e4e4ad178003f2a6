package org.muhojir.scenarios.run;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.muhojir.core.engine.ModelAtStart;
import org.muhojir.core.replication.StartStore;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.output.ModelVersion;

/**
 * A folder that keeps the states runs reach at their first reported month ({@code --start-cache DIR}), so that a
 * later command with the same months before the start (the same scenario up to its first reported month, seed,
 * replication and sample) continues from them instead of simulating the warm-up and history again, with the same
 * results. Each state is a file {@code <key>.start} ({@link ModelAtStart#keyOf}) in a subfolder named by the model's
 * code (a digest of core's classes, the JVM and the processor's architecture), so that a state of another version
 * of the program, or one whose arithmetic may differ in the last bit, is never used. A file holds
 * a header line ({@value #MAGIC}, the SHA-256 of its key and the state, so that a state under another key's name,
 * a replication's moved to another's, does not check) and the state; it is written to a temporary file and
 * moved into place, so that a reader sees a whole state or none. A file that does not check is ignored (and
 * replaced by the run's own state); a state that cannot be kept is reported and the run goes on. Nothing is ever
 * deleted: the folder is the user's (about 135 bytes a simulated household a state).
 */
public final class FolderStartStore implements StartStore {
    static final String MAGIC = "muhojir-start 2";
    private static final int HEX_DIGITS = 64;
    private static final String SUFFIX = ".start";

    private final Path folder;
    private final PrintWriter err;
    private final AtomicInteger found = new AtomicInteger();
    private final AtomicInteger kept = new AtomicInteger();

    /**
     * @param root the folder given (created, with the version's subfolder, when the first state is kept, so that a
     *             command that stops before, for a mistake or Ctrl-C, writes nothing there)
     * @param err  where a state that cannot be kept or read is reported
     * @throws UserError if the folder could not be made: a file is in its place or on its path, or the nearest
     *                   folder that exists is not writable
     */
    public FolderStartStore(Path root, PrintWriter err) throws UserError {
        this.err = err;
        String version;
        try {
            version = ModelVersion.get();
        } catch (IOException e) {
            throw new UserError("--start-cache: cannot read this program's classes to tell its version ("
                    + e.getMessage() + "); run without --start-cache");
        }
        this.folder = root.resolve(version);
        checkMakeable(root, folder);
    }

    /** Refuses a folder that could not be made: where it or a folder on its path is a file, or is not writable. */
    private static void checkMakeable(Path root, Path folder) throws UserError {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        String why = existing == null ? null
                : !Files.isDirectory(existing) ? existing + " is a file, not a folder"
                : !Files.isWritable(existing) ? existing + " is not writable"
                : null;
        if (why != null) {
            throw new UserError("--start-cache " + root + ": cannot make the folder (" + why + "); give a folder you "
                    + "can write to");
        }
    }

    /** The subfolder this version of the model keeps its states in. */
    public Path folder() {
        return folder;
    }

    /** States found and used so far. */
    public int found() {
        return found.get();
    }

    /** States kept so far. */
    public int kept() {
        return kept.get();
    }

    @Override
    public Optional<ModelAtStart> find(String key, Scenario scenario) {
        Path file = folder.resolve(key + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            String header = readLine(in);
            MessageDigest sha = sha256(key);
            ModelAtStart state = ModelAtStart.readFrom(new DigestInputStream(in, sha), scenario);
            if (!(header + "\n").equals(header(HexFormat.of().formatHex(sha.digest())))) {
                warn("ignored " + file + ": not a whole state of this program under this name (it will be replaced)");
                return Optional.empty();
            }
            found.incrementAndGet();
            return Optional.of(state);
        } catch (IOException e) {
            warn("ignored " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void keep(String key, ModelAtStart state) {
        Path part = null;
        try {
            Files.createDirectories(folder);
            part = Files.createTempFile(folder, key, ".part");
            writeState(part, key, state);
            Files.move(part, folder.resolve(key + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            kept.incrementAndGet();
        } catch (IOException e) {
            warn("could not keep a state in " + folder + " (" + e.getMessage() + "); the run goes on");
            deleteQuietly(part);
        }
    }

    /**
     * Writes the header line and the state to {@code file}: the state streamed through the digest (no copy of it in
     * memory), then the header, of fixed length, written over its placeholder.
     */
    private static void writeState(Path file, String key, ModelAtStart state) throws IOException {
        MessageDigest sha = sha256(key);
        int headerLength = MAGIC.length() + 1 + HEX_DIGITS + 1;
        try (var out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), sha)) {
            out.on(false);
            out.write(new byte[headerLength]);
            out.on(true);
            state.writeTo(out);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(header(HexFormat.of().formatHex(sha.digest())).getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static String header(String digest) {
        return MAGIC + " " + digest + "\n";
    }

    private synchronized void warn(String message) {
        err.println("muhojir: warning: --start-cache: " + message);
        err.flush();
    }

    private static void deleteQuietly(Path part) {
        if (part == null) {
            return;
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // a stray .part file is never read
        }
    }

    /** The header line, at most 200 bytes, without its newline. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0 || line.length() > 200) {
                throw new IOException("no header");
            }
            line.append((char) c);
        }
        return line.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A SHA-256 digest that has read {@code key} and a newline, for a state kept under that key. */
    private static MessageDigest sha256(String key) {
        MessageDigest sha = sha256();
        sha.update((key + "\n").getBytes(StandardCharsets.UTF_8));
        return sha;
    }

}
