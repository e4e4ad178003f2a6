package org.muhojir.core.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Problem;
import org.muhojir.core.scenario.InvalidScenarioException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;

/**
 * The date rules of shocks hold wherever a scenario is made, not only in the file loader: a scenario built in Java
 * and a shock added to a running model are refused when the shock is never in force in the run, or when it sets the
 * same value as a shock in force at the same time.
 */
class ShockCalendarTest {
    /** The default scenario: 2023-01 to 2032-12. */
    private static final Scenario TEN_YEARS = Muhojir.defaultScenario().withHistoryStart(null)
            .withSampleFraction(0.002);

    private static ScheduledShock at(int year, int month, int months, Shock shock) {
        return new ScheduledShock(YearMonth.of(year, month), months, shock);
    }

    @Test
    void aScenarioRefusesAShockStartingAfterItsRunEnds() {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> TEN_YEARS.plusShocks(
                List.of(at(2040, 1, 6, new RaidWave(Destination.RUSSIA, 3)))));
        Problem p = e.problems().get(0);
        assertEquals(FieldPath.of("shocks").item(0).field("start"), p.path());
        assertEquals("never in force: it starts in 2040-01, after the run ends (2032-12)", p.message());
        assertEquals("expected dates within 2023-01 to 2032-12", p.hint());
    }

    @Test
    void aScenarioRefusesAShockThatEndsBeforeItsRunStarts() {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> TEN_YEARS.plusShocks(
                List.of(at(2020, 3, 13, new BorderClosure(null)))));
        assertEquals("never in force: it ends in 2021-03, before the run starts (2023-01)",
                e.problems().get(0).message());
    }

    @Test
    void aScenarioRefusesTwoQuotasForOneDestinationInForceTogether() {
        ScheduledShock first = at(2024, 1, ScheduledShock.UNTIL_END, new QuotaChange(Destination.UK, 5000));
        ScheduledShock second = at(2025, 1, 12, new QuotaChange(Destination.UK, 8000));
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> TEN_YEARS.plusShocks(List.of(first, second)));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem p = e.problems().get(0);
        assertEquals(FieldPath.of("shocks").item(1).field("start"), p.path());
        assertEquals(FieldPath.of("shocks").item(0), p.related());
        assertEquals("overlaps shocks[0] (quota of 5000 places a year in UK, from 2024-01 to the end of the run): two "
                + "quotaChange shocks for the same destination cannot be in force in the same month", p.message());
    }

    @Test
    void shocksThatSetTheSameThingOneAfterTheOtherOrAtDifferentPlacesAreFine() {
        assertDoesNotThrow(() -> TEN_YEARS.plusShocks(List.of(
                at(2024, 1, 12, new QuotaChange(Destination.UK, 5000)),
                at(2025, 1, 12, new QuotaChange(Destination.UK, 8000)),
                at(2024, 1, 12, new QuotaChange(Destination.SOUTH_KOREA, 5000)),
                at(2024, 1, 12, new RaidWave(Destination.RUSSIA, 2)),
                at(2024, 6, 12, new RaidWave(Destination.RUSSIA, 3)))));
    }

    @Test
    void aQuotaAndARouteChangeForOneDestinationConflictAsDoTwoExams() {
        InvalidScenarioException route = assertThrows(InvalidScenarioException.class, () -> TEN_YEARS.plusShocks(
                List.of(at(2024, 1, 12, new QuotaChange(Destination.UK, 5000)),
                        at(2024, 6, 12, new EntryRouteChange(Destination.UK, EntryRoute.VISA, 150, 0.1)))));
        assertEquals("overlaps shocks[0] (quota of 5000 places a year in UK, from 2024-01 to 2024-12): quotaChange "
                + "and entryRouteChange shocks (both set its entry route) for the same destination cannot be in force "
                + "in the same month", route.problems().get(0).message());
        assertThrows(InvalidScenarioException.class, () -> TEN_YEARS.plusShocks(List.of(
                at(2024, 1, 12, new EntryExam(Destination.RUSSIA, 0.7, true)),
                at(2024, 6, 12, new EntryExam(Destination.RUSSIA, 0.9, false)))));
        assertDoesNotThrow(() -> TEN_YEARS.plusShocks(List.of(
                at(2024, 1, 12, new EntryExam(Destination.RUSSIA, 0.7, true)),
                at(2024, 6, 12, new EntryExam(Destination.KAZAKHSTAN, 0.9, false)),
                at(2024, 1, 12, new QuotaChange(Destination.UK, 5000)),
                at(2024, 6, 12, new EntryRouteChange(Destination.TURKEY, EntryRoute.VISA, 150, 0.1)))));
    }

    @Test
    void aCorridorFeeConflictsWithAFeeForEveryCorridor() {
        assertThrows(InvalidScenarioException.class, () -> TEN_YEARS.plusShocks(List.of(
                at(2024, 1, 12, new TransferFeeChange(null, 0.01)),
                at(2024, 6, 12, new TransferFeeChange(Destination.RUSSIA, 0.005)))));
    }

    @Test
    void aRunningModelRefusesAShockStartingAfterTheRunEnds() {
        MuhojirModel model = new MuhojirModel(TEN_YEARS.withPeriod(YearMonth.of(2023, 1), 12), RunOptions.seed(1));
        model.start();
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> model.addShock(at(2040, 1, 3, new RaidWave(Destination.RUSSIA, 3))));
        assertEquals("shock.start: never in force: it starts in 2040-01, after the run ends (2023-12); expected "
                + "dates within 2023-01 to 2023-12", e.problems().get(0).toString());
        assertEquals(List.of(), model.addedShocks());
    }

    @Test
    void aRunningModelRefusesAShockThatConflictsWithOneAlreadyAdded() {
        MuhojirModel model = new MuhojirModel(TEN_YEARS.withPeriod(YearMonth.of(2023, 1), 12), RunOptions.seed(1));
        model.start();
        model.addShock(at(2023, 2, 6, new EntryExam(Destination.RUSSIA, 0.7, true)));
        model.addShock(at(2023, 3, 2, new BanPolicy(Destination.RUSSIA, 12, 0)));
        InvalidScenarioException conflict = assertThrows(InvalidScenarioException.class,
                () -> model.addShock(at(2023, 4, 2, new BanPolicy(Destination.RUSSIA, 24, 0))));
        assertEquals(FieldPath.of("addedShocks").item(1), conflict.problems().get(0).related());
        assertEquals(2, model.addedShocks().size());
        // once the first ban policy has ended, another may follow
        assertDoesNotThrow(() -> model.addShock(at(2023, 5, 2, new BanPolicy(Destination.RUSSIA, 24, 0))));
    }

    @Test
    void aSupersedingShockCutsWhatItConflictsWithAroundItsMonthsAndLeavesTheRest() {
        ScheduledShock scenarioQuota = at(2024, 1, ScheduledShock.UNTIL_END, new QuotaChange(Destination.UK, 5000));
        ScheduledShock otherPlace = at(2024, 1, 12, new QuotaChange(Destination.SOUTH_KOREA, 3000));
        ScheduledShock lever = at(2025, 3, 2, new QuotaChange(Destination.UK, 20000));
        List<ScheduledShock> cut = ShockCalendar.supersede(List.of(scenarioQuota, otherPlace), lever,
                YearMonth.of(2023, 1), YearMonth.of(2032, 12));
        // January 2024 to February 2025 (14 months), then from May 2025 to the end; Korea's quota untouched
        assertEquals(List.of(at(2024, 1, 14, new QuotaChange(Destination.UK, 5000)),
                at(2025, 5, ScheduledShock.UNTIL_END, new QuotaChange(Destination.UK, 5000)), otherPlace), cut);
        // the list with the lever has no conflict left: a scenario accepts it
        List<ScheduledShock> all = new java.util.ArrayList<>(cut);
        all.add(lever);
        assertDoesNotThrow(() -> TEN_YEARS.withShocks(all));
    }

    @Test
    void aSupersededShockOfFixedLengthKeepsItsLastMonthAndPartsOutsideTheRunAreDropped() {
        ScheduledShock fee = at(2023, 1, 24, new TransferFeeChange(null, 0.02)); // 2023-01 to 2024-12
        assertEquals(List.of(at(2023, 1, 6, new TransferFeeChange(null, 0.02)),
                at(2023, 8, 17, new TransferFeeChange(null, 0.02))),
                ShockCalendar.supersede(List.of(fee), at(2023, 7, 1, new TransferFeeChange(null, 0.05)),
                        YearMonth.of(2023, 1), YearMonth.of(2032, 12)));
        // a lever from the run's first month leaves no part before it; a part after the run's end is dropped
        assertEquals(List.of(), ShockCalendar.supersede(List.of(fee), at(2023, 1, 6, new TransferFeeChange(null,
                0.05)), YearMonth.of(2023, 1), YearMonth.of(2023, 6)));
    }
}
