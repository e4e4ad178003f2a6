package org.muhojir.core.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Step-function semantics of {@link MonthlySeries}. */
class MonthlySeriesTest {
    // 10 from 2023-01, 20 from 2023-06, 30 from 2024-01
    private static final MonthlySeries SERIES = MonthlySeries.of(Map.of(
            YearMonth.of(2023, 6), 20.0,
            YearMonth.of(2024, 1), 30.0,
            YearMonth.of(2023, 1), 10.0));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "1990-01, 10, before the first point the first value holds",
        "2022-12, 10, before the first point the first value holds",
        "2023-01, 10, each point holds until the next",
        "2023-05, 10, each point holds until the next",
        "2023-06, 20, each point holds until the next",
        "2023-12, 20, each point holds until the next",
        "2024-01, 30, each point holds until the next",
        "2024-02, 30, after the last point the last value holds",
        "2100-12, 30, after the last point the last value holds"})
    void aStepFunctionOfItsPoints(String month, double expected, String rule) {
        assertEquals(expected, SERIES.at(YearMonth.parse(month)), rule);
    }

    @Test
    void annualValuesStartInJanuary() {
        MonthlySeries s = MonthlySeries.annual(Map.of(2020, 5.0, 2022, 7.0));
        assertEquals(YearMonth.of(2020, 1), s.points().firstKey());
        assertEquals(YearMonth.of(2022, 1), s.points().lastKey());
        assertEquals(5, s.at(YearMonth.of(2019, 6))); // before the first year
        assertEquals(5, s.at(YearMonth.of(2021, 12))); // 2021 has no value: 2020's holds
        assertEquals(7, s.at(YearMonth.of(2022, 1)));
        assertEquals(7, s.at(YearMonth.of(2030, 7)));
        assertEquals(MonthlySeries.of(Map.of(YearMonth.of(2020, 1), 5.0, YearMonth.of(2022, 1), 7.0)), s);
    }

    @Test
    void constantHoldsInEveryMonth() {
        MonthlySeries c = MonthlySeries.constant(3.5);
        assertEquals(3.5, c.at(YearMonth.of(1900, 1)));
        assertEquals(3.5, c.at(YearMonth.of(2023, 7)));
        assertEquals(3.5, c.at(YearMonth.of(2200, 12)));
        assertEquals(3.5, c.min());
    }

    @Test
    void equalityIsByPoints() {
        Map<YearMonth, Double> reversed = new LinkedHashMap<>();
        reversed.put(YearMonth.of(2024, 1), 30.0);
        reversed.put(YearMonth.of(2023, 6), 20.0);
        reversed.put(YearMonth.of(2023, 1), 10.0);
        MonthlySeries same = MonthlySeries.of(reversed);
        assertEquals(SERIES, same);
        assertEquals(SERIES.hashCode(), same.hashCode());
        reversed.put(YearMonth.of(2023, 1), 11.0);
        assertNotEquals(SERIES, MonthlySeries.of(reversed));
        assertNotEquals(MonthlySeries.constant(1), MonthlySeries.constant(2));
    }

    @Test
    void isImmutable() {
        Map<YearMonth, Double> source = new HashMap<>(Map.of(YearMonth.of(2023, 1), 1.0));
        MonthlySeries s = MonthlySeries.of(source);
        source.put(YearMonth.of(2023, 1), 99.0);
        assertEquals(1, s.at(YearMonth.of(2023, 1)));
        assertThrows(UnsupportedOperationException.class, () -> s.points().put(YearMonth.of(2024, 1), 2.0));
    }

    @Test
    void needsAtLeastOnePoint() {
        assertThrows(IllegalArgumentException.class, () -> MonthlySeries.of(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> MonthlySeries.annual(Map.of()));
    }
}
