package org.muhojir.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.AnnualOutcome;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.IntervalKind;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;

/**
 * The output tables aggregate years exactly as core's {@link AnnualOutcome} does (one rule, the catalogue's), and
 * {@code summary.csv} writes each metric's unit and aggregation from the catalogue.
 */
class ScenarioRunsTest {
    private static final Scenario SCENARIO = TajikistanDefaults.baseline().withSampleFraction(0.001)
            .withPeriod(YearMonth.of(2023, 11), 4);
    private static final List<RunResult> RUNS = Muhojir.replicate(SCENARIO, RunOptions.seed(7), 2, 1);

    @Test
    void aRunWithNoWholeCalendarYearSaysSoOfItsHeadlineYear() {
        // November 2023 to February 2024: two months of each year
        ScenarioRuns table = new ScenarioRuns(SCENARIO, RUNS);
        assertEquals(2024, table.headlineYear());
        assertEquals(2, table.headlineMonths());
        assertEquals("2024 (2 months simulated: no whole calendar year)", table.headlineYearDescribed());
        // nor can a headline year be asked of it: neither year is simulated in full
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScenarioRuns(SCENARIO, RUNS, IntervalKind.MONTE_CARLO, 2023));
        assertEquals("the headline year 2023 is not simulated in full (2023-11 to 2024-02)", e.getMessage());
    }

    @Test
    void yearlyValuesAreCoresAnnualOutcomesReplicationByReplication() {
        ScenarioRuns table = new ScenarioRuns(SCENARIO, RUNS);
        assertEquals(Map.of(2023, List.of(0, 1), 2024, List.of(2, 3)), Map.copyOf(table.years()));
        assertEquals(2024, table.headlineYear(), "no whole year: the last one");
        for (int r = 0; r < RUNS.size(); r++) {
            List<AnnualOutcome> years = RUNS.get(r).annual();
            for (AnnualOutcome y : years) {
                List<Integer> months = table.years().get(y.year());
                for (int k = 0; k < table.rows().size(); k++) {
                    ScenarioRuns.Row row = table.row(k);
                    assertEquals(y.value(row.metric(), row.group()), table.annual(r, k, months), 0,
                            row.name() + "/" + row.group() + " " + y.year());
                }
            }
        }
    }

    @Test
    void summaryRowsTakeUnitAndAggregationFromTheCatalogue(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("summary.csv");
        Csv.summary(file, List.of(new ScenarioRuns(SCENARIO, RUNS)));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(file)).getRecords();
        assertEquals(2 * RUNS.get(0).months().get(0).metrics().size(), records.size());
        for (CSVRecord rec : records) {
            Metric m = Metric.byTidyName(rec.get("metric"));
            assertEquals(m.annualUnit(), rec.get("unit"), m.tidyName());
            assertEquals(m.aggregation().label(), rec.get("aggregation"), m.tidyName());
        }
        assertTrue(records.stream().anyMatch(rec -> rec.get("metric").equals("local_currency_per_usd")
                && rec.get("group").equals("Russia") && rec.get("unit").equals("destination currency per USD")));
        assertTrue(records.stream().anyMatch(rec -> rec.get("metric").equals("departures")
                && rec.get("unit").equals("persons per year") && rec.get("aggregation").equals("sum")));
    }
}
