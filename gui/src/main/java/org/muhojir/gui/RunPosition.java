package org.muhojir.gui;

import java.time.YearMonth;
import org.muhojir.core.engine.MuhojirModel;

/**
 * Where a run is, as the Console shows it, read from the model in one go between two months: the month simulated
 * last, how many of the run's months are simulated, and MASON's schedule steps (one a month).
 *
 * @param last      the month simulated last, null before the first
 * @param simulated months simulated so far
 * @param total     months in the run
 * @param start     the run's first month
 * @param before    what the run simulated before its first month, as {@link SimulatedDate#before} says it
 * @param steps     MASON's schedule steps taken (one a month)
 */
record RunPosition(YearMonth last, int simulated, int total, YearMonth start, String before, long steps) {
    /** The position of {@code model}; call it on the model's thread or holding its schedule's lock. */
    static RunPosition of(MuhojirModel model) {
        int simulated = model.outcomes().size();
        YearMonth last = simulated == 0 ? null : model.outcomes().get(simulated - 1).month();
        return new RunPosition(last, simulated, model.scenario().months(), model.scenario().start(),
                SimulatedDate.before(model.scenario().warmUpMonths(), model.scenario().historyStart()),
                model.schedule.getSteps());
    }

    /** The date line's text ({@link SimulatedDate#text}). */
    String dateText() {
        return SimulatedDate.text(last, simulated, total, start, before);
    }

    /**
     * What MASON's counter shows for MASON's display choice {@code display}: for "Time" (shown as "Month") the month
     * simulated last, as {@link MonthSchedule} tells it ("2024-12"), or "At Start"; for "Steps" the steps; for the
     * others nothing before the first month and null after it (MASON's own: the rate, or nothing).
     */
    String counterText(Object display) {
        if ("Time".equals(display)) {
            return last == null ? "At Start" : last.toString();
        }
        if ("Steps".equals(display)) {
            return Long.toString(steps);
        }
        return last == null ? "" : null;
    }
}
