package org.muhojir.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.param.FieldPath;
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
                new WageShock(Destination.RUSSIA, 0.8));
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

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(new RaidWave(null, -1), List.of("s.destination", "s.raidMultiplier")),
                Arguments.of(new RaidWave(Destination.RUSSIA, Double.NaN), List.of("s.raidMultiplier")),
                Arguments.of(new RaidWave(Destination.RUSSIA, 1001), List.of("s.raidMultiplier")),
                Arguments.of(new TightenedRules(null, -1, 101, 1.5),
                        List.of("s.destination", "s.feeMultiplier", "s.examPassMultiplier", "s.extraLapseHazard")),
                Arguments.of(new BanPolicy(null, -1, 2), List.of("s.destination", "s.banMonths", "s.expulsionRate")),
                Arguments.of(new Amnesty(null), List.of("s.destination")),
                Arguments.of(new ExchangeRateShock("EUR", 0), List.of("s.rateMultiplier", "s.currency")),
                Arguments.of(new ExchangeRateShock(null, 200), List.of("s.currency", "s.rateMultiplier")),
                Arguments.of(new ExchangeRatePath("XYZ", MonthlySeries.constant(0)), List.of("s.perUsd", "s.currency")),
                Arguments.of(new ExchangeRatePath("RUB", null), List.of("s.perUsd")),
                Arguments.of(new QuotaChange(null, -5), List.of("s.destination", "s.annualQuota")),
                Arguments.of(new EntryRouteChange(null, null, -1, 1.5),
                        List.of("s.destination", "s.route", "s.documentsUsd", "s.refusalRate")),
                Arguments.of(new EntryExam(null, 1.2, true), List.of("s.destination", "s.examPassRate")),
                Arguments.of(new SkillsProgramme(List.of(), 1.5), List.of("s.share", "s.regions")),
                Arguments.of(new SkillsProgramme(null, -0.1), List.of("s.regions", "s.share")),
                Arguments.of(new SkillsProgramme(Arrays.asList(Region.SUGHD, null), 0.5), List.of("s.regions[1]")),
                Arguments.of(new ConsularProtection(null, 11),
                        List.of("s.destination", "s.deportationShareMultiplier")),
                // null means every corridor, so only the fee is wrong
                Arguments.of(new TransferFeeChange(null, -0.1), List.of("s.transferFeeRate")),
                Arguments.of(new WageShock(null, -0.5), List.of("s.destination", "s.wageMultiplier")));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void badFieldsAreReportedWithTheirPaths(Shock shock, List<String> expectedPaths) {
        assertEquals(expectedPaths, problems(shock));
    }

    @Test
    void unknownCurrencyMessageListsTheKnownOnes() {
        Problems p = new Problems();
        new ExchangeRateShock("EUR", 2).validate(p, FieldPath.of("s"));
        assertEquals(1, p.list().size());
        String message = p.list().get(0).message();
        for (String code : List.of("RUB", "KZT", "TRY", "AED", "KRW", "GBP", "USD", "TJS")) {
            assertTrue(message.contains(code), message);
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
