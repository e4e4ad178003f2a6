package org.muhojir.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.muhojir.core.scenario.MonthlySeries;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;

/** The timeline resets each month's conditions and applies the shocks in force in scenario order. */
class TimelineTest {
    private static final Scenario BASELINE = TajikistanDefaults.baseline();
    private static final int RU = Destination.RUSSIA.ordinal();
    private static final double EPS = 1e-12;

    @Test
    void twoShocksOnTheSameFieldCompose() {
        ScheduledShock year = new ScheduledShock(YearMonth.of(2023, 1), 12, new RaidWave(Destination.RUSSIA, 3));
        ScheduledShock summer = new ScheduledShock(YearMonth.of(2023, 6), 3, new RaidWave(Destination.RUSSIA, 2));
        Timeline t = new Timeline(BASELINE.withShocks(List.of(year, summer)));
        Conditions c = new Conditions();
        assertEquals(List.of(year), t.resolve(YearMonth.of(2023, 5), c));
        assertEquals(0.006, c.raidHazardLegal[RU], EPS); // 0.002 x 3
        assertEquals(List.of(year, summer), t.resolve(YearMonth.of(2023, 7), c));
        assertEquals(0.012, c.raidHazardLegal[RU], EPS); // 0.002 x 3 x 2
        assertEquals(0.12, c.raidHazardIrregular[RU], EPS); // 0.02 x 3 x 2
    }

    @Test
    void shocksApplyInScenarioOrder() {
        // a path that sets the rouble to 100 per dollar, and a shock that doubles it
        ScheduledShock path = new ScheduledShock(YearMonth.of(2023, 1), 12,
                new ExchangeRatePath("RUB", MonthlySeries.constant(100)));
        ScheduledShock doubling = new ScheduledShock(YearMonth.of(2023, 1), 12, new ExchangeRateShock("RUB", 2));
        Conditions c = new Conditions();
        new Timeline(BASELINE.withShocks(List.of(path, doubling))).resolve(YearMonth.of(2023, 3), c);
        assertEquals(200, c.localPerUsd[RU], EPS); // set to 100, then doubled
        new Timeline(BASELINE.withShocks(List.of(doubling, path))).resolve(YearMonth.of(2023, 3), c);
        assertEquals(100, c.localPerUsd[RU], EPS); // 85.25 doubled, then replaced by 100

        // every corridor at 1%, then Russia's at 0.5%; the other order leaves Russia at 1%
        ScheduledShock all = new ScheduledShock(YearMonth.of(2023, 1), 12, new TransferFeeChange(null, 0.01));
        ScheduledShock russia = new ScheduledShock(YearMonth.of(2023, 1), 12,
                new TransferFeeChange(Destination.RUSSIA, 0.005));
        new Timeline(BASELINE.withShocks(List.of(all, russia))).resolve(YearMonth.of(2023, 3), c);
        assertEquals(0.005, c.transferFeeRate[RU], EPS);
        assertEquals(0.01, c.transferFeeRate[Destination.TURKEY.ordinal()], EPS);
        new Timeline(BASELINE.withShocks(List.of(russia, all))).resolve(YearMonth.of(2023, 3), c);
        assertEquals(0.01, c.transferFeeRate[RU], EPS);
    }

    @Test
    void aMonthWithoutShocksIsTheScenariosOwnEvenOnReusedConditions() {
        ScheduledShock closure = new ScheduledShock(YearMonth.of(2023, 3), 2, new BorderClosure(null));
        ScheduledShock amnesty = new ScheduledShock(YearMonth.of(2023, 3), 2, new Amnesty(Destination.RUSSIA));
        Timeline t = new Timeline(BASELINE.withShocks(List.of(closure, amnesty)));
        Conditions c = new Conditions();
        t.resolve(YearMonth.of(2023, 3), c);
        assertEquals(false, c.open[RU]);
        assertEquals(true, c.amnesty[RU]);
        t.resolve(YearMonth.of(2023, 4), c);
        assertEquals(false, c.open[RU]); // still closed
        assertEquals(false, c.amnesty[RU]); // an amnesty acts in its first month only
        assertEquals(List.of(), t.resolve(YearMonth.of(2023, 5), c));
        Conditions fresh = new Conditions();
        fresh.reset(BASELINE, YearMonth.of(2023, 5));
        assertEquals(Set.of(), ConditionsDiff.changed(fresh, c));
    }

    @Test
    void resetTakesTheMonthsValuesOfSeries() {
        Conditions c = new Conditions();
        new Timeline(BASELINE).resolve(YearMonth.of(2025, 6), c);
        assertEquals(YearMonth.of(2025, 6), c.month);
        assertEquals(8_900, c.monthlyFee[RU], EPS); // Moscow patent from 2025-01
        assertEquals(85.25, c.localPerUsd[RU], EPS); // 2023's rate held after 2023
        assertEquals(10.8, c.tjsPerUsd, EPS); // 2024's rate held after 2024
        assertEquals(13_700, c.gdpUsdMillion, EPS);
    }
}
