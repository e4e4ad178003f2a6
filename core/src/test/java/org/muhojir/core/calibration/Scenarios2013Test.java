package org.muhojir.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Skill;

/** The 2013 baseline differs from the present day exactly where 2013's inputs differ, and runs. */
class Scenarios2013Test {
    private static final YearMonth JUNE_2013 = YearMonth.of(2013, 6);
    private final Scenario s = Scenarios2013.baseline();
    private final Scenario present = TajikistanDefaults.baseline();

    @Test
    void startsIn2013WithThatYearsPopulationAndPovertyLines() {
        assertEquals(YearMonth.of(2013, 1), s.start());
        assertTrue(s.shocks().isEmpty());
        // data:population_wdi 2013 / data:avg_household_size_2010_census = 8,216,724 / 6.3 = 1,304,242.0
        assertEquals(1_304_242, s.population().nationalHouseholds());
        // data:regional_population 2010: Khatlon 2,677,000 of 7,562,000
        assertEquals(2_677_000.0 / 7_562_000, s.population().regionPopulationShare().get(2), 1e-12);
        assertEquals(145, s.economy().povertyLine());
        assertEquals(104, s.economy().extremePovertyLine());
        // the present-day (2022) wage deflated by the somoni per dollar, 4.8 in 2013 against 11.0 in 2022 (for the
        // 2022 wage of 1,730.12 TJS, 754.96 TJS)
        assertEquals(present.economy().localWage() * 4.8 / 11.0, s.economy().localWage(), 1e-9);
        // non-labour income keeps its ratio to the poverty line: present / present line = x / 145, whatever the
        // calibrated present-day value
        double presentRatio = present.economy().nonLabourIncome() / present.economy().povertyLine();
        assertEquals(presentRatio, s.economy().nonLabourIncome() / 145, 1e-12);
    }

    @Test
    void readsThe2013ExchangeRatesAndGdpFromTheRecordedPaths() {
        // data/exogenous-inputs.json: rub_per_usd_monthly 2013-06 is 32.3068 (the central bank's average of June);
        // tjs_per_usd_annual 2013 is 4.7642, the mean of 2013's months
        assertEquals(32.3068, s.destination(Destination.RUSSIA).localPerUsd().at(JUNE_2013), 1e-9);
        assertEquals(4.7642, s.macro().tjsPerUsd().yearMean(YearMonth.of(2013, 1)), 1e-9);
        assertEquals(8448.4, s.macro().gdpUsdMillion().at(JUNE_2013)); // USD million
    }

    @Test
    void russiaHasThe2013PatentWagesAndNoExam() {
        DestinationSpec russia = s.destination(Destination.RUSSIA);
        assertEquals(1_200, russia.costs().monthlyFee().at(JUNE_2013));
        // from 2015 Moscow's fee by the legal formula: data:rus_patent_price_moscow 2016 is 4,200 RUB
        assertEquals(4_200, russia.costs().monthlyFee().at(YearMonth.of(2016, 6)), 1e-6);
        assertFalse(russia.entry().russianExam());
        assertEquals(1.0, russia.entry().examPassRate());
        // the present-day wage is data:migrant_wages_russia 2017 uprated by 1.9 to 2023; 2013's is the 2017 wage
        // taken back by Russia's average wages, 29,792 / 39,167 (Rosstat, 2013 and 2017): with the present-day
        // 27,900 x 1.9 RUB, 27,900 x 29,792 / 39,167
        double present2023 = present.destination(Destination.RUSSIA).labour().wage(Skill.NONE);
        assertEquals(present2023 / 1.9 * 29_792.0 / 39_167, russia.labour().wage(Skill.NONE), 1e-6);
        assertEquals(0, s.destination(Destination.UK).entry().annualQuota());
        // the other destinations' wages go back by their own wage series: Kazakhstan's 2013 average wage over
        // 2023's (data:kaz_wage_nominal_avg_annual, 109,141 / 364,295; 2013 from memory, flagged there), and their
        // living costs keep their 2023 dollar value at the recorded rates (data:kzt_per_usd_annual)
        DestinationSpec kz = present.destination(Destination.KAZAKHSTAN);
        assertEquals(kz.labour().wage(Skill.NONE) * 109_141.0 / 364_295,
                s.destination(Destination.KAZAKHSTAN).labour().wage(Skill.NONE), 1e-6);
        assertEquals(kz.labour().livingCost() / kz.localPerUsd().yearMean(YearMonth.of(2023, 1)),
                s.destination(Destination.KAZAKHSTAN).labour().livingCost()
                        / kz.localPerUsd().yearMean(YearMonth.of(2013, 1)), 1e-9);
    }

    @Test
    void onlyTheFourValuesCalibratedTo2013DifferFromThePresentDayBehaviourAndStock() {
        // the 2013 free parameters, set back to the present day's values, give the present day's behaviour and
        // starting shares: nothing else was changed on their account
        Scenario back = s;
        for (FreeParameter p : FreeParameters.history2013()) {
            back = p.apply(back, p.valueIn(present));
        }
        assertEquals(present.behaviour(), back.behaviour());
        List<Double> presentShares = present.population().initialAbroadShare();
        List<Double> backShares = back.population().initialAbroadShare();
        for (int r = 0; r < presentShares.size(); r++) {
            assertEquals(presentShares.get(r), backShares.get(r), 0.002, "region " + r); // rounded to 3 decimals
        }
    }

    @Test
    void runsOnASample() {
        RunResult r = Muhojir.run(s.withSampleFraction(0.005).withPeriod(s.start(), 12), RunOptions.seed(3));
        assertEquals(12, r.months().size());
        assertTrue(Moments.DEPARTURES.value(r, 2013) > 0);
        assertTrue(Moments.REMITTANCES_RECEIVED_USD.value(r, 2013) > 0);
    }
}
