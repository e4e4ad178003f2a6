package org.muhojir.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.outcome.ConfidenceInterval;
import org.muhojir.core.outcome.Metric;

/** The summary's words for a change, and the colour a difference gets, from hand-made intervals. */
class PlainSummaryTest {
    private static ConfidenceInterval interval(double mean, double low, double high) {
        return new ConfidenceInterval(5, mean, Double.NaN, low, high);
    }

    @Test
    void aRelativeChangeIsInPerCentWithItsIntervalNearestFirst() {
        // -17% with the interval -19% to -15%: "17% lower (15 to 19%)"
        assertEquals("17% lower (15 to 19%)", PlainSummary.change(interval(-0.17, -0.19, -0.15), "%", "%"));
        assertEquals("2.5% higher (1.2 to 3.8%)", PlainSummary.change(interval(0.025, 0.012, 0.038), "%", "%"));
    }

    @Test
    void aNarrowIntervalGetsTheDecimalsThatTellItsEndsApart() {
        // -18.3% with the interval -18.4% to -18.2%: not "18% lower (18 to 18%)"
        assertEquals("18.3% lower (18.2 to 18.4%)", PlainSummary.change(interval(-0.183, -0.184, -0.182), "%", "%"));
        // -13.6% with the interval -13.8% to -13.4%: not "14% lower (13 to 14%)", the mean at one of its own ends
        assertEquals("13.6% lower (13.4 to 13.8%)", PlainSummary.change(interval(-0.136, -0.138, -0.134), "%", "%"));
    }

    @Test
    void anIntervalThatExcludesZeroNeverReadsAsStartingAtIt() {
        // +0.40% with the interval +0.002% to +0.80%: not "(0.00 to 0.80%)", which reads as including zero
        assertEquals("0.400% higher (0.002 to 0.800%)",
                PlainSummary.change(interval(0.0040, 0.00002, 0.0080), "%", "%"));
        // an interval whose nearer end is below the most decimals shown says so
        assertEquals("0.0080 percentage points lower (less than 0.0001 to 0.0160 pp)",
                PlainSummary.change(interval(-0.000080, -0.00016, -0.0000000004), " percentage points", " pp"));
    }

    @Test
    void dollarsFromABillionAreInBillions() {
        assertEquals("1.01 billion USD higher (0.98 to 1.04 billion USD)",
                PlainSummary.dollars(interval(1.009e9, 0.98e9, 1.04e9)));
        assertEquals("606 million USD lower (575 to 637 million USD)",
                PlainSummary.dollars(interval(-606e6, -637e6, -575e6)));
    }

    @Test
    void aDifferenceOfSharesIsInPercentagePoints() {
        // a poverty headcount 0.0015 higher (0.15 points), interval 0.0010 to 0.0020
        assertEquals("0.15 percentage points higher (0.10 to 0.20 pp)",
                PlainSummary.change(interval(0.0015, 0.0010, 0.0020), " percentage points", " pp"));
    }

    @Test
    void aDifferenceOfSharesThatIsNotClearKeepsItsUnit() {
        // extreme poverty: -0.057 to +0.045 points, not "-0.057 to +0.045" with no unit
        assertEquals("not clearly changed (-0.057 to +0.045 pp)",
                PlainSummary.change(interval(-0.000006, -0.00057, 0.00045), " percentage points", " pp"));
    }

    @Test
    void anExactZeroIsUnchangedNotZeroPerCentHigher() {
        assertEquals("unchanged", PlainSummary.change(interval(0, 0, 0), "%", "%"));
        assertEquals("unchanged", PlainSummary.change(interval(0, 0, 0), " percentage points", " pp"));
        // one replication: no interval, and no "0.000% higher (one replication: no interval)"
        assertEquals("unchanged", PlainSummary.change(new ConfidenceInterval(1, 0, Double.NaN, Double.NaN,
                Double.NaN), "%", "%"));
        assertEquals("1.8% lower (one replication: no interval)", PlainSummary.change(new ConfidenceInterval(1,
                -0.018, Double.NaN, Double.NaN, Double.NaN), "%", "%"));
    }

    @Test
    void aChangeTheSameInEveryReplicationSaysSoRatherThanFourDecimals() {
        // not "56.7455% higher (56.7455 to 56.7455%)"
        assertEquals("57% higher (the same in every replication)",
                PlainSummary.change(interval(0.567455, 0.567455, 0.567455), "%", "%"));
    }

    @Test
    void endsEqualButForTheRoundingOfSumsAreTheSameInEveryReplication() {
        // a mean of persons whose replications agree, the sums rounded differently: not "1,705.8236 (1,705.8236 to
        // 1,705.8236)"
        assertEquals("1,706 higher (the same in every replication)", PlainSummary.change(
                interval(1_705.8236, 1_705.8236 * (1 - 1e-15), 1_705.8236 * (1 + 1e-15)), 1, "", ""));
        assertEquals("1,706.0 higher (1,705.9 to 1,706.2)", PlainSummary.change(interval(1_706.0, 1_705.9, 1_706.2),
                1, "", ""), "a real interval, however narrow, is kept");
    }

    @Test
    void anIntervalAroundZeroNeverReadsAsMinusZeroToPlusZero() {
        // extreme poverty of a policy that hardly touches it: ends of 0.0002 and 0.0003 points
        assertEquals("not clearly changed (-0.0002 to +0.0003 pp)", PlainSummary.change(
                interval(0.0000001, -0.000002, 0.000003), " percentage points", " pp"));
        assertEquals("not clearly changed (less than 0.0001 pp either way)", PlainSummary.change(
                interval(0.0000001, -0.0000002, 0.0000003), " percentage points", " pp"));
        assertEquals("not clearly changed (0 to +0.50 pp)", PlainSummary.change(interval(0.002, -0.000000001,
                0.005), " percentage points", " pp"), "an end too small for four decimals reads 0, not -0.0000");
        assertEquals("not clearly changed (-0.16 to +0.43 pp)", PlainSummary.change(interval(0.0014, -0.0016,
                0.0043), " percentage points", " pp"), "ends that read as numbers are as before");
    }

    @Test
    void partOfAYearIsNamedByItsMonths() {
        assertEquals("April to June 2024", PlainSummary.monthsLabel(YearMonth.of(2024, 4), YearMonth.of(2024, 6)));
        assertEquals("April 2024", PlainSummary.monthsLabel(YearMonth.of(2024, 4), YearMonth.of(2024, 4)));
        assertEquals("November 2024 to January 2025",
                PlainSummary.monthsLabel(YearMonth.of(2024, 11), YearMonth.of(2025, 1)));
    }

    @Test
    void anIntervalThatIncludesNoChangeIsSaidToBeNotClear() {
        assertEquals("not clearly changed (-0.83% to +0.87%)",
                PlainSummary.change(interval(0.0002, -0.0083, 0.0087), "%", "%"));
    }

    @Test
    void aDifferenceIsColouredByWhetherItIsBetterForHouseholdsNotByItsSign() {
        ConfidenceInterval up = interval(0.002, 0.001, 0.003);
        ConfidenceInterval down = interval(-0.002, -0.003, -0.001);
        assertEquals("worse", ComparisonHtml.judgement(Metric.POVERTY_FGT0, up));
        assertEquals("better", ComparisonHtml.judgement(Metric.POVERTY_FGT0, down));
        assertEquals("better", ComparisonHtml.judgement(Metric.REMITTANCES_RECEIVED_USD, up));
        assertEquals("worse", ComparisonHtml.judgement(Metric.DEPORTATIONS, up));
        assertEquals("changed", ComparisonHtml.judgement(Metric.MIGRANTS_ABROAD, up));
        assertEquals("", ComparisonHtml.judgement(Metric.POVERTY_FGT0, interval(0.001, -0.001, 0.003)));
        assertEquals("", ComparisonHtml.judgement(Metric.POVERTY_FGT0, new ConfidenceInterval(1, 0.002, Double.NaN,
                Double.NaN, Double.NaN)), "one replication: no interval, no colour");
    }

    @Test
    void aClearChangeOfACounterfactualWithoutRemittancesIsNeitherBetterNorWorse() {
        // what poverty would be had the month's remittances not arrived: not a welfare outcome
        ConfidenceInterval up = interval(0.002, 0.001, 0.003);
        ConfidenceInterval down = interval(-0.002, -0.003, -0.001);
        for (Metric m : List.of(Metric.POVERTY_FGT0_WITHOUT_REMITTANCES,
                Metric.EXTREME_POVERTY_FGT0_WITHOUT_REMITTANCES, Metric.POVERTY_FGT1_WITHOUT_REMITTANCES,
                Metric.POVERTY_FGT2_WITHOUT_REMITTANCES, Metric.GINI_WITHOUT_REMITTANCES)) {
            assertEquals("changed", ComparisonHtml.judgement(m, up), m.name());
            assertEquals("changed", ComparisonHtml.judgement(m, down), m.name());
            assertEquals("", ComparisonHtml.judgement(m, interval(0.001, -0.001, 0.003)), m.name());
        }
        // the measures with remittances keep their colours
        assertEquals("worse", ComparisonHtml.judgement(Metric.EXTREME_POVERTY_FGT0, up));
        assertEquals("worse", ComparisonHtml.judgement(Metric.GINI, up));
    }
}
