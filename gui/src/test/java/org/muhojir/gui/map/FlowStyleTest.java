package org.muhojir.gui.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class FlowStyleTest {
    @Test
    void widthIsProportionalToMigrantsAbroad() {
        FlowStyle s = new FlowStyle(10_000);
        assertEquals(25, s.width(250_000), 1e-12); // 250,000 / 10,000 persons a unit
        assertEquals(2 * s.width(100_000), s.width(200_000), 1e-12);
        assertEquals(0, s.width(0), 0);
        assertEquals(FlowStyle.MIN_WIDTH, s.width(300), 0); // 0.03 units would vanish: drawn 1 unit wide
    }

    @Test
    void theScaleIsFittedToTheLargestFlowInRoundNumbers() {
        // 271,596 / 26 units = 10,446 persons a unit, rounded up to 20,000
        assertEquals(20_000, FlowStyle.fittedTo(271_596).personsPerUnit(), 0);
        assertArrayEquals(new double[] {50_000, 200_000, 500_000}, FlowStyle.fittedTo(271_596).legendPersons());
        assertEquals(1, FlowStyle.fittedTo(0).personsPerUnit(), 0);
    }

    @Test
    void niceCeilRoundsUpToOneTwoTwoAndAHalfOrFive() {
        assertEquals(1, FlowStyle.niceCeil(1), 0);
        assertEquals(2.5, FlowStyle.niceCeil(2.0001), 0);
        assertEquals(5e4, FlowStyle.niceCeil(3e4), 0);
        assertEquals(1e5, FlowStyle.niceCeil(50_001), 0);
        assertEquals(0.2, FlowStyle.niceCeil(0.15), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> FlowStyle.niceCeil(0));
    }

    @Test
    void colourGoesFromBlueWhenAllAreLegalToRedWhenNoneAre() {
        FlowStyle s = new FlowStyle(1);
        assertEquals(new Color(0x2166ac), s.colour(0));
        assertEquals(new Color(0x8e3fa8), s.colour(0.5));
        assertEquals(new Color(0xd7191c), s.colour(1));
        // a quarter: halfway from blue (33,102,172) to purple (142,63,168): (87.5, 82.5, 170) rounded half up
        assertEquals(new Color(88, 83, 170), s.colour(0.25));
        assertEquals(new Color(0xd7191c), s.colour(1.5)); // beyond the last stop: its colour
    }

    @Test
    void povertyRampSaturatesAtSixtyPerCent() {
        assertEquals(ColourRamp.POVERTY.at(0.6), ColourRamp.POVERTY.at(0.9));
        assertEquals(new Color(0x9e9ac8), ColourRamp.POVERTY.at(0.3));
        assertThrows(IllegalArgumentException.class,
                () -> new ColourRamp(new double[] {1, 0}, new Color[] {Color.RED, Color.BLUE}));
    }
}
