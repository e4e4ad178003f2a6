package org.muhojir.gui.map;

import java.time.YearMonth;
import java.util.List;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.world.Region;

/**
 * What the flow map shows for one month: taken from the model on its own thread after the month is simulated,
 * then drawn by Swing; immutable.
 *
 * @param scenario        the scenario's name
 * @param month           the month simulated
 * @param stocks          migrants abroad by region and destination, and those without legal status
 * @param povertyByRegion poverty headcount (FGT0, 0..1) by {@link Region#ordinal()}
 * @param povertyNational national poverty headcount (0..1)
 * @param shocksInForce   one line per shock in force this month
 */
public record MapSnapshot(String scenario, YearMonth month, FlowStocks stocks, double[] povertyByRegion,
                          double povertyNational, List<String> shocksInForce) {
    public MapSnapshot {
        if (povertyByRegion.length != Region.COUNT) {
            throw new IllegalArgumentException("poverty needs one value per region (" + Region.COUNT + "), had "
                    + povertyByRegion.length);
        }
        povertyByRegion = povertyByRegion.clone();
        shocksInForce = List.copyOf(shocksInForce);
    }

    /** The map before the first month: no migrants, no poverty figures. */
    public static MapSnapshot beforeStart(String scenario) {
        double[] none = new double[Region.COUNT];
        java.util.Arrays.fill(none, Double.NaN);
        return new MapSnapshot(scenario, null, FlowStocks.empty(), none, Double.NaN, List.of());
    }

    /**
     * The map of the month {@code model} has just simulated; call it on the model's thread between two months.
     *
     * @param shocksInForce descriptions of the shocks in force that month
     */
    public static MapSnapshot of(MuhojirModel model, List<String> shocksInForce) {
        List<MonthlyOutcome> outcomes = model.outcomes();
        if (outcomes.isEmpty()) {
            MapSnapshot empty = beforeStart(model.scenario().name());
            return new MapSnapshot(empty.scenario(), null, FlowStocks.of(model.households()), empty.povertyByRegion,
                    Double.NaN, shocksInForce);
        }
        MonthlyOutcome last = outcomes.get(outcomes.size() - 1);
        double[] poverty = new double[Region.COUNT];
        for (Region r : Region.values()) {
            poverty[r.ordinal()] = last.poverty()[Group.of(r).ordinal()].fgt0();
        }
        return new MapSnapshot(model.scenario().name(), last.month(), FlowStocks.of(model.households()), poverty,
                last.poverty()[Group.NATIONAL.ordinal()].fgt0(), shocksInForce);
    }

    /** Poverty headcount in region {@code r} (0..1), NaN before the first month. */
    public double poverty(Region r) {
        return povertyByRegion[r.ordinal()];
    }

    @Override
    public double[] povertyByRegion() {
        return povertyByRegion.clone();
    }
}
