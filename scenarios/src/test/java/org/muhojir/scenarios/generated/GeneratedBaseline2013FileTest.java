package org.muhojir.scenarios.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.muhojir.core.calibration.Scenarios2013;
import org.muhojir.scenarios.catalogue.Baseline2013File;
import org.muhojir.scenarios.load.ScenarioLoader;

/** The bundled baseline-2013 is the core's {@link Scenarios2013#baseline()}: generated from it, and loads as it. */
class GeneratedBaseline2013FileTest {

    @Test
    void theBundledFileIsExactlyWhatTheCoreGenerates() throws Exception {
        GeneratedFiles.check(Path.of("catalogue", Baseline2013File.FILE_NAME), Baseline2013File.text());
    }

    @Test
    void theBundledFileLoadsAsTheCoresScenarioInEveryValue() throws Exception {
        assertEquals(Scenarios2013.baseline(), ScenarioLoader.standard().load("baseline-2013").scenario());
    }
}
