package org.muhojir.scenarios.responses;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.BitSet;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.event.ModelObserver;
import org.muhojir.core.world.Destination;

/**
 * Departures to one destination in a year of one run, household by household, and which households had a member
 * deported from anywhere since a month (the policy's start). Two runs with common random numbers (a baseline and a
 * policy: household {@code h} is the same household in both) are compared by {@link #change}: do the departures a
 * policy adds or removes come from households that lost a member to deportation (replacing the deportee) or from
 * households no deportation touched in either run (the destination's pull)? Persons, national (each month's
 * departures times that month's household weight).
 */
final class DepartureSplit implements ModelObserver {
    /** Households of the run with a member deported since {@link #since}. */
    private final BitSet deported = new BitSet();
    private final MuhojirModel model;
    private final Destination destination;
    private final YearMonth since;
    private final int year;
    /** Departures of each household in the year, persons (grown as households depart). */
    private double[] departures = new double[0];

    /** Watches {@code model} (add it as an observer before the run starts). */
    DepartureSplit(MuhojirModel model, Destination destination, YearMonth since, int year) {
        this.model = model;
        this.destination = destination;
        this.since = since;
        this.year = year;
    }

    /** Which households a deportation touched since the policy's start. */
    enum Touched {
        /** No member deported in either run. */
        NEITHER("in neither run"),
        /** A member deported in the policy run only. */
        POLICY_ONLY("in the policy run only"),
        /** A member deported in the baseline run only. */
        BASELINE_ONLY("in the baseline run only"),
        /** A member deported in both runs. */
        BOTH("in both runs");

        final String label;

        Touched(String label) {
            this.label = label;
        }

        static Touched of(boolean inBaseline, boolean inPolicy) {
            return inBaseline ? (inPolicy ? BOTH : BASELINE_ONLY) : (inPolicy ? POLICY_ONLY : NEITHER);
        }
    }

    @Override
    public void onEvent(ModelEvent e) {
        if (e instanceof ModelEvent.Deportation d && !d.month().isBefore(since)) {
            deported.set(d.household());
        } else if (e instanceof ModelEvent.Departure d && d.destination() == destination
                && d.month().getYear() == year) {
            int h = d.household();
            if (h >= departures.length) {
                departures = Arrays.copyOf(departures, Math.max(h + 1, 2 * departures.length));
            }
            departures[h] += model.households().weight;
        }
    }

    /** This run's departures of household {@code h} in the year, persons. */
    private double departuresOf(int h) {
        return h < departures.length ? departures[h] : 0;
    }

    /**
     * The policy's change in departures (policy run minus baseline run) by which households a deportation touched,
     * indexed by {@link Touched#ordinal()}, persons.
     */
    static double[] change(DepartureSplit baseline, DepartureSplit policy) {
        double[] change = new double[Touched.values().length];
        int households = Math.max(baseline.departures.length, policy.departures.length);
        for (int h = 0; h < households; h++) {
            Touched t = Touched.of(baseline.deported.get(h), policy.deported.get(h));
            change[t.ordinal()] += policy.departuresOf(h) - baseline.departuresOf(h);
        }
        return change;
    }
}
