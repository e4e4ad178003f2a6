package org.muhojir.gui;

import java.time.YearMonth;
import org.muhojir.core.engine.MuhojirModel;
import sim.engine.Schedule;

/**
 * MASON's schedule, telling its time as the simulated month: the Console's counter (its "Time" display, which
 * asks the schedule for {@link #getTimestamp(double, String, String)}) then reads "2024-03", the month a student
 * sees in the map's title and the charts, not MASON's step count (0 for the first month). Nothing else changes: the
 * schedule steps exactly as MASON's own, so a model run under it gives the same months as headless.
 *
 * <p>One schedule step is one month: schedule time 0 simulates the scenario's first reported month (see
 * {@code MuhojirModel.monthAt}).
 */
final class MonthSchedule extends Schedule {
    private static final long serialVersionUID = 1L;
    private final YearMonth first;
    private final YearMonth last;

    /** A schedule whose time 0 is {@code first}, for a run ending with {@code last}. */
    MonthSchedule(YearMonth first, YearMonth last) {
        this.first = first;
        this.last = last;
    }

    /**
     * Gives {@code model} (new: not yet started, nothing scheduled) a schedule that tells its time as the month
     * simulated; returns it.
     *
     * @throws IllegalStateException if the model's schedule has started
     */
    static MuhojirModel install(MuhojirModel model) {
        if (model.schedule.getTime() != Schedule.BEFORE_SIMULATION || model.schedule.getSteps() != 0) {
            throw new IllegalStateException("the model's schedule has already started");
        }
        model.schedule = new MonthSchedule(model.scenario().start(), model.scenario().end());
        return model;
    }

    /**
     * The month simulated at schedule time {@code time} ("2024-03"); {@code beforeSimulationString} before the first
     * step and the run's last month after it has ended.
     */
    @Override
    public String getTimestamp(double time, String beforeSimulationString, String afterSimulationString) {
        if (time < EPOCH) {
            return beforeSimulationString;
        }
        if (time >= AFTER_SIMULATION) {
            return last.toString();
        }
        return first.plusMonths(Math.round(time)).toString();
    }
}
