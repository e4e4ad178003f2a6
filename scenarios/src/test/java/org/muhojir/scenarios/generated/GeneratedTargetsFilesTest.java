package org.muhojir.scenarios.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.muhojir.core.calibration.CalibrationTargets;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.FreeParameters;
import org.muhojir.core.calibration.Target;
import org.muhojir.scenarios.calibrate.BundledTargets;
import org.muhojir.scenarios.calibrate.TargetsFile;

/**
 * The bundled targets files are the core's targets: generated from {@link CalibrationTargets} and equal to it in
 * every field of every target (id, description, year, moment, value, tolerance, weight, source), so the two can
 * never disagree again.
 */
class GeneratedTargetsFilesTest {

    @ParameterizedTest
    @EnumSource(BundledTargets.class)
    void eachBundledTargetsFileIsExactlyWhatTheCoreGenerates(BundledTargets b) throws Exception {
        GeneratedFiles.check(Path.of("calibration", b.fileName()), b.text());
    }

    @Test
    void theBundledFileReadsBackAsTheCoresTargetsInEveryField() throws Exception {
        assertEquals(CalibrationTargets.history(), read("targets-history.json").targets());
    }

    @Test
    void aTargetsFileThatDiffersFromTheCoreInOneWeightOrOneSourceIsNotTheCores() throws Exception {
        String text = BundledTargets.HISTORY.text();
        String weight = text.replaceFirst("\"weight\": 0,", "\"weight\": 0.5,");
        String source = text.replaceFirst("\\(bm\\.ge\\)\"", "(bm.ge) \"");
        assertNotEquals(text, weight);
        assertNotEquals(text, source);
        List<Target> core = CalibrationTargets.history();
        assertNotEquals(core, TargetsFile.read("weight", weight).targets());
        assertNotEquals(core, TargetsFile.read("source", source).targets());
    }

    @Test
    void theCommandsDefaultIsTheHistoryFile() throws Exception {
        assertEquals(BundledTargets.HISTORY.text(), TargetsFile.bundledText());
        TargetsFile bundled = TargetsFile.read("bundled", TargetsFile.bundledText());
        TargetsFile generated = BundledTargets.HISTORY.file();
        assertEquals(generated.anchor(), bundled.anchor());
        assertEquals(generated.settings(), bundled.settings());
        assertEquals(names(generated), names(bundled));
        assertEquals(List.of("behaviour.considerConcentration", "behaviour.remittanceShare",
                        "destinations.Russia.enforcement.raidHazardIrregular",
                        "destinations.Russia.naturalisationHazard", "destinations.Russia.labour.crowding.elasticity"),
                FreeParameters.defaults().stream().map(FreeParameter::name)
                        .filter(n -> !names(bundled).contains(n)).toList(),
                "the final run fixes the three parameters no fitted target identifies, the crowding it sets and the "
                        + "concentration it holds");
    }

    private static List<String> names(TargetsFile f) {
        return f.parameters().stream().map(FreeParameter::name).toList();
    }

    private static TargetsFile read(String name) throws Exception {
        Path file = Path.of("calibration", name);
        return TargetsFile.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
}
