package org.muhojir.gui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.scenario.TajikistanDefaults;

class DefaultsScenarioSourceTest {
    private final ScenarioSource source = new DefaultsScenarioSource();

    @Test
    void offersTheBaseline() {
        assertEquals(List.of("baseline"), source.names());
        assertEquals(TajikistanDefaults.baseline(), source.load("baseline"));
    }

    @Test
    void anUnknownNameOrAFileIsRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> source.load("crackdown")).getMessage()
                .contains("bundled scenarios: [baseline]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> source.load("scenarios/x.json")).getMessage()
                .contains("no scenario file loader yet"));
    }
}
