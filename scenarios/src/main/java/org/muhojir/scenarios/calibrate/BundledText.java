package org.muhojir.scenarios.calibrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The text of a file packed in the program's jar (the bundled calibration files of scenarios/calibration/). */
final class BundledText {
    private BundledText() {
    }

    /** The UTF-8 text of the class-path resource {@code resource}; an error if the jar lacks it. */
    static String of(String resource) {
        try (InputStream in = BundledText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
