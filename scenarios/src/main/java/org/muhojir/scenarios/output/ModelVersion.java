package org.muhojir.scenarios.output;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.muhojir.core.engine.MuhojirModel;

/**
 * The version of the model that computes the numbers: a digest of core's classes (its jar, or its class files in
 * order), the JVM and the processor's architecture, {@code model-} and 16 hexadecimal digits. Two runs of one
 * scenario and seed under the same model version give the same bytes; the manifest records it, and the start cache
 * keeps its states under it. Unlike the program's version and commit, it changes with any change of the model's
 * code, committed or not, and with nothing else.
 */
public final class ModelVersion {
    private ModelVersion() {
    }

    /**
     * @throws IOException if core's classes cannot be read
     */
    public static String get() throws IOException {
        Path code;
        try {
            code = Path.of(MuhojirModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the model's classes: " + e.getMessage(), e);
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        // the arithmetic of the JVM and processor too: Math.exp and Math.log may differ in the last bit
        sha.update((System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version") + " "
                + System.getProperty("os.arch")).getBytes(StandardCharsets.UTF_8));
        if (Files.isDirectory(code)) {
            List<Path> classes;
            try (Stream<Path> walk = Files.walk(code)) {
                classes = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
            }
            for (Path c : classes) {
                sha.update(code.relativize(c).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(c));
            }
        } else {
            sha.update(Files.readAllBytes(code));
        }
        return "model-" + HexFormat.of().formatHex(Arrays.copyOf(sha.digest(), 8));
    }
}
