package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.muhojir.core.engine.MigrantsAbroadPhase.OneDraw;

/**
 * One uniform per member gives each event of the month the probability it would have with a draw of its own:
 * event k happens with probability p_k times the product of (1 - p_j) over the events tried before it. Checked by
 * integrating over a fine grid of the uniform (the grid's error is at most a few grid steps).
 */
class OneDrawTest {
    private static final int GRID = 1_000_000;
    private static final double EPS = 5.0 / GRID;

    @Test
    void eventsTriedInTurnHaveTheirConditionalProbabilities() {
        double[] p = {0.07, 0.02, 0.5, 0.01, 1.0 / 3};
        double[] frequency = new double[p.length + 1];
        for (int i = 0; i < GRID; i++) {
            OneDraw draw = new OneDraw((i + 0.5) / GRID);
            int k = 0;
            while (k < p.length && !draw.happens(p[k])) {
                k++;
            }
            frequency[k] += 1.0 / GRID;
        }
        double none = 1;
        for (int k = 0; k < p.length; k++) {
            assertEquals(none * p[k], frequency[k], EPS, "event " + k);
            none *= 1 - p[k];
        }
        assertEquals(none, frequency[p.length], EPS, "no event");
    }

    @Test
    void anEventSplitsIntoItsShares() {
        // a raid (2%) after a possible return (7%); 40% of raids end in deportation
        double deported = 0;
        double detained = 0;
        for (int i = 0; i < GRID; i++) {
            OneDraw draw = new OneDraw((i + 0.5) / GRID);
            if (!draw.happens(0.07) && draw.happens(0.02)) {
                if (draw.happens(0.4)) {
                    deported += 1.0 / GRID;
                } else {
                    detained += 1.0 / GRID;
                }
            }
        }
        assertEquals(0.93 * 0.02 * 0.4, deported, EPS);
        assertEquals(0.93 * 0.02 * 0.6, detained, EPS);
    }

    @Test
    void aLaterEventHasItsProbabilityWhateverHappenedBefore() {
        // employment (90%) after a status change that may or may not have happened (lapse, 30%): 90% either way,
        // so the one draw couples nothing
        double[] employed = new double[2];
        double[] tried = new double[2];
        for (int i = 0; i < GRID; i++) {
            OneDraw draw = new OneDraw((i + 0.5) / GRID);
            int lapsed = draw.happens(0.3) ? 1 : 0;
            tried[lapsed]++;
            employed[lapsed] += draw.happens(0.9) ? 1 : 0;
        }
        assertEquals(0.3, tried[1] / GRID, EPS);
        assertEquals(0.9, employed[0] / tried[0], EPS);
        assertEquals(0.9, employed[1] / tried[1], EPS);
    }

    @Test
    void certainAndImpossibleEvents() {
        for (double u : new double[] {0, 0.5, Math.nextDown(1.0)}) {
            OneDraw draw = new OneDraw(u);
            assertEquals(false, draw.happens(0));
            assertEquals(true, draw.happens(1));
        }
    }
}
