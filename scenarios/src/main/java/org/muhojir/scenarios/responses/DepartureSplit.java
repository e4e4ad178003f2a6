package org.muhojir.scenarios.responses;

import java.time.YearMonth;
import java.util.BitSet;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.event.ModelObserver;
import org.muhojir.core.world.Destination;

/**
 * Departures to one destination in a year of one run, split by whether the household had a member deported from
 * anywhere since a month (the policy's start): do the departures a policy adds or removes come from households
 * that lost a member to deportation (replacing the deportee) or from the others (the destination's pull)?
 * Persons, national (each month's departures times that month's household weight).
 */
final class DepartureSplit implements ModelObserver {
    /** Households of the run with a member deported since {@link #since}. */
    private final BitSet deported = new BitSet();
    private final MuhojirModel model;
    private final Destination destination;
    private final YearMonth since;
    private final int year;
    /** Departures from households with a deportation since the start, persons. */
    double fromDeportees;
    /** Departures from the other households, persons. */
    double fromOthers;

    /** Watches {@code model} (add it as an observer before the run starts). */
    DepartureSplit(MuhojirModel model, Destination destination, YearMonth since, int year) {
        this.model = model;
        this.destination = destination;
        this.since = since;
        this.year = year;
    }

    @Override
    public void onEvent(ModelEvent e) {
        if (e instanceof ModelEvent.Deportation d && !d.month().isBefore(since)) {
            deported.set(d.household());
        } else if (e instanceof ModelEvent.Departure d && d.destination() == destination
                && d.month().getYear() == year) {
            double persons = model.households().weight;
            if (deported.get(d.household())) {
                fromDeportees += persons;
            } else {
                fromOthers += persons;
            }
        }
    }
}
