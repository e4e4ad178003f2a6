package org.muhojir.scenarios.output;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.scenarios.run.UserError;

/**
 * The history of a scenario ({@code muhojir history}): the scenario reported from its first simulated month after
 * the warm-up ({@link Scenario#historyStart()} if it has one, else its start) to the last month of data, with its
 * history's months reported rather than run silently, and nothing else changed.
 */
public final class HistoryScenario {
    private HistoryScenario() {
    }

    /**
     * {@code s} reported from its history's first month to {@link #lastMonthOfData}, named {@code NAME-history}.
     *
     * @throws UserError if the data end before the history begins
     */
    public static Scenario of(Scenario s) throws UserError {
        YearMonth first = s.firstSimulatedMonth();
        YearMonth last = lastMonthOfData(s);
        if (last.isBefore(first)) {
            throw new UserError("'" + s.name() + "' starts in " + first + ", after the last month of data (" + last
                    + "), so it has no history to report");
        }
        int months = (int) ChronoUnit.MONTHS.between(first, last) + 1;
        return s.withPeriod(first, months).named(s.name() + "-history", "The history of '"
                + s.name() + "': every month from " + first + " to the last month of data, " + last + ", reported "
                + "(whatever period the scenario itself reports), and compared with every figure of the calibration "
                + "years in " + HistoryFitFiles.PAGE + " beside this page. The scenario: " + s.description());
    }

    /**
     * The last month of data: the earliest last month of the scenario's dated inputs that move every month (the
     * rouble's and the somoni's exchange rates to the dollar, Russia's wages and Tajikistan's prices), beyond which
     * a run holds or extrapolates them.
     */
    public static YearMonth lastMonthOfData(Scenario s) {
        List<MonthlySeries> inputs = List.of(s.destination(Destination.RUSSIA).localPerUsd(), s.macro().tjsPerUsd(),
                s.destination(Destination.RUSSIA).labour().wageIndex(), s.macro().prices());
        return inputs.stream().map(MonthlySeries::lastMonth).min(YearMonth::compareTo).orElseThrow();
    }

    /** Whether {@code months} hold every month of {@code year}. */
    static boolean simulatedInFull(List<YearMonth> months, int year) {
        return Stream.iterate(YearMonth.of(year, 1), m -> m.plusMonths(1)).limit(12).allMatch(months::contains);
    }
}
