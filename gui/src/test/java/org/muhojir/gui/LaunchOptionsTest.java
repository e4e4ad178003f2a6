package org.muhojir.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
    @Test
    void noArgumentsMeanTheBaselineAtOnePerCent() {
        assertEquals(new LaunchOptions("baseline", 0.01, 42, 1), LaunchOptions.parse());
    }

    @Test
    void readsEveryOption() {
        assertEquals(new LaunchOptions("crackdown.json", 0.05, 7, 2),
                LaunchOptions.parse("crackdown.json", "--sample", "0.05", "--seed", "7", "--threads", "2"));
        assertEquals(7, LaunchOptions.parse("--seed", "7").runOptions().seed());
    }

    @Test
    void badArgumentsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--sample", "0"))
                .getMessage().contains("--sample must be more than 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--speed", "2"))
                .getMessage().contains("unknown argument '--speed'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--seed"))
                .getMessage().contains("--seed needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--threads", "two"))
                .getMessage().contains("whole number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("a", "b"))
                .getMessage().contains("unknown argument 'b'"));
    }

    @Test
    void menuSampleLabelsSayHowManyHouseholds() {
        // 1% of 1,649,178 households is 16,492, rounded to the hundred: 16,500
        assertEquals("1% (about 16,500 households)", ScenarioMenu.sampleLabel(0.01, 1_649_178));
        assertEquals("0.5% (about 8,200 households)", ScenarioMenu.sampleLabel(0.005, 1_649_178));
        // the whole population is offered with a warning about time and memory
        assertEquals("100% (about 1,649,200 households; slow: about a second a month, 300 MB of memory)",
                ScenarioMenu.sampleLabel(1.0, 1_649_178));
    }
}
