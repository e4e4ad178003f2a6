package org.muhojir.gui.household;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.population.HouseholdView;
import org.muhojir.core.population.LocalEconomy;
import org.muhojir.core.world.Destination;

/**
 * The household being followed and what it looked like each month since it was picked. Recorded on the model's
 * thread after each month, read by Swing; thread-safe.
 */
public final class HouseholdWatch {
    /**
     * One month of the household.
     *
     * @param month        the month simulated
     * @param view         the household at the end of it
     * @param povertyLine  that month's national poverty line, TJS per adult equivalent a month (it moves with
     *                     prices, as consumption does)
     * @param extremeLine  that month's extreme poverty line, same unit
     * @param canRaise     what the household could raise for a journey at the end of the month, TJS: its savings
     *                     and the credit its income at home allows, less its debt (docs/ODD.md 7.5.3)
     * @param journeyToRussia what a departure to Russia cost that month, TJS (the fare and the papers, priced in US
     *                     dollars)
     * @param fareToRussiaUsd   the fare to Russia that month, US dollars
     * @param papersToRussiaUsd the papers to enter Russia that month, US dollars
     */
    public record Row(YearMonth month, HouseholdView view, double povertyLine, double extremeLine, double canRaise,
                      double journeyToRussia, double fareToRussiaUsd, double papersToRussiaUsd) {
    }

    private int index = -1;
    private final List<Row> history = new ArrayList<>();

    /** Follows household {@code h} from now on (its history starts afresh); -1 follows none. */
    public synchronized void follow(int h) {
        index = h;
        history.clear();
    }

    /** The household followed, or -1. */
    public synchronized int index() {
        return index;
    }

    /**
     * Records the month {@code model} has just simulated, if a household is followed and that month is not yet
     * recorded.
     */
    public synchronized void record(MuhojirModel model) {
        if (index < 0 || model.outcomes().isEmpty() || index >= model.households().size) {
            return;
        }
        YearMonth month = model.outcomes().get(model.outcomes().size() - 1).month();
        if (!history.isEmpty() && history.get(history.size() - 1).month().equals(month)) {
            return;
        }
        LocalEconomy economy = model.economy();
        Conditions c = model.conditions();
        int russia = Destination.RUSSIA.ordinal();
        history.add(new Row(month, model.household(index), economy.povertyLine(), economy.extremePovertyLine(),
                economy.capacity(model.households(), index, economy.income(model.households(), index)),
                c.journeyCostTjs(russia), c.travelUsd[russia], c.documentsUsd[russia]));
    }

    /** The months recorded, oldest first. */
    public synchronized List<Row> history() {
        return List.copyOf(history);
    }
}
