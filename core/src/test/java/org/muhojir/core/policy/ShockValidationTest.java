package org.muhojir.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.InvalidValuesException;
import org.muhojir.core.param.Problems;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;
import org.muhojir.core.world.Region;

/** Each shock type reports its bad fields, under the path it is given; sound shocks report nothing. */
class ShockValidationTest {

    /** One sound shock of each of the shock types. */
    static List<Shock> validSamples() {
        return List.of(
                new RaidWave(Destination.RUSSIA, 3),
                new TightenedRules(Destination.RUSSIA, 1.5, 0.72, 0.01),
                new BanPolicy(Destination.RUSSIA, 120, 0.05),
                new Amnesty(Destination.TURKEY),
                new ExchangeRateShock("RUB", 2),
                new ExchangeRatePath("TJS", MonthlySeries.annual(Map.of(2023, 11.0, 2024, 12.0))),
                new BorderClosure(null),
                new QuotaChange(Destination.SOUTH_KOREA, 5_000),
                new EntryRouteChange(Destination.TURKEY, EntryRoute.VISA, 80, 0.2),
                new EntryExam(Destination.RUSSIA, 0.97, true),
                new SkillsProgramme(List.of(Region.KHATLON), 0.3),
                new ConsularProtection(Destination.RUSSIA, 0.5),
                new TransferFeeChange(null, 0.01),
                new WageShock(Destination.RUSSIA, 0.8),
                new LabourDemand(Destination.RUSSIA, 0.7),
                new HomePriceShock(1.15),
                new TravelCostChange(Destination.RUSSIA, 0.5));
    }

    static Stream<Shock> valid() {
        return validSamples().stream();
    }

    @ParameterizedTest
    @MethodSource("valid")
    void soundShocksReportNothing(Shock shock) {
        assertEquals(List.of(), problems(shock));
        assertFalse(shock.describe().isBlank());
    }

    @Test
    void typeNamesAreDistinct() {
        Set<String> types = validSamples().stream().map(Shock::type).collect(Collectors.toSet());
        assertEquals(validSamples().size(), types.size());
    }

    /** Shocks built with bad arguments, and the arguments their constructors must name (record rules come later). */
    static Stream<Arguments> invalid() {
        return Stream.of(
                bad(() -> new RaidWave(null, -1), "destination", "raidMultiplier"),
                bad(() -> new RaidWave(Destination.RUSSIA, Double.NaN), "raidMultiplier"),
                bad(() -> new RaidWave(Destination.RUSSIA, 1001), "raidMultiplier"),
                bad(() -> new TightenedRules(null, -1, 101, 1.5),
                        "destination", "feeMultiplier", "examPassMultiplier", "extraLapseHazard"),
                bad(() -> new BanPolicy(null, -1, 2), "destination", "banMonths", "expulsionRate"),
                bad(() -> new Amnesty(null), "destination"),
                bad(() -> new ExchangeRateShock("EUR", 0), "rateMultiplier"),
                bad(() -> new ExchangeRateShock(null, 200), "currency", "rateMultiplier"),
                bad(() -> new ExchangeRatePath("XYZ", MonthlySeries.constant(0)), "perUsd"),
                bad(() -> new ExchangeRatePath("RUB", null), "perUsd"),
                bad(() -> new QuotaChange(null, -5), "destination", "annualQuota"),
                bad(() -> new EntryRouteChange(null, null, -1, 1.5), "destination", "route", "documentsUsd",
                        "refusalRate"),
                bad(() -> new EntryExam(null, 1.2, true), "destination", "examPassRate"),
                bad(() -> new SkillsProgramme(List.of(), 1.5), "share"),
                bad(() -> new SkillsProgramme(null, -0.1), "regions", "share"),
                bad(() -> new SkillsProgramme(Arrays.asList(Region.SUGHD, null), 0.5), "regions[1]"),
                bad(() -> new ConsularProtection(null, 11), "destination", "deportationShareMultiplier"),
                // null means every corridor, so only the fee is wrong
                bad(() -> new TransferFeeChange(null, -0.1), "transferFeeRate"),
                bad(() -> new WageShock(null, -0.5), "destination", "wageMultiplier"),
                bad(() -> new LabourDemand(null, -1), "destination", "employmentMultiplier"),
                bad(() -> new TravelCostChange(null, -0.5), "destination", "travelMultiplier"));
    }

    private static Arguments bad(Supplier<Shock> build, String... paths) {
        return Arguments.of(build, List.of(paths));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void constructorsNameEveryBadArgument(Supplier<Shock> build, List<String> expectedPaths) {
        InvalidValuesException e = assertThrows(InvalidValuesException.class, build::get);
        assertEquals(expectedPaths, e.problems().stream().map(m -> m.path().toString()).toList(), e.getMessage());
        assertTrue(e.getMessage().contains(expectedPaths.get(0) + ": "), e.getMessage());
    }

    @Test
    void recordRulesAreCheckedWithTheScenario() {
        assertEquals(List.of("s.currency"), problems(new ExchangeRateShock("EUR", 2)));
        assertEquals(List.of("s.currency"), problems(new ExchangeRatePath("XYZ", MonthlySeries.constant(10))));
        assertEquals(List.of("s.regions"), problems(new SkillsProgramme(List.of(), 0.5)));
    }

    @Test
    void unknownCurrencyMessageListsTheKnownOnes() {
        Problems p = new Problems();
        new ExchangeRateShock("EUR", 2).validate(p, FieldPath.of("s"));
        assertEquals(1, p.list().size());
        String message = p.list().get(0).message();
        for (String code : List.of("RUB", "KZT", "TRY", "AED", "KRW", "GBP", "TJS")) {
            assertTrue(message.contains(code), message);
        }
        assertFalse(message.contains("USD"), message);
        assertFalse(message.contains("Did you mean"), message);
    }

    @Test
    void aCurrencyWrittenByItsNameIsGivenItsCode() {
        Problems p = new Problems();
        new ExchangeRateShock("Somoni", 1.3).validate(p, FieldPath.of("s"));
        assertTrue(p.list().get(0).message().endsWith("Did you mean \"TJS\"?"), p.list().get(0).message());
    }

    @Test
    void theDollarCannotBeShockedAgainstItself() {
        // every rate is units per US dollar: "USD x2" would only put the USA's earnings at 2 dollars per dollar
        for (Shock s : List.of(new ExchangeRateShock("USD", 2), new ExchangeRatePath("USD", MonthlySeries.constant(90)))) {
            Problems p = new Problems();
            s.validate(p, FieldPath.of("s"));
            assertEquals(1, p.list().size(), s.toString());
            assertEquals("s.currency", p.list().get(0).path().toString());
            assertTrue(p.list().get(0).message().contains("shock the somoni (TJS)"), p.list().get(0).message());
        }
    }

    private static List<String> problems(Shock shock) {
        Problems p = new Problems();
        shock.validate(p, FieldPath.of("s"));
        List<String> paths = new ArrayList<>();
        for (org.muhojir.core.param.Problem m : p.list()) {
            paths.add(m.path().toString());
        }
        return paths;
    }
}
