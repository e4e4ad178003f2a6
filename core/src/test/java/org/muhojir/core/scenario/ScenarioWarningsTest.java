package org.muhojir.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.param.Problem;
import org.muhojir.core.policy.ExchangeRateShock;
import org.muhojir.core.policy.LabourDemand;
import org.muhojir.core.policy.QuotaChange;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.TightenedRules;
import org.muhojir.core.policy.TransferFeeChange;
import org.muhojir.core.policy.WageShock;
import org.muhojir.core.world.Destination;

/**
 * Values that are legal but probably not what was meant are warnings of core's, so that code embedding the model
 * sees them as the command line does: a factor of 100 meant as "+100%", a shock that changes nothing, a dated series
 * that starts after the run does.
 */
class ScenarioWarningsTest {
    private static final Scenario BASE = TajikistanDefaults.baseline().withHistoryStart(null);
    private static final YearMonth JAN_2025 = YearMonth.of(2025, 1);

    private static Scenario with(org.muhojir.core.policy.Shock... shocks) {
        return BASE.plusShocks(java.util.Arrays.stream(shocks).map(r -> new ScheduledShock(JAN_2025, 12, r)).toList());
    }

    @Test
    void theDocumentedBaselineHasNoWarnings() {
        assertEquals(List.of(), BASE.warnings());
    }

    @Test
    void aWholeNumberOutsideItsPlausibleRangeIsAWarningToo() {
        // a quota's places are a whole number, plausible up to 50,000 a year (QuotaChange.annualQuota)
        List<Problem> w = with(new QuotaChange(Destination.UK, 60_000)).warnings();
        assertEquals(1, w.size(), w.toString());
        assertEquals("shocks[0].annualQuota", w.get(0).path().toString());
        assertTrue(w.get(0).message().contains("outside the plausible range"), w.get(0).message());
        assertEquals(List.of(), with(new QuotaChange(Destination.UK, 5_000)).warnings());
    }

    @Test
    void aQuotaOrLotteryRouteWithoutPlacesOrWinnersIsAWarning() {
        List<Problem> quota = with(new org.muhojir.core.policy.EntryRouteChange(Destination.KAZAKHSTAN,
                org.muhojir.core.world.EntryRoute.QUOTA, 50, 0)).warnings();
        assertEquals(1, quota.size(), quota.toString());
        assertEquals("shocks[0].route", quota.get(0).path().toString());
        assertEquals("a QUOTA route with no places: Kazakhstan has an annualQuota of 0 in 2025-01, so nobody can "
                + "enter, as if its border were closed", quota.get(0).message());
        List<Problem> lottery = with(new org.muhojir.core.policy.EntryRouteChange(Destination.KAZAKHSTAN,
                org.muhojir.core.world.EntryRoute.LOTTERY, 50, 0)).warnings();
        assertEquals(1, lottery.size(), lottery.toString());
        assertTrue(lottery.get(0).message().startsWith("a LOTTERY route nobody wins: Kazakhstan's lotteryWinRate is 0"),
                lottery.get(0).message());
        // the UK's seasonal visas have places (2,000 a year), the USA's lottery winners
        assertEquals(List.of(), with(new org.muhojir.core.policy.EntryRouteChange(Destination.UK,
                org.muhojir.core.world.EntryRoute.QUOTA, 50, 0)).warnings());
        assertEquals(List.of(), with(new org.muhojir.core.policy.EntryRouteChange(Destination.USA,
                org.muhojir.core.world.EntryRoute.LOTTERY, 50, 0)).warnings());
    }

    @Test
    void aShockThatEndsBeforeTheReportStartsIsAWarning() {
        Scenario withHistory = TajikistanDefaults.baseline();
        ScheduledShock before = new ScheduledShock(YearMonth.of(2015, 3), 12, new WageShock(Destination.RUSSIA, 0.9));
        List<Problem> w = withHistory.plusShocks(List.of(before)).warnings();
        assertEquals(1, w.size(), w.toString());
        assertEquals("shocks[0].start", w.get(0).path().toString());
        assertEquals("in force from 2015-03 to 2016-02, before the first reported month 2023-01: it changes only the "
                + "history that leads there", w.get(0).message());
        // one still in force in the first reported month is not
        ScheduledShock into = new ScheduledShock(YearMonth.of(2022, 3), 12, new WageShock(Destination.RUSSIA, 0.9));
        assertEquals(List.of(), withHistory.plusShocks(List.of(into)).warnings());
    }

    @Test
    void aFactorOfAHundredMeantAsPlusAHundredPerCentIsAWarningWithTheWayToWriteIt() {
        List<Problem> w = with(new TightenedRules(Destination.RUSSIA, 100, 1, 0)).warnings();
        assertEquals(1, w.size(), w.toString());
        assertEquals("shocks[0].feeMultiplier", w.get(0).path().toString());
        assertEquals("is 100, outside the plausible range 0 to 5 (factor)", w.get(0).message());
        assertTrue(w.get(0).hint().contains("2 doubles the value (+100%)"), w.get(0).hint());
        // the same shock at a factor of 2 (+100%) is plausible
        assertEquals(List.of(), with(new TightenedRules(Destination.RUSSIA, 2, 1, 0)).warnings());
    }

    @Test
    void aCurrencysFallWrittenAsPercentageIsAWarningThatSaysWhichWayTheFactorGoes() {
        // "the rouble falls 30%" written as 30: the hint gives 1.4286, not the 0.7 of a generic factor (a stronger
        // rouble)
        List<Problem> w = with(new ExchangeRateShock("RUB", 30)).warnings();
        assertEquals(1, w.size(), w.toString());
        assertEquals("is 30, outside the plausible range 0.25 to 4 (factor on units of the currency per US dollar)",
                w.get(0).message());
        assertTrue(w.get(0).hint().contains("a currency that loses 30% of its value is 1 / (1 - 0.3) = 1.4286"),
                w.get(0).hint());
        assertEquals("RUB per USD x0.7 (RUB gains 42.9% of its value against the dollar)",
                new ExchangeRateShock("RUB", 0.7).describe());
        assertEquals("RUB per USD x2 (RUB loses 50% of its value against the dollar)",
                new ExchangeRateShock("RUB", 2).describe());
    }

    @Test
    void wageAndLabourDemandFactorsWrittenAsPercentagesAreWarnings() {
        // +15% written as 15, and a boom of +5% written as 5: both factors, as their fields say
        List<Problem> wages = with(new WageShock(Destination.RUSSIA, 15)).warnings();
        assertEquals(1, wages.size(), wages.toString());
        assertEquals("is 15, outside the plausible range 0.5 to 2 (factor)", wages.get(0).message());
        List<Problem> demand = with(new LabourDemand(Destination.RUSSIA, 5)).warnings();
        assertEquals(1, demand.size(), demand.toString());
        assertEquals("is 5, outside the plausible range 0 to 1.5 (factor)", demand.get(0).message());
        // the response battery's shocks are plausible
        assertEquals(List.of(), with(new WageShock(Destination.RUSSIA, 1.2)).warnings());
        assertEquals(List.of(), with(new LabourDemand(Destination.RUSSIA, 0.7)).warnings());
    }

    @Test
    void aTightenedRulesShockWithNoMultiplierChangesNothingAndSaysSo() {
        List<Problem> w = with(new TightenedRules(Destination.RUSSIA, 1, 1, 0)).warnings();
        assertEquals(1, w.size(), w.toString());
        assertEquals("shocks[0].type", w.get(0).path().toString());
        assertTrue(w.get(0).message().startsWith("changes nothing: feeMultiplier, examPassMultiplier, "
                + "extraLapseHazard are all at their neutral values"), w.get(0).message());
        // any one value off its neutral one is an effect
        assertEquals(List.of(), with(new TightenedRules(Destination.RUSSIA, 1, 1, 0.01)).warnings());
    }

    @Test
    void aShockWhoseNumbersHaveNoNeutralValueAlwaysDoesSomething() {
        Scenario s = BASE.plusShocks(List.of(new ScheduledShock(JAN_2025, 12,
                new TransferFeeChange(null, 0.02))));
        assertEquals(List.of(), s.warnings());
    }

    @Test
    void aDatedSeriesThatStartsAfterTheRunHoldsItsFirstValueBeforeAndSaysSo() {
        DestinationSpec russia = BASE.destination(Destination.RUSSIA);
        DestinationSpec.Costs c = russia.costs();
        DestinationSpec.Costs late = new DestinationSpec.Costs(c.travelUsd(), c.documentsUsd(),
                MonthlySeries.of(Map.of(JAN_2025, 17_800.0)));
        Scenario s = BASE.withDestination(new DestinationSpec(Destination.RUSSIA, russia.entry(), late,
                russia.labour(), russia.enforcement(), russia.localPerUsd(), russia.transferFeeRate(),
                russia.naturalisationHazard(), russia.utilityConstant()));
        List<Problem> w = s.warnings();
        assertEquals(1, w.size(), w.toString());
        assertEquals("destinations[Russia].costs.monthlyFee", w.get(0).path().toString());
        assertEquals("its first month is 2025-01, after the first simulated month (2023-01; a history before the "
                + "first reported month is simulated too), so its first value (17800) also holds from 2023-01 to "
                + "2024-12", w.get(0).message());
        // the default is a path of one point a year: the hint says to copy its points, not to add one at the start
        assertTrue(russia.costs().monthlyFee().points().headMap(JAN_2025).size() > 1);
        assertTrue(w.get(0).hint().startsWith("a series in a file replaces the default one whole: to keep the "
                + "default's path until 2025-01, copy its points before 2025-01 (muhojir describe --resolved prints "
                + "them) into this series"), w.get(0).hint());
    }

    @Test
    void aRecordedSeriesThatStartsAfterTheRunIsToldToUseAShockNotAPointAtTheStart() {
        // a recorded series needs every month from its first to its last: "add a point at 2023-01" would be refused
        DestinationSpec russia = BASE.destination(Destination.RUSSIA);
        Scenario s = BASE.withDestination(new DestinationSpec(Destination.RUSSIA, russia.entry(), russia.costs(),
                russia.labour(), russia.enforcement(), MonthlySeries.of(Map.of(JAN_2025, 100.0)),
                russia.transferFeeRate(), russia.naturalisationHazard(), russia.utilityConstant()));
        List<Problem> w = s.warnings();
        assertEquals(1, w.size(), w.toString());
        assertEquals("destinations[Russia].localPerUsd", w.get(0).path().toString());
        assertTrue(w.get(0).hint().startsWith("to keep the recorded path until 2025-01: if the file sets this field, "
                + "leave it out and add a shock from 2025-01 instead"), w.get(0).hint());
        // a series of the defaults whose data begin after the history's start: start the history later
        assertTrue(w.get(0).hint().endsWith("if it does not, the recorded data begin in 2025-01: set \"historyStart\" "
                + "(or \"start\", without a history) to 2025-01 or later"), w.get(0).hint());
    }
}
