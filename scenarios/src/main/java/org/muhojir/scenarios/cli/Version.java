package org.muhojir.scenarios.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The program's version and the commit it was built from, from {@code muhojir.properties} (filled in by the build:
 * the commit by git-commit-id-maven-plugin, "with uncommitted changes" when the working tree differed from it).
 */
public final class Version implements CommandLine.IVersionProvider {
    /**
     * The version and commit, "0.1.0-SNAPSHOT (commit 0cca485fe949)"; the version alone when built outside a git
     * checkout, "unknown" when run from an unfiltered build.
     */
    public static String get() {
        Properties p = properties();
        return describe(p.getProperty("version", "unknown"), p.getProperty("commit", ""), p.getProperty("dirty", ""));
    }

    /**
     * The Maven project's version alone, "0.1.0-SNAPSHOT", as the build names its jars; "unknown" when run from an
     * unfiltered build.
     */
    public static String project() {
        String version = properties().getProperty("version", "unknown");
        return version.startsWith("${") ? "unknown" : version;
    }

    /** The build's {@code muhojir.properties}, empty if it is missing or unreadable. */
    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/muhojir/scenarios/muhojir.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // as if missing: "unknown"
        }
        return p;
    }

    /** The version with its commit, if the build found one (an unfilled {@code ${...}} means it did not). */
    static String describe(String version, String commit, String dirty) {
        if (commit.isBlank() || commit.startsWith("${")) {
            return version;
        }
        return version + " (commit " + commit + ("true".equals(dirty) ? ", with uncommitted changes" : "") + ")";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"muhojir " + get(), "Java " + System.getProperty("java.version")};
    }
}
