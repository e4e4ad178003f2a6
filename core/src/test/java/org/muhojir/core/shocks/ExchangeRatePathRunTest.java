package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.from;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.policy.ExchangeRatePath;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * Exchange-rate paths replayed over the baseline: a somoni path and a rouble path, each in force for six months
 * (April to September 2023, month indices 3 to 8).
 *
 * <p>Mechanism: while in force, a path replaces the scenario's rate with its own value for the month; before and
 * after, the scenario's rate holds (in the baseline 10.8 TJS and 85.25 RUB per USD, the 2023 annual averages).
 * Remittances are converted at the month's rates, so in the first month dollars from Russia scale by scenario rate /
 * path and somoni received by path / scenario rate, but for the returns of that month, which come before the
 * remittances: a weaker somoni makes a month abroad worth more at home, so a few fewer go home (and more send), a
 * weaker rouble worth less, so a few more go home (docs/ODD.md, 7.2.1).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeRatePathRunTest {
    private static final int FIRST = 3;
    private static final int LAST = 8;
    private static final int MONTHS = 12;
    private static final MonthlySeries TJS_PATH = MonthlySeries.of(Map.of(
            YearMonth.of(2023, 4), 11.0, YearMonth.of(2023, 6), 12.5, YearMonth.of(2023, 8), 14.0));
    private static final MonthlySeries RUB_PATH = MonthlySeries.of(Map.of(
            YearMonth.of(2023, 4), 90.0, YearMonth.of(2023, 5), 100.0, YearMonth.of(2023, 7), 120.0));

    private Scenario base;
    private PairedRun somoni;

    @BeforeAll
    void run() {
        base = ShockRuns.baseline(0.01, MONTHS);
        somoni = PairedRun.of(base, from(FIRST, LAST - FIRST + 1, new ExchangeRatePath("TJS", TJS_PATH)));
    }

    @Test
    void theSomoniFollowsThePathWhileInForceAndTheScenarioOtherwise() {
        for (int m = 0; m < MONTHS; m++) {
            MonthlyOutcome o = somoni.policy(m);
            double expected = m >= FIRST && m <= LAST ? TJS_PATH.at(o.month()) : somoniPerUsd(o.month());
            assertEquals(expected, o.tjsPerUsd(), 0.0, "month " + o.month());
        }
    }

    @Test
    void inTheFirstMonthSomoniReceivedScaleWithThePath() {
        double baseline = somoni.baseline(FIRST).remittancesReceivedTjs();
        YearMonth first = ShockRuns.START.plusMonths(FIRST);
        double scaled = baseline * 11.0 / somoniPerUsd(first);
        double received = somoni.policy(FIRST).remittancesReceivedTjs();
        // a somoni 1.9% weaker lowers every hazard by 1 - 1.019^-0.4 = 0.7%, of a month's 7%: some 0.05% more senders
        // (at least none fewer: equal up to the rounding of the sums, 1e-12)
        assertTrue(received >= scaled * (1 - 1e-12) && received < 1.002 * scaled,
                "received " + received + " against " + scaled);
        double sentBaseline = somoni.baseline(FIRST).remittancesSentUsdTotal();
        double sentPolicy = somoni.policy(FIRST).remittancesSentUsdTotal();
        assertTrue(sentPolicy >= sentBaseline && sentPolicy < 1.002 * sentBaseline, sentPolicy + " vs " + sentBaseline);
    }

    @Test
    void theRoubleFollowsThePathWhileInForceAndTheScenarioOtherwise() {
        Scenario policy = base.plusShocks(List.of(
                from(FIRST, LAST - FIRST + 1, new ExchangeRatePath("RUB", RUB_PATH))));
        MuhojirModel model = new MuhojirModel(policy, RunOptions.seed(ShockRuns.SEED));
        model.start();
        for (int m = 0; m < MONTHS; m++) {
            model.stepMonth();
            double expected = m >= FIRST && m <= LAST ? RUB_PATH.at(model.currentMonth())
                    : roublesPerUsd(model.currentMonth());
            assertEquals(expected, model.conditions().localPerUsd[Destination.RUSSIA.ordinal()], 0.0,
                    "month " + model.currentMonth());
        }
        double baseline = somoni.baseline(FIRST).remittancesSentUsd()[0];
        double scenarioRate = roublesPerUsd(ShockRuns.START.plusMonths(FIRST));
        double scaled = baseline * scenarioRate / 90.0;
        double sent = model.outcomes().get(FIRST).remittancesSentUsd()[0];
        // the same roubles at 90 instead of 85.25 per dollar; a few more go home first (hazards 2.2% higher)
        assertTrue(sent <= scaled && sent > 0.998 * scaled, "first month: " + sent + " against " + scaled);
    }

    /** The scenario's own somoni per US dollar in {@code month}. */
    private double somoniPerUsd(YearMonth month) {
        return base.macro().tjsPerUsd().at(month);
    }

    /** The scenario's own roubles per US dollar in {@code month}. */
    private double roublesPerUsd(YearMonth month) {
        return base.destination(Destination.RUSSIA).localPerUsd().at(month);
    }
}
