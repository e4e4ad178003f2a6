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
 * The version of the model that computes the numbers: a digest of core's classes (by name and content, in order,
 * whether from its jar or its class folder), the JVM and the processor's architecture, {@code model-} and 16 hexadecimal digits. Two runs of one
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
        // the classes by name and content, in order, from a folder or a jar alike: not the jar's bytes, which hold
        // the time it was built, so that two builds of the same code give the same version
        if (Files.isDirectory(code)) {
            List<Path> classes;
            try (Stream<Path> walk = Files.walk(code)) {
                classes = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
            }
            for (Path c : classes) {
                sha.update(code.relativize(c).toString().replace(code.getFileSystem().getSeparator(), "/")
                        .getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(c));
            }
        } else {
            try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(code.toFile())) {
                List<? extends java.util.zip.ZipEntry> classes = jar.stream()
                        .filter(e -> e.getName().endsWith(".class")).sorted(java.util.Comparator.comparing(
                                java.util.zip.ZipEntry::getName)).toList();
                for (java.util.zip.ZipEntry e : classes) {
                    sha.update(e.getName().getBytes(StandardCharsets.UTF_8));
                    try (java.io.InputStream in = jar.getInputStream(e)) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
        }
        return "model-" + HexFormat.of().formatHex(Arrays.copyOf(sha.digest(), 8));
    }
}
