package org.muhojir.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.policy.ExchangeRateShock;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;

/** Every destination's exchange rate in force is an output, month by month; a rouble shock shows in it. */
class ExchangeRateOutputTest {
    private static final YearMonth SHOCK = YearMonth.of(2023, 3);

    @Test
    void aRoubleShockDoublesRoublesPerDollarFromItsMonthAndHalvesSomoniPerRouble() {
        Scenario base = TajikistanDefaults.baseline().withSampleFraction(0.001).withPeriod(YearMonth.of(2023, 1), 5);
        Scenario shocked = base.named("rouble", "the rouble halves from March 2023").plusShocks(List.of(
                new ScheduledShock(SHOCK, ScheduledShock.UNTIL_END, new ExchangeRateShock("RUB", 2.0))));
        List<MonthlyOutcome> before = Muhojir.run(base, RunOptions.seed(3)).months();
        List<MonthlyOutcome> after = Muhojir.run(shocked, RunOptions.seed(3)).months();
        for (int t = 0; t < before.size(); t++) {
            MonthlyOutcome b = before.get(t);
            MonthlyOutcome a = after.get(t);
            double factor = a.month().isBefore(SHOCK) ? 1 : 2;
            String when = a.month().toString();
            assertEquals(factor * rate(b, Destination.RUSSIA), rate(a, Destination.RUSSIA), 1e-9, when);
            assertEquals(b.tjsPerLocal(Destination.RUSSIA) / factor,
                    Metric.TJS_PER_LOCAL_CURRENCY.value(a, Destination.RUSSIA), 1e-12, when);
            assertEquals(rate(b, Destination.KAZAKHSTAN), rate(a, Destination.KAZAKHSTAN), when);
            assertEquals(b.tjsPerUsd(), a.tjsPerUsd(), when);
        }
    }

    @Test
    void ratesAreTheScenariosOwnAndTheCrossRateGoesThroughTheDollar() {
        Scenario base = TajikistanDefaults.baseline().withSampleFraction(0.001).withPeriod(YearMonth.of(2023, 1), 1);
        MonthlyOutcome m = Muhojir.run(base, RunOptions.seed(3)).last();
        for (Destination d : Destination.values()) {
            double expected = base.destinations().get(d.ordinal()).localPerUsd().at(m.month());
            assertEquals(expected, rate(m, d), d.label());
            assertEquals(m.tjsPerUsd() / expected, Metric.TJS_PER_LOCAL_CURRENCY.value(m, d.label()), d.label());
        }
        assertEquals(1, rate(m, Destination.USA));
    }

    private static double rate(MonthlyOutcome m, Destination d) {
        return Metric.LOCAL_CURRENCY_PER_USD.value(m, d);
    }
}
