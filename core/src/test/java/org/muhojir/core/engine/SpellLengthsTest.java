package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.muhojir.core.event.ModelEvent;

/**
 * How long the migrants who come home by choice in the 2023 baseline (1% sample, 12 months) have been abroad,
 * against the IOM's 2023 survey of returnees (data:spell_duration_months, n = 978): 2% of spells of 1-3 months, 12%
 * of 4-6, 41% of 7-12 and 45% of more than a year; 55% within a year. The return rule's duration profile was fitted
 * to these shares (docs/calibration.md, section 6); a memoryless hazard sends about a fifth home within three
 * months.
 */
class SpellLengthsTest {
    @Test
    void returneesSpellsHaveTheSurveysShape() {
        double[] bands = new double[4];
        MuhojirModel model = new MuhojirModel(RunFixtures.baseline(0.01, 12), RunOptions.seed(RunFixtures.SEED));
        model.addObserver(e -> {
            if (e instanceof ModelEvent.Return r) {
                int a = r.monthsAbroad();
                bands[a <= 3 ? 0 : a <= 6 ? 1 : a <= 12 ? 2 : 3]++;
            }
        });
        model.start();
        model.runToEnd();
        double all = bands[0] + bands[1] + bands[2] + bands[3];
        assertTrue(all > 3_000, "returns in the sample: " + all);
        // the survey's shares, each within 5 points (its sampling error at n = 978 is about 1.5 points; the rest is
        // room for the fit and the sample)
        assertEquals(0.02, bands[0] / all, 0.05, "1-3 months");
        assertEquals(0.12, bands[1] / all, 0.05, "4-6 months");
        assertEquals(0.41, bands[2] / all, 0.05, "7-12 months");
        assertEquals(0.45, bands[3] / all, 0.05, "more than a year");
    }
}
