package org.muhojir.scenarios.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The program's version, from {@code muhojir.properties} (filled in by the build). */
public final class Version implements CommandLine.IVersionProvider {
    /** The version, or "unknown" when run from an unfiltered build. */
    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/org/muhojir/scenarios/muhojir.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"muhojir " + get(), "Java " + System.getProperty("java.version")};
    }
}
