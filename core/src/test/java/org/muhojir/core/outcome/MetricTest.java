package org.muhojir.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.muhojir.core.world.Destination;

/**
 * The metric catalogue: every tidy row a month emits is a catalogue metric in one of its groups, exactly once, and a
 * year aggregates each kind of metric as the catalogue says, checked on three hand-made months.
 */
class MetricTest {
    /** January to March 2023; the numbers are chosen so that each annual figure is worked out by hand below. */
    private static final List<MonthlyOutcome> QUARTER = List.of(
            SyntheticMonths.month(YearMonth.of(2023, 1), 10, 1, 100, 100, 1000, 90, 0.2),
            SyntheticMonths.month(YearMonth.of(2023, 2), 20, 2, 110, 200, 1000, 90, 0.2),
            SyntheticMonths.month(YearMonth.of(2023, 3), 30, 3, 120, 300, 2000, 180, 0.5));

    @Test
    void everyRowOfAMonthIsACatalogueMetricInOneOfItsGroupsExactlyOnce() {
        List<MetricValue> rows = QUARTER.get(0).metrics();
        Set<String> seen = new HashSet<>();
        Map<Metric, Integer> perMetric = new HashMap<>();
        for (MetricValue row : rows) {
            assertTrue(row.metric().groupKind().groups().contains(row.group()), row.name() + "/" + row.group());
            assertTrue(seen.add(row.name() + "/" + row.group()), "twice: " + row.name() + "/" + row.group());
            perMetric.merge(row.metric(), 1, Integer::sum);
        }
        for (Metric m : Metric.values()) {
            assertEquals(m.groupKind().groups().size(), perMetric.getOrDefault(m, 0), m.tidyName());
        }
        // 7 destinations x 14 destination metrics + 19 for all + 4 national + 8 groups x 12 poverty, consumption and
        // persons at home and in poverty
        assertEquals(7 * 14 + 19 + 4 + 8 * 12, rows.size());
    }

    @Test
    void everyMeasureOfRemittancesIsBetterHigher() {
        // the report colours a clear change by this: the balance of payments' remittances as the transfers' ones
        for (Metric m : Metric.values()) {
            if (m.tidyName().startsWith("remittances")) {
                assertEquals(Better.HIGHER, m.better(), m.tidyName());
            }
        }
    }

    @Test
    void tidyNamesAreUniqueAndFoundByName() {
        Set<String> names = new HashSet<>();
        for (Metric m : Metric.values()) {
            assertTrue(names.add(m.tidyName()), m.tidyName());
            assertEquals(m, Metric.byTidyName(m.tidyName()));
        }
        assertEquals("migrants_abroad_irregular", Metric.MIGRANTS_ABROAD_IRREGULAR.tidyName());
        assertThrows(IllegalArgumentException.class, () -> Metric.byTidyName("remittances"));
    }

    @Test
    void rowsComeDestinationsFirstThenAllThenPopulationGroupsEachInCatalogueOrder() {
        List<MetricValue> rows = QUARTER.get(0).metrics();
        assertEquals(new MetricValue(Metric.MIGRANTS_ABROAD, "Russia", 100), rows.get(0));
        assertEquals(Metric.MIGRANTS_ABROAD_LEGAL, rows.get(1).metric());
        assertEquals("Kazakhstan", rows.get(14).group());
        assertEquals(new MetricValue(Metric.MIGRANTS_ABROAD, "all", 100), rows.get(7 * 14));
        assertEquals(new MetricValue(Metric.GINI, "national", 0.38), rows.get(7 * 14 + 19));
        assertEquals(new MetricValue(Metric.POVERTY_215_PPP2017, "national", 0.2 / 3), rows.get(7 * 14 + 21));
        assertEquals(new MetricValue(Metric.POVERTY_FGT0, "national", 0.2), rows.get(7 * 14 + 23));
        assertEquals(new MetricValue(Metric.CONSUMPTION_TJS_PER_AE, "rural", 0), rows.get(rows.size() - 1));
    }

    @Test
    void flowsAreSummedOverTheYear() {
        AnnualOutcome year = AnnualOutcome.of(QUARTER).get(0);
        assertEquals(3, year.months());
        assertEquals(60, year.value(Metric.DEPARTURES, Destination.RUSSIA));
        assertEquals(66, year.departures());
        // sent 100 + 200 + 300 less 3 x 2 of fees
        assertEquals(594, year.remittancesReceivedUsd());
        assertEquals(4000, year.value(Metric.GDP_USD));
        assertEquals("persons per year", Metric.DEPARTURES.annualUnit());
        assertEquals("sum", Metric.DEPARTURES.aggregation().label());
    }

    @Test
    void stocksRatesAndPricesAreAveragedOverTheSimulatedMonths() {
        AnnualOutcome year = AnnualOutcome.of(QUARTER).get(0);
        assertEquals(110, year.value(Metric.MIGRANTS_ABROAD_LEGAL, Destination.RUSSIA), 1e-12);
        assertEquals(110, year.migrantsAbroad(), 1e-12);
        assertEquals(0.3, year.povertyFgt0(), 1e-12);
        assertEquals(0.3, year.value(Metric.POVERTY_FGT0, Group.URBAN), 1e-12);
        // extreme poverty is each month's headcount over 2; the months' "without remittances" are the same measures;
        // 0.2, 0.2 and 0.5 of 9 million persons at home are poor
        assertEquals(0.15, year.extremePovertyFgt0(), 1e-12);
        assertEquals(0.3, year.povertyFgt0WithoutRemittances(), 1e-12);
        assertEquals((1.8e6 + 1.8e6 + 4.5e6) / 3, year.personsInPoverty(), 1e-6);
        assertEquals(9e6, year.value(Metric.PERSONS_AT_HOME, Group.NATIONAL), 1e-6);
        // the rouble at 90, 90 and 180 per dollar
        assertEquals(120, year.value(Metric.LOCAL_CURRENCY_PER_USD, Destination.RUSSIA), 1e-12);
        assertEquals("persons", Metric.MIGRANTS_ABROAD.annualUnit());
        assertEquals("mean", Metric.GINI.aggregation().label());
    }

    @Test
    void aRatioOfFlowsIsTheRatioOfTheYearsSumsNotTheMeanOfMonthlyRatios() {
        AnnualOutcome year = AnnualOutcome.of(QUARTER).get(0);
        // 594 / 4000 = 0.1485; the monthly ratios 0.098, 0.198, 0.149 would average 0.148333
        assertEquals(0.1485, year.remittancesShareOfGdp(), 1e-15);
        assertEquals("ratio", Metric.REMITTANCES_SHARE_OF_GDP.aggregation().label());
        assertEquals(Aggregation.ratio(Metric.REMITTANCES_RECEIVED_USD, Metric.GDP_USD),
                Metric.REMITTANCES_SHARE_OF_GDP.aggregation());
        // and shares of departures: 60 of 66 to Russia
        assertEquals(60.0 / 66, year.russiaShareOfDepartures(), 1e-15);
    }

    @Test
    void yearsAreSplitAndEachDestinationHasItsFigures() {
        List<MonthlyOutcome> twoYears = List.of(QUARTER.get(0),
                SyntheticMonths.month(YearMonth.of(2024, 1), 5, 0, 0, 0, 1000, 100, 0.1));
        List<AnnualOutcome> years = AnnualOutcome.of(twoYears);
        assertEquals(List.of(2023, 2024), years.stream().map(AnnualOutcome::year).toList());
        Map<Destination, Double> departures = years.get(0).byDestination(Metric.DEPARTURES);
        assertEquals(10.0, departures.get(Destination.RUSSIA));
        assertEquals(1.0, departures.get(Destination.KAZAKHSTAN));
        assertEquals(0.0, departures.get(Destination.USA));
    }

    @Test
    void aMetricIsNotReadForAGroupItIsNotReportedFor() {
        MonthlyOutcome m = QUARTER.get(0);
        assertEquals(20, Metric.DEPARTURES.value(QUARTER.get(1), "Russia"));
        assertEquals(0.2, Metric.POVERTY_FGT0.value(m, "Khatlon"));
        assertThrows(IllegalArgumentException.class, () -> Metric.NATURALISATIONS.value(m, "all"));
        assertThrows(IllegalArgumentException.class, () -> Metric.GINI.value(m, "Khatlon"));
        assertThrows(IllegalArgumentException.class,
                () -> AnnualOutcome.of(QUARTER).get(0).value(Metric.TRANSFER_FEES_USD, "all"));
    }
}
