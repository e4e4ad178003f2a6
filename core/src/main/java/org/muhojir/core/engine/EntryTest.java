package org.muhojir.core.engine;

import java.io.Serializable;
import java.util.List;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.population.Households;
import org.muhojir.core.scenario.NumberLists;
import org.muhojir.core.world.Destination;

/**
 * A destination's entry test as all phases see it. A test's pass rate ({@link Conditions#examPassRate}) is the
 * share of all candidates who pass (the published failure rates are such averages); where the test is in Russian
 * a candidate's chance follows their Russian ({@code russianExamFit}), scaled so that the average over the
 * population's Russian levels ({@code russianLevelShare}) is the pass rate again: the pass rate is not counted
 * twice. The chances by level are worked out once a month, after the policy phase has resolved the conditions.
 */
final class EntryTest implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int D = Destination.COUNT;
    private static final int BISECTIONS = 60;

    /** This month's probability (0..1) of passing, by destination and Russian level. */
    private final double[][] passByLevel;
    private final double[] levelShare;
    private final double[] fit;

    EntryTest(List<Double> russianLevelShare, List<Double> russianExamFit) {
        levelShare = NumberLists.toArray(russianLevelShare);
        fit = NumberLists.toArray(russianExamFit);
        passByLevel = new double[D][fit.length];
    }

    /** Works out this month's chances from the pass rates and languages in force in {@code c}. */
    void update(Conditions c) {
        for (int d = 0; d < D; d++) {
            double rate = c.examPassRate[d];
            double scale = c.russianExam[d] ? scaleKeepingAverage(rate) : 0;
            for (int level = 0; level < fit.length; level++) {
                passByLevel[d][level] = c.russianExam[d] ? Math.min(1, scale * fit[level]) : rate;
            }
        }
    }

    /** Probability (0..1) that household {@code h}'s candidate passes destination {@code d}'s test this month. */
    double passProbability(Households hh, int h, int d) {
        return passProbability(d, hh.russian[h]);
    }

    /** Probability (0..1) that a candidate with Russian level {@code level} passes destination {@code d}'s test. */
    double passProbability(int d, int level) {
        return passByLevel[d][level];
    }

    /**
     * The factor {@code k} on the fits for which the population's average of {@code min(1, k x fit)} is
     * {@code rate} (the average rises with {@code k}, so bisection finds it); if no factor reaches the rate (a fit
     * of 0 with a rate of 1) the largest useful one.
     */
    private double scaleKeepingAverage(double rate) {
        double low = 0;
        double high = 1 / smallestPositiveFit();
        if (average(high) <= rate) {
            return high;
        }
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = (low + high) / 2;
            if (average(mid) < rate) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private double average(double scale) {
        double sum = 0;
        for (int level = 0; level < fit.length; level++) {
            sum += levelShare[level] * Math.min(1, scale * fit[level]);
        }
        return sum;
    }

    private double smallestPositiveFit() {
        double smallest = 1;
        for (double f : fit) {
            if (f > 0) {
                smallest = Math.min(smallest, f);
            }
        }
        return smallest;
    }
}
