package org.muhojir.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./muhojir-cluster submit-jars} refuses to print a short list (muhojir's jars alone) when scenarios' libraries
 * are not built: one line and exit code 2 (a copy of the launcher in a folder with only the cluster module's jars).
 */
class SubmitJarsTest {
    @Test
    void withoutScenariosLibrariesItSaysWhatIsMissing(@TempDir Path root) throws Exception {
        Path launcher = Path.of("..", "muhojir-cluster").toAbsolutePath().normalize();
        Files.copy(launcher, root.resolve("muhojir-cluster"));
        Path lib = Files.createDirectories(root.resolve("cluster/target/lib"));
        Files.createFile(lib.resolve("muhojir-core-0.1.0-SNAPSHOT.jar"));
        Files.createDirectories(root.resolve("cluster/target/classes"));
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("muhojir-cluster").toString(), "submit-jars");
        pb.environment().put("MUHOJIR_NO_BUILD", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), err);
        assertEquals("", out, "no list");
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.startsWith("muhojir-cluster: submit-jars: no " + root.resolve("scenarios/target/lib")
                + "/*.jar (not built); build with mvn"), err);
    }
}
