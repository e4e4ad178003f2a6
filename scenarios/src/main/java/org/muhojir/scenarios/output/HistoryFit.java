package org.muhojir.scenarios.output;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muhojir.core.calibration.CalibrationFigure;
import org.muhojir.core.calibration.HistoryTargets;
import org.muhojir.core.calibration.Moment;
import org.muhojir.core.calibration.Target;
import org.muhojir.core.calibration.UnmodelledFigure;
import org.muhojir.core.calibration.UnmodelledFigures;
import org.muhojir.core.outcome.ConfidenceInterval;

/**
 * The history run against every figure of the calibration years: one {@link Row} per figure of
 * {@link HistoryTargets} (the simulated moment's mean and 95% interval across replications where the run simulates
 * the figure's year in full) and per figure of {@link UnmodelledFigures}; and each catalogue moment's simulated
 * value in every year the run simulates in full, held-out years marked ({@link Point}: simulated values only).
 *
 * @param rows   the fit table, catalogue figures first (by year), then the unmodelled ones
 * @param series each moment's simulated path, by moment (catalogue order) then year
 */
public record HistoryFit(List<Row> rows, List<Point> series) {
    /** What became of a figure in the run. */
    public enum Result {
        /** The simulated mean is within the figure's tolerance. */
        PASS("pass"),
        /** The simulated mean is outside the figure's tolerance. */
        FAIL("fail"),
        /** The run does not simulate the figure's year in full. */
        NOT_SIMULATED("not simulated"),
        /** No moment of the model measures the figure. */
        NOT_MODELLED("not modelled");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        /** The result as the table writes it. */
        public String label() {
            return label;
        }
    }

    /**
     * One figure of the table.
     *
     * @param id        the figure's id
     * @param year      the year the moment is computed over (the figure's year, or the year it stands for)
     * @param moment      the moment's name; empty for a figure not modelled
     * @param unit        the moment's unit; empty for a figure not modelled
     * @param description what the figure is, in words
     * @param observed  the observed figure, in the moment's unit (for a figure not modelled, as the file gives it)
     * @param simulated the moment's mean and 95% interval across replications (of the run's
     *                  {@link ScenarioRuns#intervals()} kind); null unless simulated
     * @param tolerance the target's tolerance (NaN if not modelled)
     * @param result    pass, fail, not simulated or not modelled
     * @param weight    the target's weight (NaN if not modelled)
     * @param data      the cell of {@code data/} the figure is read from
     * @param note      the target's source, or why the figure is not modelled
     */
    public record Row(String id, int year, String moment, String unit, String description, String observed,
                      ConfidenceInterval simulated, double tolerance, Result result, double weight, String data,
                      String note) {
        /** "fitted" (weight above 0), "reported" (weight 0) or "not modelled". */
        public String use() {
            return result == Result.NOT_MODELLED ? "not modelled" : weight > 0 ? "fitted" : "reported";
        }
    }

    /**
     * A moment's simulated value in one year.
     *
     * @param moment    the moment
     * @param year      the calendar year (simulated in full)
     * @param heldOut   whether the year is held out (no observed figure of it exists in the project)
     * @param simulated mean and 95% interval across replications
     */
    public record Point(Moment moment, int year, boolean heldOut, ConfidenceInterval simulated) {
    }

    public HistoryFit {
        rows = List.copyOf(rows);
        series = List.copyOf(series);
    }

    /** The fit of {@code runs}, the replications of a history run. */
    public static HistoryFit of(ScenarioRuns runs) {
        List<Integer> years = fullYears(runs.months());
        List<Row> rows = new ArrayList<>();
        Map<String, Moment> moments = new LinkedHashMap<>();
        for (CalibrationFigure f : HistoryTargets.figures()) {
            rows.add(row(f, years.contains(f.target().year()) ? runs : null));
            moments.putIfAbsent(f.target().moment().name(), f.target().moment());
        }
        for (UnmodelledFigure u : UnmodelledFigures.all()) {
            rows.add(new Row(u.id(), u.year(), "", "", u.description(), u.value(), null, Double.NaN,
                    Result.NOT_MODELLED, Double.NaN, u.data().toString(), u.reason()));
        }
        List<Point> series = new ArrayList<>();
        for (Moment m : moments.values()) {
            for (int y : years) {
                series.add(new Point(m, y, HistoryTargets.HELD_OUT_YEARS.contains(y), interval(m, y, runs)));
            }
        }
        return new HistoryFit(rows, series);
    }

    /** The rows of figures measured by {@code moment}. */
    public List<Row> rowsOf(Moment moment) {
        return rows.stream().filter(r -> r.moment().equals(moment.name())).toList();
    }

    /** The years of {@code months} that are simulated in full, in order. */
    static List<Integer> fullYears(List<YearMonth> months) {
        return months.stream().map(YearMonth::getYear).distinct()
                .filter(y -> HistoryScenario.simulatedInFull(months, y)).toList();
    }

    private static Row row(CalibrationFigure f, ScenarioRuns runs) {
        Target t = f.target();
        ConfidenceInterval simulated = runs == null ? null : interval(t.moment(), t.year(), runs);
        Result result = simulated == null ? Result.NOT_SIMULATED : t.passes(simulated.mean()) ? Result.PASS
                : Result.FAIL;
        return new Row(t.id(), t.year(), t.moment().name(), t.moment().unit(), t.description(), Numbers.csv(t.value()),
                simulated,
                t.tolerance(), result, t.weight(), f.data().toString(), t.source());
    }

    /** The moment in {@code year} across the replications: mean and 95% interval of the runs' kind. */
    private static ConfidenceInterval interval(Moment m, int year, ScenarioRuns runs) {
        return runs.intervals().of(runs.runs().stream().mapToDouble(r -> m.value(r, year)).toArray());
    }
}
