package org.muhojir.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.Macro;
import org.muhojir.core.scenario.PopulationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.scenario.Timeline;
import org.muhojir.core.scenario.WorldEvent;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;

/**
 * The timeline resets each month's conditions and applies the shocks in force in scenario order. The scenario is
 * the baseline with Russia's raid hazards set here (0.002 legal, 0.02 irregular), so that the hand computations hold
 * whatever the defaults become; other expectations are read from the baseline's own series.
 */
class TimelineTest {
    private static final Scenario BASELINE = withRussianRaidHazards(TajikistanDefaults.baseline(), 0.002, 0.02);
    private static final int RU = Destination.RUSSIA.ordinal();
    private static final double EPS = 1e-12;

    @Test
    void datedRulesOfTheOneWorldApplyFromTheirMonth() {
        // data:policy_events 2014-09-01: Russia's exam for work permits, none before; the UK's seasonal places
        // for Tajik workers from 2022 (assumption)
        int uk = Destination.UK.ordinal();
        Conditions august2014 = new Conditions();
        Timeline.reset(august2014, BASELINE, YearMonth.of(2014, 8));
        assertEquals(1, august2014.examPassRate[RU], EPS);
        assertFalse(august2014.russianExam[RU]);
        Conditions september2014 = new Conditions();
        Timeline.reset(september2014, BASELINE, YearMonth.of(2014, 9));
        assertEquals(0.97, september2014.examPassRate[RU], EPS);
        assertTrue(september2014.russianExam[RU]);
        assertEquals(0, august2014.annualQuota[uk]);
        Conditions december2021 = new Conditions();
        Timeline.reset(december2021, BASELINE, YearMonth.of(2021, 12));
        assertEquals(0, december2021.annualQuota[uk]);
        Conditions january2022 = new Conditions();
        Timeline.reset(january2022, BASELINE, YearMonth.of(2022, 1));
        assertEquals(2_000, january2022.annualQuota[uk]);
    }

    @Test
    void theWorldsDatedEventsActInTheirMonthsAndNotInTheWarmUp() {
        // data:policy_events 2020-03: every border closed to new arrivals, regular flights to Russia from 2021-04-01
        for (YearMonth m : List.of(YearMonth.of(2020, 3), YearMonth.of(2021, 3))) {
            Conditions closed = new Conditions();
            Timeline.reset(closed, BASELINE, m);
            for (Destination d : Destination.values()) {
                assertFalse(closed.open[d.ordinal()], m + " " + d);
            }
        }
        for (YearMonth m : List.of(YearMonth.of(2020, 2), YearMonth.of(2021, 4))) {
            Conditions open = new Conditions();
            Timeline.reset(open, BASELINE, m);
            assertTrue(open.open[RU], m.toString());
        }
        // data:air_ticket_cost: Somon Air's tariff to Moscow of 6,500 TJS (at data:tjs_per_usd_annual 2021, 11.3088)
        // from the reopening, 2021-04, to 2021-12; the fare is USD 350 around them
        Map<YearMonth, Double> fares = Map.of(YearMonth.of(2021, 3), 350.0, YearMonth.of(2021, 4), 6_500 / 11.3088,
                YearMonth.of(2021, 12), 6_500 / 11.3088, YearMonth.of(2022, 1), 350.0);
        fares.forEach((month, usd) -> {
            Conditions c = new Conditions();
            Timeline.reset(c, BASELINE, month);
            assertEquals(usd, c.travelUsd[RU], 0.01 * usd, month.toString()); // the factors are rounded to 2 places
            assertEquals(BASELINE.destination(Destination.KAZAKHSTAN).costs().travelUsd(),
                    c.travelUsd[Destination.KAZAKHSTAN.ordinal()], EPS, "no fare but Russia's moves");
        });
        // data:policy_events 2015-01-01: Russia's campaign of mass bans, two years of 60-month bans and 0.5% of the
        // migrants without papers expelled a month (assumptions), as a banPolicy shock would set them
        Conditions campaign = new Conditions();
        Timeline.reset(campaign, BASELINE, YearMonth.of(2016, 12));
        assertEquals(60, campaign.banMonths[RU]);
        assertEquals(0.005, campaign.expulsionRate[RU], EPS);
        assertEquals(0, campaign.expulsionRate[Destination.KAZAKHSTAN.ordinal()], EPS);
        Conditions after = new Conditions();
        Timeline.reset(after, BASELINE, YearMonth.of(2017, 1));
        assertEquals(0, after.expulsionRate[RU], EPS);
        // the warm-up holds the first month's inputs without events: a run starting in the closure warms up open
        Conditions warmUp = new Conditions();
        Timeline.reset(warmUp, BASELINE, YearMonth.of(2020, 6), true);
        assertTrue(warmUp.open[RU]);
        assertEquals(0, warmUp.expulsionRate[RU], EPS);
        // ... and a run starting after a lasting change warms up in the world it made: 2025's exam and register,
        // Turkey's visas, without 2024's temporary raids
        Conditions warmUp2025 = new Conditions();
        Timeline.reset(warmUp2025, BASELINE, YearMonth.of(2024, 6), true);
        Conditions lived2025 = new Conditions();
        Timeline.reset(lived2025, BASELINE, YearMonth.of(2024, 6));
        assertEquals(0.7, warmUp2025.examPassRate[RU], EPS);
        assertEquals(EntryRoute.VISA, warmUp2025.route[Destination.TURKEY.ordinal()]);
        assertEquals(0, warmUp2025.expulsionRate[RU], EPS);
        assertEquals(lived2025.raidHazardIrregular[RU] / 3, warmUp2025.raidHazardIrregular[RU], EPS);
    }

    @Test
    void theWorldOf2024HasThatYearsPoliciesInTheirMonths() {
        int tr = Destination.TURKEY.ordinal();
        Conditions march = new Conditions();
        Timeline.reset(march, BASELINE, YearMonth.of(2024, 3));
        // data:policy_events 2024-03-22, 2024-04-20, 2024-05, 2025-02-05: each in force from its first whole month
        Conditions may = new Conditions();
        Timeline.reset(may, BASELINE, YearMonth.of(2024, 5));
        assertEquals(3 * march.raidHazardIrregular[RU], may.raidHazardIrregular[RU], EPS);
        assertEquals(0.01, may.expulsionRate[RU], EPS);
        assertEquals(0.7, may.examPassRate[RU], EPS); // about 30% fail at the first attempt, against 3% before
        assertEquals(0.97, march.examPassRate[RU], EPS);
        assertEquals(EntryRoute.VISA_FREE, march.route[tr]);
        assertEquals(EntryRoute.VISA, may.route[tr]);
        Conditions october = new Conditions();
        Timeline.reset(october, BASELINE, YearMonth.of(2024, 10));
        assertEquals(march.raidHazardIrregular[RU], october.raidHazardIrregular[RU], EPS); // six months of raids
        Conditions march2025 = new Conditions();
        Timeline.reset(march2025, BASELINE, YearMonth.of(2025, 3));
        assertEquals(march.lapseHazard[RU] + 0.01, march2025.lapseHazard[RU], EPS);
        assertEquals(0.01, march2025.expulsionRate[RU], EPS); // the year of expulsions ends in 2025-03
        Conditions april2025 = new Conditions();
        Timeline.reset(april2025, BASELINE, YearMonth.of(2025, 4));
        assertEquals(0, april2025.expulsionRate[RU], EPS);
        // a world without the crackdown (its events given no shocks) keeps 2024-03's raids and no expulsions
        Scenario without = BASELINE.withEvents(BASELINE.events().stream().map(e -> e.name().equals(
                "russia-crackdown-2024") ? new WorldEvent(e.name(), List.of()) : e).toList());
        Conditions counterfactual = new Conditions();
        Timeline.reset(counterfactual, without, YearMonth.of(2024, 5));
        assertEquals(march.raidHazardIrregular[RU], counterfactual.raidHazardIrregular[RU], EPS);
        assertEquals(0, counterfactual.expulsionRate[RU], EPS);
        assertEquals(0.7, counterfactual.examPassRate[RU], EPS);
    }

    @Test
    void aScenariosShockThatSetsWhatAnEventSetsTakesItsPlaceInItsMonths() {
        // a ban policy of the scenario's own in 2024-06 to 2024-11 replaces the crackdown's (expulsions 0.02, not
        // 0.01 + 0.02), and the event's holds again from 2024-12 to its end in 2025-03
        Scenario s = BASELINE.withShocks(List.of(
                new ScheduledShock(YearMonth.of(2024, 6), 6, new BanPolicy(Destination.RUSSIA, 36, 0.02)),
                new ScheduledShock(YearMonth.of(2025, 1), ScheduledShock.UNTIL_END,
                        new QuotaChange(Destination.TURKEY, 3_000))));
        Timeline t = new Timeline(s);
        Conditions july = new Conditions();
        t.resolve(YearMonth.of(2024, 7), july);
        assertEquals(0.02, july.expulsionRate[RU], EPS);
        assertEquals(36, july.banMonths[RU]);
        Conditions december = new Conditions();
        t.resolve(YearMonth.of(2024, 12), december);
        assertEquals(0.01, december.expulsionRate[RU], EPS);
        assertEquals(60, december.banMonths[RU]);
        // a quota for Turkey from 2025 replaces its visas (both set the route): no visa refusals or fee beside it
        int tr = Destination.TURKEY.ordinal();
        Conditions quota = new Conditions();
        t.resolve(YearMonth.of(2025, 3), quota);
        Conditions visa = new Conditions();
        t.resolve(YearMonth.of(2024, 12), visa);
        assertEquals(EntryRoute.QUOTA, quota.route[tr]);
        assertEquals(BASELINE.destination(Destination.TURKEY).costs().documentsUsd(), quota.documentsUsd[tr], EPS);
        assertEquals(160, visa.documentsUsd[tr], EPS);
        // a multiplying shock composes with the event: raids x2 in 2024-05 on the crackdown's x3
        Conditions raids = new Conditions();
        new Timeline(BASELINE.withShocks(List.of(new ScheduledShock(YearMonth.of(2024, 5), 1,
                new RaidWave(Destination.RUSSIA, 2))))).resolve(YearMonth.of(2024, 5), raids);
        Conditions march = new Conditions();
        Timeline.reset(march, BASELINE, YearMonth.of(2024, 3));
        assertEquals(6 * march.raidHazardIrregular[RU], raids.raidHazardIrregular[RU], EPS);
    }

    @Test
    void eachHouseholdStandsForTheHouseholdsOfItsYear() {
        // data:population_wdi: 8,216,724 persons in 2013 and 10,389,799 in 2023 (the price base year), each year's
        // average kept by month
        PopulationSpec p = BASELINE.population();
        double mean2013 = 0;
        double mean2023 = 0;
        for (int month = 1; month <= 12; month++) {
            mean2013 += p.weight(YearMonth.of(2013, month), 2023) / 12;
            mean2023 += p.weight(YearMonth.of(2023, month), 2023) / 12;
        }
        assertEquals(p.weight(), mean2023, 1e-9);
        assertEquals(p.weight() * 8_216_724 / 10_389_799, mean2013, 1e-9);
    }

    @Test
    void twoShocksOnTheSameFieldCompose() {
        ScheduledShock year = new ScheduledShock(YearMonth.of(2023, 1), 12, new RaidWave(Destination.RUSSIA, 3));
        ScheduledShock summer = new ScheduledShock(YearMonth.of(2023, 6), 3, new RaidWave(Destination.RUSSIA, 2));
        Timeline t = new Timeline(BASELINE.withShocks(List.of(year, summer)));
        Conditions c = new Conditions();
        assertEquals(List.of(year), t.resolve(YearMonth.of(2023, 5), c));
        assertEquals(0.006, c.raidHazardLegal[RU], EPS); // 0.002 x 3
        assertEquals(0.06, c.raidHazardIrregular[RU], EPS); // 0.02 x 3
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
        assertEquals(100, c.localPerUsd[RU], EPS); // the scenario's rate doubled, then replaced by 100

        // an exam that sets Russia's pass rate to 0.9, and rules that halve it; the other order leaves 0.9
        ScheduledShock exam = new ScheduledShock(YearMonth.of(2023, 1), 12, new EntryExam(Destination.RUSSIA, 0.9,
                true));
        ScheduledShock halving = new ScheduledShock(YearMonth.of(2023, 1), 12, new TightenedRules(Destination.RUSSIA,
                1, 0.5, 0));
        new Timeline(BASELINE.withShocks(List.of(exam, halving))).resolve(YearMonth.of(2023, 3), c);
        assertEquals(0.45, c.examPassRate[RU], EPS);
        new Timeline(BASELINE.withShocks(List.of(halving, exam))).resolve(YearMonth.of(2023, 3), c);
        assertEquals(0.9, c.examPassRate[RU], EPS);
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
        Timeline.reset(fresh, BASELINE, YearMonth.of(2023, 5));
        assertEquals(Set.of(), ConditionsDiff.changed(fresh, c));
    }

    @Test
    void resetTakesTheMonthsValuesOfSeries() {
        // the baseline's series with points chosen here: the patent 7,500 RUB from 2024-01 and 8,900 from 2025-07
        // (so June 2025 is between points), the rouble 80 per dollar in 2023 and nothing after (held), the somoni
        // 10.5 from 2025-06 (a point in the very month), GDP 13,700 million from 2024
        YearMonth june2025 = YearMonth.of(2025, 6);
        DestinationSpec r = BASELINE.destination(Destination.RUSSIA);
        DestinationSpec russia = new DestinationSpec(r.destination(), r.entry(),
                new DestinationSpec.Costs(r.costs().travelUsd(), r.costs().documentsUsd(), MonthlySeries.of(Map.of(
                        YearMonth.of(2024, 1), 7_500.0, YearMonth.of(2025, 7), 8_900.0))),
                r.labour(), r.enforcement(), MonthlySeries.annual(Map.of(2022, 70.0, 2023, 80.0)),
                r.transferFeeRate(), r.naturalisationHazard(), r.utilityConstant());
        Macro macro = new Macro(MonthlySeries.annual(Map.of(2023, 12_000.0, 2024, 13_700.0)),
                MonthlySeries.of(Map.of(YearMonth.of(2025, 5), 10.0, june2025, 10.5)), MonthlySeries.constant(1),
                MonthlySeries.constant(1), 2023, 2.3, 0);
        Scenario s = BASELINE.withDestination(russia);
        s = new Scenario(s.name(), s.description(), s.start(), s.months(), s.warmUpMonths(), s.historyStart(),
                s.population(), s.economy(),
                s.behaviour(), macro, s.destinations(), s.events(), s.shocks());
        Conditions c = new Conditions();
        new Timeline(s).resolve(june2025, c);
        assertEquals(june2025, c.month);
        assertEquals(7_500, c.monthlyFee[RU], EPS); // the point of 2024-01 holds until 2025-07
        assertEquals(80, c.localPerUsd[RU], EPS); // 2023's rate held after 2023
        assertEquals(10.5, c.tjsPerUsd, EPS); // the point of the month itself
        assertEquals(13_700, c.gdpUsdMillion, EPS); // 2024's value held after 2024
    }

    /** {@code s} with Russia's monthly raid hazards of legal and irregular migrants replaced. */
    private static Scenario withRussianRaidHazards(Scenario s, double legal, double irregular) {
        DestinationSpec r = s.destination(Destination.RUSSIA);
        DestinationSpec.Enforcement e = r.enforcement();
        return s.withDestination(new DestinationSpec(r.destination(), r.entry(), r.costs(), r.labour(),
                new DestinationSpec.Enforcement(legal, irregular, e.deportationShare(), e.banMonths(),
                        e.lapseHazard(), e.regulariseHazard(), e.irregularOnArrival()),
                r.localPerUsd(), r.transferFeeRate(), r.naturalisationHazard(), r.utilityConstant()));
    }
}
