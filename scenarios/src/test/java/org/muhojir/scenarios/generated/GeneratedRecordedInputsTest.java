package org.muhojir.scenarios.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.muhojir.core.scenario.RecordedInputs;
import org.muhojir.scenarios.inputs.RecordedInputsSource;

/** The core's recorded input series are the project's data file's, value for value, flags and sources kept. */
class GeneratedRecordedInputsTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theCoresRecordedInputsAreExactlyWhatTheDataFileGenerates() throws Exception {
        String json = Files.readString(ROOT.resolve(RecordedInputsSource.DATA_FILE), StandardCharsets.UTF_8);
        GeneratedFiles.check(ROOT.resolve(RecordedInputsSource.JAVA_FILE), RecordedInputsSource.text(json));
    }

    @Test
    void valuesAndFlagsReadAsTheDataFileStatesThem() {
        // data/exogenous-inputs.json: Rosstat's 2013 average wage 29,792 RUB; 2025 flagged preliminary
        assertEquals(29_792, RecordedInputs.RUSSIA_WAGES.byYear().get(2013));
        assertTrue(RecordedInputs.RUSSIA_WAGES.valueStatus().get("2025").contains("preliminary"));
        assertEquals(5.01, RecordedInputs.TAJIKISTAN_CPI_CHANGE.byYear().get(2013));
        assertTrue(RecordedInputs.TAJIKISTAN_CPI_CHANGE.valueStatus().get("2024").contains("unconfirmed"));
    }
}
