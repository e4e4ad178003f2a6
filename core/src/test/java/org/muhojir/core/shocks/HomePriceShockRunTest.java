package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.policy.HomePriceShock;
import org.muhojir.core.scenario.Scenario;

/**
 * Prices at home 15% higher for a year (2023), with incomes at home held and with incomes following prices, against
 * the baseline on the same seed. Held incomes lose a seventh of their real value, so poverty rises by points.
 * Incomes that follow prices keep theirs; only remittances, fixed in somoni, lose value, while work abroad, paid at
 * the same exchange rate, is worth less at home's prices, so fewer leave (and fewer pay for a journey, or leave
 * their pay at home behind): poverty moves far less, either way. Poverty is read from the fourth month on, when the
 * survey's quarter is wholly in the shock.
 */
class HomePriceShockRunTest {
    private static final int MONTHS = 12;

    @Test
    void incomesThatFollowPricesKeepAwayMostOfThePovertyThatHeldIncomesBring() {
        Scenario base = ShockRuns.baseline(0.01, MONTHS);
        List<MonthlyOutcome> baseline = ShockRuns.run(base);
        List<MonthlyOutcome> held = ShockRuns.run(withPrices(base, new HomePriceShock(1.15)));
        List<MonthlyOutcome> following = ShockRuns.run(withPrices(base, new HomePriceShock(1.15, 1)));
        double rise = poverty(held) - poverty(baseline);
        double riseFollowing = poverty(following) - poverty(baseline);
        assertTrue(rise > 0.02, "held incomes: poverty up " + rise);
        assertTrue(Math.abs(riseFollowing) < rise / 3, "incomes following prices: poverty up " + riseFollowing
                + " against " + rise + " with incomes held");
        assertTrue(departures(following) < departures(baseline), "work abroad is worth less at home's prices: "
                + departures(following) + " departures against " + departures(baseline));
    }

    private static Scenario withPrices(Scenario base, HomePriceShock shock) {
        return base.withShocks(List.of(ShockRuns.from(0, MONTHS, shock)));
    }

    /** The national headcount, the mean of months 4 to 12. */
    private static double poverty(List<MonthlyOutcome> months) {
        return ShockRuns.sum(months, 3, MONTHS - 1, o -> o.poverty()[Group.NATIONAL.ordinal()].fgt0()) / (MONTHS - 3);
    }

    private static double departures(List<MonthlyOutcome> months) {
        return ShockRuns.sum(months, 0, MONTHS - 1, ShockRuns::allDepartures);
    }
}
