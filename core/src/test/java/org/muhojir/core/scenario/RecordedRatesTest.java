package org.muhojir.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.policy.ExchangeRateShock;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Skill;

/** The recorded exchange rates are the scenario's inputs and reach wages in dollars; shocks act on top of them. */
class RecordedRatesTest {
    private static final int RU = Destination.RUSSIA.ordinal();

    private static Conditions at(Scenario s, YearMonth m) {
        Conditions c = new Conditions();
        new Timeline(s).resolve(m, c);
        return c;
    }

    @Test
    void theRecordedRoublePathReachesWagesInDollars() {
        // data/exogenous-inputs.json rub_per_usd_monthly: 32.3068 RUB per USD in 2013-06, 65.1531 in 2015-01
        Scenario s = TajikistanDefaults.baseline();
        Conditions june2013 = at(s, YearMonth.of(2013, 6));
        Conditions january2015 = at(s, YearMonth.of(2015, 1));
        assertEquals(32.3068, june2013.localPerUsd[RU], 1e-9);
        assertEquals(65.1531, january2015.localPerUsd[RU], 1e-9);
        double wageIndex = s.destination(Destination.RUSSIA).labour().wageIndex().at(YearMonth.of(2015, 1))
                / s.destination(Destination.RUSSIA).labour().wageIndex().at(YearMonth.of(2013, 6));
        double dollars2013 = june2013.wage[RU][Skill.NONE.ordinal()] / june2013.localPerUsd[RU];
        double dollars2015 = january2015.wage[RU][Skill.NONE.ordinal()] / january2015.localPerUsd[RU];
        // roubles grew with the wage index while each rouble bought 32.3068 / 65.1531 as many dollars
        assertEquals(wageIndex * 32.3068 / 65.1531, dollars2015 / dollars2013, 1e-9);
    }

    @Test
    void anExchangeRateShockMultipliesTheRecordedRate() {
        Scenario s = TajikistanDefaults.baseline();
        Scenario shocked = s.plusShocks(java.util.List.of(new ScheduledShock(YearMonth.of(2023, 1), 24,
                new ExchangeRateShock("RUB", 2.0))));
        YearMonth m = YearMonth.of(2023, 10);
        // 2023-10: 97.1223 RUB per USD recorded (rub_per_usd_monthly), twice that under the shock
        assertEquals(97.1223, at(s, m).localPerUsd[RU], 1e-9);
        assertEquals(2 * 97.1223, at(shocked, m).localPerUsd[RU], 1e-9);
    }

    @Test
    void everyDestinationsCurrencyHasARecordedRateIn2013And2023() {
        for (DestinationSpec d : TajikistanDefaults.baseline().destinations()) {
            for (int year : new int[] {2013, 2023}) {
                double rate = d.localPerUsd().yearMean(YearMonth.of(year, 1));
                assertEquals(true, rate > 0 && Double.isFinite(rate), d.destination() + " " + year);
            }
        }
        // 2023 annual averages: KZT 456.165 (kzt_per_usd_annual), TRY 23.7386 (try_per_usd_annual)
        Scenario s = TajikistanDefaults.baseline();
        assertEquals(456.165, s.destination(Destination.KAZAKHSTAN).localPerUsd().yearMean(YearMonth.of(2023, 1)),
                1e-9);
        assertEquals(23.7386, s.destination(Destination.TURKEY).localPerUsd().yearMean(YearMonth.of(2023, 1)), 1e-9);
    }

    @Test
    void theInternationalLinesAreTheirDollarsAtTheParityIn2017Prices() {
        // 2.15 and 3.65 dollars a day x 2.3 somoni per 2017 PPP dollar x 365 / 12 days, on average over 2017
        Macro m = TajikistanDefaults.macro();
        double lower2017 = 0;
        for (int month = 1; month <= 12; month++) {
            lower2017 += m.internationalLineTjs(2.15, YearMonth.of(2017, month)) / 12;
        }
        assertEquals(2.15 * 2.3 * 365 / 12, lower2017, 1e-9);
        // and move with Tajik prices: 2018 over 2017 is 1 + 3.83% (data:tjk_cpi_inflation_annual_avg 2018)
        double upper2017 = 0;
        double upper2018 = 0;
        for (int month = 1; month <= 12; month++) {
            upper2017 += m.internationalLineTjs(3.65, YearMonth.of(2017, month)) / 12;
            upper2018 += m.internationalLineTjs(3.65, YearMonth.of(2018, month)) / 12;
        }
        assertEquals(1.0383, upper2018 / upper2017, 1e-9);
    }
}
