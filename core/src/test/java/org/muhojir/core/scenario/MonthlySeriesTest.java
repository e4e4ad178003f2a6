package org.muhojir.core.scenario;

import org.muhojir.core.param.MonthlySeries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Step-function semantics of {@link MonthlySeries}. */
class MonthlySeriesTest {
    // 10 from 2023-01, 20 from 2023-06, 30 from 2024-01
    private static final MonthlySeries SERIES = MonthlySeries.of(Map.of(
            YearMonth.of(2023, 6), 20.0,
            YearMonth.of(2024, 1), 30.0,
            YearMonth.of(2023, 1), 10.0));

    @Test
    void beforeTheFirstPointTheFirstValueHolds() {
        assertEquals(10, SERIES.at(YearMonth.of(2022, 12)));
        assertEquals(10, SERIES.at(YearMonth.of(1990, 1)));
    }

    @Test
    void eachPointHoldsUntilTheNext() {
        assertEquals(10, SERIES.at(YearMonth.of(2023, 1)));
        assertEquals(10, SERIES.at(YearMonth.of(2023, 5)));
        assertEquals(20, SERIES.at(YearMonth.of(2023, 6)));
        assertEquals(20, SERIES.at(YearMonth.of(2023, 12)));
        assertEquals(30, SERIES.at(YearMonth.of(2024, 1)));
    }

    @Test
    void afterTheLastPointTheLastValueHolds() {
        assertEquals(30, SERIES.at(YearMonth.of(2024, 2)));
        assertEquals(30, SERIES.at(YearMonth.of(2100, 12)));
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
