package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code muhojir history} on a tiny run (2013 only, three replications): the fit table's rows are worked out here
 * from the run's own monthly.csv, not from the moments' code; figures of years not simulated and figures no moment
 * measures are listed, not dropped; the series hold simulated values only; bad arguments give one clear line.
 */
class HistoryCommandTest {
    /** Student's t quantile 0.975 with 2 degrees of freedom (three replications). */
    private static final double T_2 = 4.302652729911275;

    @TempDir
    static Path dir;

    private static Path out;
    private static List<CSVRecord> monthly;

    @BeforeAll
    static void runTheHistoryFor2013() throws IOException {
        out = dir.resolve("history");
        // the baseline's world with its history moved to 2013 (a warm-up at 2013's inputs), so that twelve months
        // reach 2013's figures and leave 2010's before the history
        Path from2013 = dir.resolve("from-2013.json");
        Files.writeString(from2013, "{\"schemaVersion\": 1, \"extends\": \"baseline\", \"name\": \"from-2013\", "
                + "\"historyStart\": \"2013-01\"}");
        Cli r = Cli.run("history", from2013.toString(), "--months", "12", "--sample", "0.002", "--replications", "3",
                "--seed", "7", "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        monthly = read(out.resolve("monthly.csv"));
    }

    @Test
    void theFitTableIsTheRunsOwnMonthsSummedOrAveragedOverTheFiguresMonths() throws IOException {
        Map<String, CSVRecord> fit = byId(read(out.resolve("history-fit.csv")));
        // departures: every destination ("all"), summed over the twelve months
        checkRow(fit.get("departures_2013"), perReplication("departures", "all", m -> true, false), 735_031,
                110_000);
        // the Central Bank of Russia's first quarter: remittances sent from Russia in January to March
        checkRow(fit.get("remittances_from_russia_q1_2013"), perReplication("remittances_usd", "Russia",
                m -> m.compareTo("2013-03") <= 0, false), 679.7e6, 67.97e6);
        // Tajik citizens in Russia: the mean of the months' stocks, less those who hold Russian citizenship
        double[] inRussia = perReplication("migrants_abroad", "Russia", m -> true, true);
        double[] citizens = perReplication("migrants_abroad_naturalised", "Russia", m -> true, true);
        for (int k = 0; k < inRussia.length; k++) {
            inRussia[k] -= citizens[k];
        }
        checkRow(fit.get("migrants_in_russia_2013"), inRussia, 1_100_000, 200_000);
        assertEquals("fitted", fit.get("departures_2013").get("use"));
        assertEquals("0.25", fit.get("departures_2013").get("weight"));
        // a share of GDP repeats the remittances in dollars: reported, not fitted
        assertEquals("reported", fit.get("remittances_share_of_gdp_2013").get("use"));
        assertEquals("0", fit.get("remittances_share_of_gdp_2013").get("weight"));
    }

    @Test
    void figuresOfYearsNotSimulatedAndFiguresNotModelledAreListedWithTheirReason() throws IOException {
        Map<String, CSVRecord> fit = byId(read(out.resolve("history-fit.csv")));
        assertEquals("not simulated", fit.get("naturalisations_russia_2017").get("result"));
        assertEquals("", fit.get("naturalisations_russia_2017").get("simulated_mean"));
        assertEquals("not simulated", fit.get("remittances_usd_2010").get("result"));
        CSVRecord patents = fit.get("patents_jan_sep_2019");
        assertEquals("not modelled", patents.get("result"));
        assertEquals("416200", patents.get("observed"));
        assertFalse(patents.get("note").isBlank());
    }

    @Test
    void theSeriesHoldSimulatedValuesOnlyForTheYearsSimulated() throws IOException {
        List<CSVRecord> series = read(out.resolve("history-series.csv"));
        assertFalse(series.get(0).isMapped("observed"));
        assertTrue(series.stream().allMatch(s -> s.get("year").equals("2013") && s.get("held_out").equals("false")));
        assertTrue(series.stream().anyMatch(s -> s.get("moment").equals("remittances_usd")));
        String page = Files.readString(out.resolve("history-fit.html"));
        assertTrue(page.contains("departures_2013") && page.contains("held out: not used"));
    }

    @Test
    void badArgumentsGiveAClearErrorAndNoStackTrace() throws IOException {
        Cli unknown = Cli.run("history", "no-such-scenario", "--out", dir.resolve("x").toString());
        assertEquals(2, unknown.code(), unknown.toString());
        assertTrue(unknown.err().contains("no-such-scenario"), unknown.err());
        // no history (the same month as its start): the scenario starts after the last month of data
        Path late = dir.resolve("late.json");
        Files.writeString(late, "{\"schemaVersion\": 1, \"extends\": \"baseline\", \"name\": \"late\", "
                + "\"start\": \"2040-01\", \"historyStart\": \"2040-01\"}");
        Cli afterData = Cli.run("history", late.toString(), "--out", dir.resolve("y").toString());
        assertEquals(2, afterData.code(), afterData.toString());
        assertTrue(afterData.err().contains("after the last month of data (2025-12)"), afterData.err());
        Cli zero = Cli.run("history", "baseline-2010", "--months", "0", "--out", dir.resolve("z").toString());
        assertEquals(2, zero.code(), zero.toString());
        for (Cli c : List.of(unknown, afterData, zero)) {
            assertFalse(c.err().contains("\tat ") || c.err().contains("Exception"), "no stack trace: " + c.err());
        }
    }

    /** Asserts a row's observed value, tolerance, mean, 95% interval and result against {@code values}. */
    private static void checkRow(CSVRecord row, double[] values, double observed, double tolerance) {
        double mean = (values[0] + values[1] + values[2]) / 3;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double half = T_2 * Math.sqrt(ss / 2) / Math.sqrt(3);
        String id = row.get("id");
        assertEquals(observed, Double.parseDouble(row.get("observed")), 1e-6, id);
        assertEquals(tolerance, Double.parseDouble(row.get("tolerance")), 1e-6, id);
        assertEquals(mean, Double.parseDouble(row.get("simulated_mean")), Math.abs(mean) * 1e-9, id);
        assertEquals(mean - half, Double.parseDouble(row.get("ci95_low")), Math.abs(mean) * 1e-9, id);
        assertEquals(mean + half, Double.parseDouble(row.get("ci95_high")), Math.abs(mean) * 1e-9, id);
        assertEquals(Math.abs(mean - observed) <= tolerance ? "pass" : "fail", row.get("result"), id);
    }

    /** Each replication's sum (or mean) of {@code metric} in {@code group} over the months of 2013 chosen. */
    private static double[] perReplication(String metric, String group, Predicate<String> month, boolean mean) {
        double[] sums = new double[3];
        int[] counts = new int[3];
        for (CSVRecord r : monthly) {
            if (r.get("metric").equals(metric) && r.get("group").equals(group) && month.test(r.get("month"))) {
                int k = Integer.parseInt(r.get("replication"));
                sums[k] += Double.parseDouble(r.get("value"));
                counts[k]++;
            }
        }
        for (int k = 0; k < 3; k++) {
            assertTrue(counts[k] > 0, metric + " " + group + " not in monthly.csv");
            sums[k] = mean ? sums[k] / counts[k] : sums[k];
        }
        return sums;
    }

    private static Map<String, CSVRecord> byId(List<CSVRecord> rows) {
        Map<String, CSVRecord> m = new HashMap<>();
        rows.forEach(r -> m.put(r.get("id"), r));
        return m;
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)
                    .getRecords();
        }
    }
}
