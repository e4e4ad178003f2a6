package org.muhojir.core.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The months a destination's border has been closed in a row: for each, its calendar month (1 to 12), its month
 * index in the run, and the return rule's position factors of that month ({@link ReturnPosition#snapshot}). What the
 * migrants stranded there would have done, had they been free to go home.
 */
final class ClosedMonths implements Serializable {
    private static final long serialVersionUID = 1L;

    private record Month(int calendarMonth, int monthIndex, double[] factors) implements Serializable {
    }

    private final List<Month> months = new ArrayList<>();

    void add(int calendarMonth, int monthIndex, double[] factors) {
        months.add(new Month(calendarMonth, monthIndex, factors));
    }

    int size() {
        return months.size();
    }

    int calendarMonth(int i) {
        return months.get(i).calendarMonth();
    }

    int monthIndex(int i) {
        return months.get(i).monthIndex();
    }

    double[] factors(int i) {
        return months.get(i).factors();
    }
}
