package org.muhojir.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of the calibration years' figures: calibration years only, ids unique, each target cites the
 * series its data cell reads, weight 0 says why, and the history's targets are those of every calibration year. (The values
 * against the data files are checked in the scenarios module, which reads JSON.)
 */
class HistoryTargetsTest {
    private static final Set<Integer> CALIBRATION_YEARS = Set.of(2010, 2011, 2012, 2013, 2017, 2018, 2019, 2023);

    @Test
    void everyFigureIsOfACalibrationYearWithAUniqueId() {
        Set<String> ids = new HashSet<>();
        for (CalibrationFigure f : HistoryTargets.figures()) {
            assertTrue(CALIBRATION_YEARS.contains(f.target().year()), f.target().id());
            assertTrue(ids.add(f.target().id()), "repeated id " + f.target().id());
        }
        for (UnmodelledFigure u : UnmodelledFigures.all()) {
            assertTrue(CALIBRATION_YEARS.contains(u.year()), u.id());
            assertTrue(ids.add(u.id()), "repeated id " + u.id());
        }
    }

    @Test
    void everyTargetCitesTheSeriesItsCellReadsAndSaysWhyItIsNotFitted() {
        for (CalibrationFigure f : HistoryTargets.figures()) {
            Target t = f.target();
            assertTrue(t.source().startsWith("data:"), t.id());
            assertTrue(t.source().contains("data:" + f.data().seriesKey() + " "), t.id() + " cites "
                    + t.source() + " but reads " + f.data());
            assertTrue(f.fitted() || t.source().contains("reported, not fitted"), t.id());
            assertTrue(t.tolerance() < Math.abs(t.value()), t.id() + ": a tolerance as large as the figure");
        }
    }

    @Test
    void theHistoryHasEveryTargetOfEveryCalibrationYear() {
        List<Target> history = CalibrationTargets.history();
        assertEquals(HistoryTargets.figures().size(), history.size(), "the history from 2010 simulates every year");
        assertTrue(history.stream().allMatch(t -> t.year() >= 2010));
        assertTrue(history.containsAll(CalibrationTargets.targets2023()), "the 2023 anchor's targets");
        Set<Integer> fittedYears = new HashSet<>();
        history.stream().filter(t -> t.weight() > 0).forEach(t -> fittedYears.add(t.year()));
        assertEquals(CALIBRATION_YEARS, fittedYears, "each calibration year has a fitted figure");
    }
}
