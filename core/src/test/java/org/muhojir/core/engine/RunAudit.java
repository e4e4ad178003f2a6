package org.muhojir.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.event.ModelObserver;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.population.Households;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * Runs a scenario while auditing it month by month: counts members abroad in the households' own slots before the
 * first month and after each, sums the month's remittance events, and checks every household's state at the end of
 * each month. The tests then compare these independent counts with the reported outcomes.
 */
final class RunAudit implements ModelObserver {
    private static final int D = Destination.COUNT;

    final String name;
    private final Scenario scenario;
    /** Members abroad by destination, counted in the slots (simulated persons): before month 0, then after each. */
    final List<long[]> slotStock = new ArrayList<>();
    /** Per month: remittance events summed by destination (simulated units, not weighted). */
    final List<double[]> eventSentUsd = new ArrayList<>();
    final List<double[]> eventFeeUsd = new ArrayList<>();
    final List<Double> eventReceivedTjs = new ArrayList<>();
    /** Per month: remittances received summed over the households' own records, TJS (simulated units). */
    final List<Double> householdReceivedTjs = new ArrayList<>();
    /** The first things found wrong with an event or a household, with their month (at most 20 kept). */
    final List<String> problems = new ArrayList<>();
    /** How many things were found wrong in all. */
    int problemCount;
    final List<MonthlyOutcome> outcomes;

    private final MuhojirModel model;
    private final List<ModelEvent.Remittance> monthRemittances = new ArrayList<>();

    private RunAudit(Scenario scenario) {
        name = scenario.name();
        this.scenario = scenario;
        model = new MuhojirModel(scenario, RunOptions.seed(RunFixtures.SEED));
        model.addObserver(this);
        model.start();
        slotStock.add(countSlots(model.households()));
        outcomes = model.runToEnd();
    }

    static RunAudit of(Scenario scenario) {
        return new RunAudit(scenario);
    }

    @Override
    public void onEvent(ModelEvent event) {
        if (event instanceof ModelEvent.Remittance r) {
            monthRemittances.add(r);
        } else if (event instanceof ModelEvent.MonthClosed closed) {
            closeMonth(closed.outcome());
        }
    }

    private void closeMonth(MonthlyOutcome outcome) {
        Households hh = model.households();
        slotStock.add(countSlots(hh));
        sumRemittances(outcome, hh);
        checkHouseholds(hh, outcome);
        monthRemittances.clear();
    }

    private void sumRemittances(MonthlyOutcome outcome, Households hh) {
        double[] sent = new double[D];
        double[] fees = new double[D];
        double received = 0;
        Map<Integer, Double> byHousehold = new HashMap<>();
        for (ModelEvent.Remittance r : monthRemittances) {
            sent[r.destination().ordinal()] += r.sentUsd();
            fees[r.destination().ordinal()] += r.feeUsd();
            received += r.receivedTjs();
            byHousehold.merge(r.household(), r.receivedTjs(), Double::sum);
            double arrivedUsd = r.receivedTjs() / outcome.tjsPerUsd();
            if (Math.abs(r.sentUsd() - r.feeUsd() - arrivedUsd) > 1e-9 * r.sentUsd() || r.feeUsd() < 0
                    || r.feeUsd() > r.sentUsd()) {
                problem(outcome.month() + ": " + r + " does not add up (arrived " + arrivedUsd + " USD)");
            }
        }
        eventSentUsd.add(sent);
        eventFeeUsd.add(fees);
        eventReceivedTjs.add(received);
        double households = 0;
        for (int h = 0; h < hh.size; h++) {
            households += hh.remittancesReceived[h];
            double expected = byHousehold.getOrDefault(h, 0.0);
            if (Math.abs(hh.remittancesReceived[h] - expected) > 1e-5 * expected + 1e-3) {
                problem(outcome.month() + ": household " + h + " received " + hh.remittancesReceived[h]
                        + " TJS but its remittance events add up to " + expected);
            }
        }
        householdReceivedTjs.add(households);
    }

    private void checkHouseholds(Households hh, MonthlyOutcome outcome) {
        int month = model.monthIndex();
        for (int h = 0; h < hh.size; h++) {
            int filled = 0;
            int women = 0;
            for (int s = h * Households.SLOTS; s < (h + 1) * Households.SLOTS; s++) {
                if (hh.slotDestination[s] != Households.NONE) {
                    filled++;
                    women += hh.slotFemale[s];
                    check(hh.slotSavingsUsd[s] >= 0, outcome, h, "negative savings abroad");
                }
            }
            check(hh.menAbroad[h] >= 0 && hh.menAbroad[h] <= hh.men[h], outcome, h,
                    hh.menAbroad[h] + " men abroad of " + hh.men[h]);
            check(hh.womenAbroad[h] >= 0 && hh.womenAbroad[h] <= hh.women[h], outcome, h,
                    hh.womenAbroad[h] + " women abroad of " + hh.women[h]);
            check(filled == hh.membersAbroad(h) && women == hh.womenAbroad[h], outcome, h,
                    filled + " slots filled for " + hh.membersAbroad(h) + " members abroad");
            check(hh.savings[h] >= 0 && hh.debt[h] >= 0, outcome, h,
                    "savings " + hh.savings[h] + ", debt " + hh.debt[h]);
            if (hh.banned(h, hh.banDestination[h], month + 1)) {
                check(hh.bannedMembers[h] <= hh.menAtHome(h) + hh.womenAtHome(h), outcome, h,
                        hh.bannedMembers[h] + " banned members but " + (hh.menAtHome(h) + hh.womenAtHome(h))
                                + " working-age members at home");
            }
        }
    }

    private void check(boolean ok, MonthlyOutcome outcome, int h, String what) {
        if (!ok) {
            problem(outcome.month() + ": household " + h + ": " + what);
        }
    }

    private void problem(String what) {
        problemCount++;
        if (problems.size() < 20) {
            problems.add(what);
        }
    }

    private static long[] countSlots(Households hh) {
        long[] stock = new long[D];
        for (int s = 0; s < hh.slotDestination.length; s++) {
            if (hh.slotDestination[s] != Households.NONE) {
                stock[hh.slotDestination[s]]++;
            }
        }
        return stock;
    }

    /** National households each simulated household stands for in {@code month} (the population of that month). */
    double weight(java.time.YearMonth month) {
        return scenario.population().weight(month, scenario.macro().priceBaseYear());
    }
}
