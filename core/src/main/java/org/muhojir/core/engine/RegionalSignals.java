package org.muhojir.core.engine;

import java.io.Serializable;
import java.util.Arrays;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/**
 * What households in each region know of each destination: how many of their region's households have someone
 * there (the network; with it, how many members are there in all, which crowds their labour market), and how risky
 * it is (the perceived monthly deportation probability). Perceived risk
 * follows the deportation rate that the region's migrants experienced {@code lag} months ago, closing a share
 * {@code adjustment} of the gap each month, so a raid wave in Moscow reaches Khatlon villages with a delay.
 */
final class RegionalSignals implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int R = Region.COUNT;
    private static final int D = Destination.COUNT;

    final double[][] network = new double[R][D];
    final double[][] perceivedRisk = new double[R][D];
    /** Members abroad at each destination at the end of last month, in the simulated households (not scaled). */
    final long[] abroad = new long[D];
    private final double[][][] reported;
    private int head;
    private final double adjustment;

    RegionalSignals(int lagMonths, double adjustment) {
        this.reported = new double[lagMonths + 1][R][D];
        this.adjustment = adjustment;
    }

    /** Starts perceived risk at the deportation rate implied by the start's enforcement and status mix. */
    void initialise(Conditions c, double irregularShare) {
        for (int d = 0; d < D; d++) {
            double rate = c.deportationShare[d]
                    * (irregularShare * c.raidHazardIrregular[d] + (1 - irregularShare) * c.raidHazardLegal[d]);
            for (int r = 0; r < R; r++) {
                perceivedRisk[r][d] = rate;
                for (double[][] past : reported) {
                    past[r][d] = rate;
                }
            }
        }
    }

    /**
     * Sets the network shares from counts of households with a member at each destination, by region, and the
     * members abroad at each destination from their counts by region.
     */
    void updateNetwork(long[][] householdsWithMemberAt, long[] householdsByRegion, long[][] abroadByRegion) {
        Arrays.fill(abroad, 0);
        for (int r = 0; r < R; r++) {
            for (int d = 0; d < D; d++) {
                network[r][d] = householdsByRegion[r] > 0
                        ? (double) householdsWithMemberAt[r][d] / householdsByRegion[r] : 0;
                abroad[d] += abroadByRegion[r][d];
            }
        }
    }

    /**
     * Records this month's deportation rates (deportations over those exposed: the stock at the end of the month
     * plus those deported) and moves perceived risk towards the rates reported {@code lag} months ago. A destination
     * whose border is closed ({@code open[d]} false) deports nobody because nobody can travel, not because its
     * enforcement eased: its last rate is held, so that a closure does not make it look safe when it reopens.
     */
    void updateRisk(long[][] deportationsByRegion, long[][] abroadByRegion, boolean[] open) {
        head = (head + 1) % reported.length;
        for (int r = 0; r < R; r++) {
            for (int d = 0; d < D; d++) {
                long exposed = abroadByRegion[r][d] + deportationsByRegion[r][d];
                reported[head][r][d] = exposed > 0 && open[d] ? (double) deportationsByRegion[r][d] / exposed
                        : reported[previous()][r][d];
            }
        }
        double[][] lagged = reported[(head + 1) % reported.length];
        for (int r = 0; r < R; r++) {
            for (int d = 0; d < D; d++) {
                perceivedRisk[r][d] += adjustment * (lagged[r][d] - perceivedRisk[r][d]);
            }
        }
    }

    private int previous() {
        return (head - 1 + reported.length) % reported.length;
    }
}
