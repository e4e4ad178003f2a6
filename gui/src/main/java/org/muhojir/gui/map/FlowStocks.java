package org.muhojir.gui.map;

import org.muhojir.core.population.Households;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Region;

/**
 * Migrants abroad from each region at each destination, and how many of them are without legal status, counted
 * from the population arrays between two months and scaled to national totals (persons). "Without legal status"
 * means irregular or held after a raid (a detainee who is released stays irregular).
 *
 * <p>Reads {@link Households} only; immutable once built.
 */
public final class FlowStocks {
    private static final int R = Region.COUNT;
    private static final int D = Destination.COUNT;
    private static final byte IRREGULAR = (byte) LegalStatus.IRREGULAR.ordinal();
    private static final byte DETAINED = (byte) LegalStatus.DETAINED.ordinal();

    private final double[][] abroad;
    private final double[][] withoutStatus;
    private final double[] households;

    private FlowStocks(double[][] abroad, double[][] withoutStatus, double[] households) {
        this.abroad = abroad;
        this.withoutStatus = withoutStatus;
        this.households = households;
    }

    /** Counts every filled slot of {@code hh}, each weighted by {@link Households#weight}. */
    public static FlowStocks of(Households hh) {
        double[][] abroad = new double[R][D];
        double[][] without = new double[R][D];
        double[] households = new double[R];
        for (int h = 0; h < hh.size; h++) {
            int r = hh.region[h];
            households[r] += hh.weight;
            for (int s = h * Households.SLOTS; s < (h + 1) * Households.SLOTS; s++) {
                int d = hh.slotDestination[s];
                if (d == Households.NONE) {
                    continue;
                }
                abroad[r][d] += hh.weight;
                if (hh.slotStatus[s] == IRREGULAR || hh.slotStatus[s] == DETAINED) {
                    without[r][d] += hh.weight;
                }
            }
        }
        return new FlowStocks(abroad, without, households);
    }

    /** No households and nobody abroad: what the map shows before a run starts. */
    public static FlowStocks empty() {
        return new FlowStocks(new double[R][D], new double[R][D], new double[R]);
    }

    /** Migrants from region {@code r} at destination {@code d}, persons. */
    public double abroad(Region r, Destination d) {
        return abroad[r.ordinal()][d.ordinal()];
    }

    /** Of those, the ones without legal status, persons. */
    public double withoutStatus(Region r, Destination d) {
        return withoutStatus[r.ordinal()][d.ordinal()];
    }

    /** Share of migrants from {@code r} at {@code d} without legal status (0..1), or NaN if there are none. */
    public double shareWithoutStatus(Region r, Destination d) {
        double n = abroad(r, d);
        return n > 0 ? withoutStatus(r, d) / n : Double.NaN;
    }

    /** Migrants from every region at destination {@code d}, persons. */
    public double abroad(Destination d) {
        double t = 0;
        for (Region r : Region.values()) {
            t += abroad(r, d);
        }
        return t;
    }

    /** Households living in region {@code r} (national scale). */
    public double households(Region r) {
        return households[r.ordinal()];
    }

    /** The largest flow from one region to one destination, persons. */
    public double largestFlow() {
        double max = 0;
        for (double[] row : abroad) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        return max;
    }
}
