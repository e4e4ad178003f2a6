package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.departures;
import static org.muhojir.core.shocks.ShockRuns.from;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.policy.BorderClosure;
import org.muhojir.core.policy.LabourDemand;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * A border closure (as in 2020): Russia closed for six months (April to September 2023, month indices 3 to 8),
 * then reopened; and a closure of every destination for two months.
 *
 * <p>Mechanism: while closed, Russia is not eligible for any candidate, so nobody leaves for it, and migrants there
 * cannot come home by choice (they are stranded; nor are they deported or expelled: raids detain them for the
 * month). The logit choice spreads Russia's
 * share over the remaining options, so more people go to Kazakhstan. Once the border reopens, Russia is eligible
 * again and departures resume, and the returns held up by the closure happen over the six months after it reopens
 * ({@code behaviour.circulation.reopeningReturnMonths}): in each, each migrant who was there while it was closed goes
 * home, beside the month's own chance, with the sixth root of the chance of the six closed months together.
 */
class BorderClosureRunTest extends PairedRunTest {
    private static final int FIRST = 3;
    private static final int LAST = 8;
    private static final int SPREAD = 6;
    private static final int MONTHS = LAST + SPREAD + 2;

    @Override
    PairedRun pair() {
        return closedWithReturnsSpreadOver(SPREAD);
    }

    private static PairedRun closedWithReturnsSpreadOver(int months) {
        Scenario base = ShockRuns.baseline(0.01, MONTHS);
        Behaviour b = base.behaviour();
        Behaviour.Circulation c = b.circulation();
        assertEquals(SPREAD, c.reopeningReturnMonths(), "the documented baseline's spread");
        Scenario spread = base.withBehaviour(b.withCirculation(new Behaviour.Circulation(c.returneeConsiderFactor(),
                c.returneeMonths(), c.naturalisationMonths(), c.lastDestinationUtility(), c.settledReturnFactor(),
                c.settledRemittanceDecay(), months)));
        return PairedRun.of(spread, from(FIRST, LAST - FIRST + 1, new BorderClosure(RUSSIA)));
    }

    @Test
    void nobodyLeavesForRussiaOrComesHomeByChoiceWhileTheBorderIsClosed() {
        for (int m = FIRST; m <= LAST; m++) {
            assertEquals(0.0, runs.policy(m).departures()[RUSSIA.ordinal()], "departures in month " + m);
            assertEquals(0.0, runs.policy(m).returnsByChoice()[RUSSIA.ordinal()], "returns in month " + m);
            // the test would be empty if the baseline had nobody moving in these months
            assertTrue(runs.baseline(m).departures()[RUSSIA.ordinal()] > 0);
            assertTrue(runs.baseline(m).returnsByChoice()[RUSSIA.ordinal()] > 0);
        }
    }

    @Test
    void nobodyIsSentHomeFromRussiaWhileTheBorderIsClosed() {
        for (int m = FIRST; m <= LAST; m++) {
            assertEquals(0.0, runs.policy(m).deportations()[RUSSIA.ordinal()], "deportations in month " + m);
            assertTrue(runs.policy(m).detentions()[RUSSIA.ordinal()] > 0, "raids go on in month " + m);
        }
        // the test would be empty if the baseline deported nobody in these months
        assertTrue(runs.baselineSum(FIRST, LAST, o -> o.deportations()[RUSSIA.ordinal()]) > 0);
        assertTrue(runs.policy(LAST + 1).deportations()[RUSSIA.ordinal()] > 0, "deportations resume");
    }

    @Test
    void departuresToRussiaResumeWhenTheBorderReopens() {
        for (int m = LAST + 1; m < MONTHS; m++) {
            assertTrue(runs.policy(m).departures()[RUSSIA.ordinal()] > 0, "departures in month " + m);
        }
        double baseline = runs.baselineSum(LAST + 1, MONTHS - 1, departures(RUSSIA));
        double policy = runs.policySum(LAST + 1, MONTHS - 1, departures(RUSSIA));
        assertTrue(policy >= 0.5 * baseline, "departures after reopening: " + policy + " vs baseline " + baseline);
    }

    @Test
    void strandedMigrantsComeHomeOverTheMonthsAfterTheBorderReopens() {
        // spreading the held-up returns over six months moves them in time, not in number: over those months about
        // as many come home as when all come home in the month it reopens (reopeningReturnMonths 1), fewer in that
        // month and more in each of the five after it
        PairedRun atOnce = closedWithReturnsSpreadOver(1);
        double spreadTotal = runs.policySum(LAST + 1, LAST + SPREAD, returnsFromRussia());
        double atOnceTotal = atOnce.policySum(LAST + 1, LAST + SPREAD, returnsFromRussia());
        assertEquals(1, spreadTotal / atOnceTotal, 0.1, "returns over the six months after reopening, spread "
                + spreadTotal + " vs at once " + atOnceTotal);
        assertTrue(runs.policy(LAST + 1).returnsByChoice()[RUSSIA.ordinal()]
                < 0.5 * atOnce.policy(LAST + 1).returnsByChoice()[RUSSIA.ordinal()], "the reopening month");
        for (int m = LAST + 2; m <= LAST + SPREAD; m++) {
            assertTrue(runs.policy(m).returnsByChoice()[RUSSIA.ordinal()]
                    > atOnce.policy(m).returnsByChoice()[RUSSIA.ordinal()], "returns in month " + m);
        }
        // the month it reopens is still above the baseline's October, one of the months returns peak in
        assertTrue(runs.policy(LAST + 1).returnsByChoice()[RUSSIA.ordinal()]
                > 1.1 * runs.baseline(LAST + 1).returnsByChoice()[RUSSIA.ordinal()], "the reopening month");
    }

    @Test
    void withReturnsSpreadOverOneMonthTheyAllComeHomeWhenItReopens() {
        // reopeningReturnMonths 1: the reopening month's returns carry seven months' chance, at least half of all the
        // baseline's returns over the closed months and that one (fewer are abroad to return: the stock fell with no
        // departures, and deportations went on), and so far above the baseline's October
        PairedRun atOnce = closedWithReturnsSpreadOver(1);
        double reopening = atOnce.policy(LAST + 1).returnsByChoice()[RUSSIA.ordinal()];
        double sameMonth = atOnce.baseline(LAST + 1).returnsByChoice()[RUSSIA.ordinal()];
        double heldUp = atOnce.baselineSum(FIRST, LAST + 1, returnsFromRussia());
        assertTrue(reopening > 2 * sameMonth, "returns on reopening " + reopening + " vs baseline " + sameMonth);
        assertTrue(reopening > 0.5 * heldUp, "returns on reopening " + reopening + " vs held up " + heldUp);
        assertEquals(runs.baselineSum(0, MONTHS - 1, returnsFromRussia()),
                atOnce.baselineSum(0, MONTHS - 1, returnsFromRussia()), "the spread changes nothing without a closure");
    }

    @Test
    void strandedMigrantsWhoLoseTheirWorkComeHomeInGreaterNumbers() {
        // a lockdown that halves migrants' chance of work while the border is closed: a month abroad brings less,
        // so more of those stranded go home once they can
        List<MonthlyOutcome> withLostWork = ShockRuns.run(ShockRuns.baseline(0.01, MONTHS).plusShocks(List.of(
                from(FIRST, LAST - FIRST + 1, new BorderClosure(RUSSIA)),
                from(FIRST, LAST - FIRST + 1, new LabourDemand(RUSSIA, 0.5)))));
        double closedOnly = runs.policySum(LAST + 1, LAST + SPREAD, returnsFromRussia());
        double lostWork = ShockRuns.sum(withLostWork, LAST + 1, LAST + SPREAD, returnsFromRussia());
        assertTrue(lostWork > 1.1 * closedOnly, "returns after reopening " + lostWork + " vs " + closedOnly);
    }

    private static ToDoubleFunction<MonthlyOutcome> returnsFromRussia() {
        return o -> o.returnsByChoice()[RUSSIA.ordinal()];
    }

    @Test
    void someWhoWouldHaveGoneToRussiaGoToKazakhstanInstead() {
        double baseline = runs.baselineSum(FIRST, LAST, departures(Destination.KAZAKHSTAN));
        double policy = runs.policySum(FIRST, LAST, departures(Destination.KAZAKHSTAN));
        // Russia takes most choosers in the baseline; removing it from the choice set raises every remaining
        // option's probability in proportion (the logit's independence of irrelevant alternatives)
        assertTrue(policy >= 2 * baseline, "departures to Kazakhstan: " + policy + " vs baseline " + baseline);
    }

    @Test
    void closingEveryBorderStopsAllDeparturesAndReturnsByChoice() {
        List<MonthlyOutcome> closed = ShockRuns.run(ShockRuns.baseline(0.01, MONTHS)
                .plusShocks(List.of(from(FIRST, 2, new BorderClosure(null)))));
        for (int m = FIRST; m < FIRST + 2; m++) {
            assertEquals(0.0, MonthlyOutcome.total(closed.get(m).departures()), "month " + m);
            assertEquals(0.0, MonthlyOutcome.total(closed.get(m).returnsByChoice()), "month " + m);
        }
        assertTrue(MonthlyOutcome.total(closed.get(FIRST + 2).departures()) > 0, "departures resume");
    }
}
