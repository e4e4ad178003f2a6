package org.muhojir.scenarios.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.SkillsProgramme;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.Timeline;
import org.muhojir.core.world.Destination;

class BenchScenarioTest {
    private static final int RU = Destination.RUSSIA.ordinal();

    @Test
    void everyShockIsInForceFromTheFirstMonthToTheLast() {
        Scenario s = BenchScenario.of(0.01, 120);
        YearMonth first = YearMonth.of(2023, 1);
        YearMonth last = YearMonth.of(2032, 12); // 2023-01 plus 119 months
        assertEquals(first, s.start());
        assertEquals(120, s.months());
        assertEquals(5, s.shocks().size());
        for (ScheduledShock shock : s.shocks()) {
            assertTrue(shock.inForce(first) && shock.inForce(last), shock.toString());
        }
        // the skills programme is finite: it trains its share over the run, not beyond
        ScheduledShock skills = s.shocks().stream().filter(x -> x.shock() instanceof SkillsProgramme).findFirst()
                .orElseThrow();
        assertFalse(skills.inForce(last.plusMonths(1)));
    }

    @Test
    void raidsInRussiaAreTwiceTheDefaultScenariosAndTheFeeIsOnePerCent() {
        Conditions bench = new Conditions();
        new Timeline(BenchScenario.of(0.01, 24)).resolve(YearMonth.of(2024, 6), bench);
        Conditions plain = new Conditions();
        new Timeline(Muhojir.defaultScenario()).resolve(YearMonth.of(2024, 6), plain);
        assertEquals(2 * plain.raidHazardIrregular[RU], bench.raidHazardIrregular[RU], 1e-15);
        for (int d = 0; d < Destination.values().length; d++) {
            assertEquals(0.01, bench.transferFeeRate[d], 1e-15, Destination.values()[d].label());
        }
    }
}
