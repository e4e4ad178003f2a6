package org.muhojir.core.scenario;

import org.muhojir.core.param.MonthlySeries;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.BanPolicy;
import org.muhojir.core.policy.BorderClosure;
import org.muhojir.core.policy.ExchangeRateShock;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.SkillsProgramme;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.world.Destination;

/** Scenario validation: the baseline passes, and a broken scenario reports every problem with its field path. */
class ScenarioValidationTest {
    private static final YearMonth START = TajikistanDefaults.START;

    @Test
    void baselineIsValid() {
        Scenario s = assertDoesNotThrow(TajikistanDefaults::baseline);
        assertEquals(START, s.start());
        assertEquals(TajikistanDefaults.MONTHS, s.months());
        // the last simulated month: 2032-12 for 120 months from 2023-01
        assertEquals(START.plusMonths(TajikistanDefaults.MONTHS - 1), s.end());
        assertEquals(Destination.COUNT, s.destinations().size());
        for (Destination d : Destination.values()) {
            assertEquals(d, s.destination(d).destination());
        }
        assertTrue(s.shocks().isEmpty());
        // derived scenarios stay valid
        assertDoesNotThrow(() -> s.withSampleFraction(0.01).withPeriod(YearMonth.of(2024, 1), 12));
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPath() {
        PopulationSpec p = TajikistanDefaults.population();
        PopulationSpec broken = new PopulationSpec(p.nationalHouseholds(), p.populationIndex(), p.sampleFraction(),
                NumberLists.of(0.1, 0.3, 0.3, 0.2, 0.05), // sums to 0.95
                NumberLists.of(1.0, -0.1, 0.17, 0.12, 0.13), // a negative share
                p.meanSizeUrban(), p.meanSizeRural(), p.workingAgeShare(),
                NumberLists.of(0.8, 0.2), // three skills need three shares
                p.russianLevelShare(), p.initialAbroadShare(), p.initialDestinationShare(),
                p.initialIrregularShare(), p.extraTieShare(), p.initialSecondAbroadShare());
        List<ScheduledShock> shocks = List.of(new ScheduledShock(START, 6,
                new ExchangeRateShock("EUR", 2))); // constructors refuse bad arguments; record rules wait for this
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> new Scenario("broken",
                "", START, 0, 0, null, broken, null, TajikistanDefaults.behaviour(), TajikistanDefaults.macro(),
                TajikistanDefaults.destinations(), List.of(), shocks));
        assertEquals(List.of(
                "months",
                "population.regionPopulationShare",
                "population.urbanShare[1]",
                "population.skillShare",
                "economy",
                "shocks[0].currency"), paths(e));
        assertTrue(e.getMessage().contains("'broken'"), e.getMessage());
        assertTrue(e.getMessage().contains("6 problems"), e.getMessage());
        assertTrue(texts(e).contains("economy: is required"), e.problems().toString());
        assertTrue(texts(e).contains("population.skillShare: needs 3 values, had 2"), e.problems().toString());
    }

    @Test
    void nestedDestinationFieldsAreReportedWithTheDestinationLabel() {
        DestinationSpec r = TajikistanDefaults.russia();
        DestinationSpec.Enforcement e = r.enforcement();
        DestinationSpec bad = new DestinationSpec(r.destination(), r.entry(), r.costs(), r.labour(),
                new DestinationSpec.Enforcement(e.raidHazardLegal(), e.raidHazardIrregular(), 1.5, e.banMonths(),
                        e.lapseHazard(), Double.NaN, e.irregularOnArrival()),
                r.localPerUsd(), r.transferFeeRate(), r.naturalisationHazard(), r.utilityConstant());
        assertPaths(() -> TajikistanDefaults.baseline().withDestination(bad),
                "destinations[Russia].enforcement.deportationShare",
                "destinations[Russia].enforcement.regulariseHazard"); // NaN is not a share
    }

    @Test
    void destinationsMustBeOnePerDestinationInOrder() {
        List<DestinationSpec> swapped = new ArrayList<>(TajikistanDefaults.destinations());
        swapped.set(0, TajikistanDefaults.kazakhstan());
        swapped.set(1, TajikistanDefaults.russia());
        assertPaths(() -> withDestinations(swapped),
                "destinations[Russia].destination", "destinations[Kazakhstan].destination");
        assertPaths(() -> withDestinations(TajikistanDefaults.destinations().subList(0, 6)), "destinations");
        assertPaths(() -> withDestinations(null), "destinations");
    }

    @Test
    void aMissingDestinationIsReportedNotThrownAsNullPointer() {
        List<DestinationSpec> withHole = new ArrayList<>(TajikistanDefaults.destinations());
        withHole.set(Destination.UK.ordinal(), null);
        assertPaths(() -> withDestinations(withHole), "destinations[UK]");
    }

    @Test
    void scheduledShocksAreValidated() {
        Scenario base = TajikistanDefaults.baseline();
        assertPaths(() -> base.withShocks(List.of(
                        new ScheduledShock(START, 3, new RaidWave(Destination.RUSSIA, 2)),
                        new ScheduledShock(START, 3, new SkillsProgramme(List.of(), 0.1)))),
                "shocks[1].regions"); // a record rule: its constructor cannot check it
        List<ScheduledShock> withNull = new ArrayList<>();
        withNull.add(null);
        assertPaths(() -> base.withShocks(withNull), "shocks[0]");
        // no list at all means no shocks
        assertTrue(base.withShocks(null).shocks().isEmpty());
    }

    @Test
    void theWorldsEventsAreValidatedWhateverTheRunsMonths() {
        Scenario base = TajikistanDefaults.baseline();
        List<WorldEvent> events = new ArrayList<>(base.events());
        // a second campaign of bans overlapping 2024's: both set the ban length, one would undo the other
        events.add(WorldEvent.of("another-campaign", new ScheduledShock(YearMonth.of(2025, 1), 6,
                new BanPolicy(Destination.RUSSIA, 36, 0.02))));
        InvalidScenarioException e = assertPaths(() -> base.withEvents(events), "events[another-campaign][0].start");
        assertTrue(e.problems().get(0).message().contains("overlaps events[russia-crackdown-2024][1]"),
                e.getMessage());
        // the same name twice, and an event's invalid shock, each at its place
        List<WorldEvent> twice = new ArrayList<>(base.events());
        twice.add(WorldEvent.of("russia-exam-2024", new ScheduledShock(YearMonth.of(2030, 1), 2,
                new RaidWave(Destination.RUSSIA, 2))));
        twice.add(WorldEvent.of("training", new ScheduledShock(YearMonth.of(2030, 1), 2,
                new SkillsProgramme(List.of(), 0.1))));
        assertPaths(() -> base.withEvents(twice), "events[" + base.events().size() + "].name",
                "events[training][0].regions");
        // a border closure of the world closed for good would strand everyone there, the warm-up included
        List<WorldEvent> forGood = new ArrayList<>(base.events());
        forGood.add(WorldEvent.of("closed-for-good", new ScheduledShock(YearMonth.of(2030, 1),
                ScheduledShock.UNTIL_END, new BorderClosure(Destination.UK))));
        assertPaths(() -> base.withEvents(forGood), "events[closed-for-good][0].months");
        // an event of the world need not be in force in the run's months; an event with no shocks is left out
        Scenario early = base.withHistoryStart(null).withPeriod(YearMonth.of(2011, 1), 12);
        assertEquals(base.events(), early.events());
        assertTrue(base.withEvents(List.of(WorldEvent.of("none"))).eventShocks().isEmpty());
    }

    @Test
    void economyProblems() {
        HouseholdEconomy e = TajikistanDefaults.economy();
        List<Double> wageFactors = new ArrayList<>(e.regionWageFactor());
        wageFactors.set(2, null);
        HouseholdEconomy bad = new HouseholdEconomy(e.localWage(), wageFactors, e.ruralWageFactor(),
                e.participationMen(), e.participationWomen(), e.nonLabourIncome(), e.urbanNonLabourIncomeFactor(),
                e.incomeDispersion(),
                e.initialSavingsMonths(), e.creditMonths(), e.debtInterestMonthly(), e.debtRepaymentShare(),
                e.savingRate(), e.savingsDrawShare(), e.savingsBufferMonths(), e.wealthSpendRate(), 300, 400, 500,
                e.adultEquivalentOther(),
                e.adultEquivalentChild());
        Scenario b = TajikistanDefaults.baseline();
        InvalidScenarioException ex = assertPaths(() -> new Scenario(b.name(), b.description(), b.start(),
                b.months(), b.warmUpMonths(), b.historyStart(), b.population(), bad, b.behaviour(), b.macro(),
                b.destinations(), b.events(), b.shocks()),
                "economy.regionWageFactor", "economy.extremePovertyLine");
        assertTrue(texts(ex).contains("economy.regionWageFactor: has an empty value"), ex.problems().toString());
    }

    @Test
    void behaviourProblems() {
        Behaviour v = TajikistanDefaults.behaviour();
        List<Double> seasonality = new ArrayList<>(v.departureSeasonality());
        seasonality.set(0, 5.0); // the weights now average (12 + 4.28) / 12, not 1
        Behaviour bad = new Behaviour(v.considerRate(), seasonality, v.considerConcentration(), v.femaleCandidateShare(), null,
                v.riskLagMonths(), v.riskAdjustment(), v.returnHazard(), v.returnSeasonality(),
                v.returnDurationProfile(), v.returnEarningsElasticity(), v.returnReferenceRatio(), v.careReturnFactor(), 0.9, 0.2, v.naturalisedRemittanceFactor(),
                v.russianExamFit(), v.circulation());
        assertPaths(() -> TajikistanDefaults.baseline().withBehaviour(bad),
                "behaviour.departureSeasonality", "behaviour.utility", "behaviour.needRemittanceShare");
    }

    @Test
    void macroProblems() {
        Scenario b = TajikistanDefaults.baseline();
        Macro bad = new Macro(null, MonthlySeries.annual(java.util.Map.of(2020, 10.0, 2024, 0.0)),
                MonthlySeries.annual(java.util.Map.of(2020, -1.0)), MonthlySeries.constant(1), 2023, 2.3, 0);
        assertPaths(() -> new Scenario(b.name(), b.description(), b.start(), b.months(), b.warmUpMonths(),
                b.historyStart(), b.population(),
                b.economy(), b.behaviour(), bad, b.destinations(), b.events(), b.shocks()),
                "macro.gdpUsdMillion", "macro.tjsPerUsd", "macro.prices");
    }

    @Test
    void sampleFractionMustBeInZeroOne() {
        Scenario b = TajikistanDefaults.baseline();
        assertPaths(() -> b.withSampleFraction(0), "population.sampleFraction");
        assertPaths(() -> b.withSampleFraction(1.5), "population.sampleFraction");
        // 1% of the households, rounded (1% of 1,649,174 is 16,492), each standing for national / simulated
        // households (100.0)
        PopulationSpec one = b.withSampleFraction(0.01).population();
        long simulated = Math.round(b.population().nationalHouseholds() * 0.01);
        assertEquals(simulated, one.simulatedHouseholds());
        assertEquals(b.population().nationalHouseholds() / (double) simulated, one.weight(), 1e-9);
    }

    @Test
    void nameAndDatesAreRequired() {
        Scenario b = TajikistanDefaults.baseline();
        assertPaths(() -> new Scenario(" ", null, null, 1201, 0, null, b.population(), b.economy(), b.behaviour(),
                b.macro(), b.destinations(), b.events(), b.shocks()), "name", "start", "months");
    }

    private static Scenario withDestinations(List<DestinationSpec> destinations) {
        Scenario b = TajikistanDefaults.baseline();
        return new Scenario(b.name(), b.description(), b.start(), b.months(), b.warmUpMonths(), b.historyStart(), b.population(),
                b.economy(), b.behaviour(), b.macro(), destinations, b.events(), b.shocks());
    }

    /** Asserts that building the scenario fails with exactly these problem paths, in this order. */
    private static InvalidScenarioException assertPaths(Supplier<Scenario> build, String... expected) {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, build::get);
        assertEquals(Arrays.asList(expected), paths(e), e.getMessage());
        return e;
    }

    private static List<String> paths(InvalidScenarioException e) {
        return e.problems().stream().map(m -> m.path().toString()).toList();
    }

    private static List<String> texts(InvalidScenarioException e) {
        return e.problems().stream().map(Object::toString).toList();
    }
}
