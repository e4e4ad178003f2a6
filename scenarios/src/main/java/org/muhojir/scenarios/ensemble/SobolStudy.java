package org.muhojir.scenarios.ensemble;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.SaltelliSample;
import org.muhojir.core.calibration.SobolAnalysis;
import org.muhojir.core.calibration.SobolDesign;
import org.muhojir.core.calibration.SobolIndex;
import org.muhojir.core.calibration.SobolResult;
import org.muhojir.core.calibration.YearMoment;
import org.muhojir.core.replication.StoppedException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.output.Csv;
import org.muhojir.scenarios.output.Numbers;

/**
 * A Sobol analysis of a scenario as an ensemble: the Saltelli design's points (core's {@link SaltelliSample}) in
 * the factors' units, each run with replications on an {@link EnsembleEngine}, the outcomes averaged over the
 * replications (common random numbers at every point), and core's estimator ({@link SobolAnalysis}).
 *
 * @param ensemble the ensemble of the design's points
 * @param design   the design
 * @param outcomes the outcomes
 */
public record SobolStudy(Ensemble ensemble, SobolDesign design, List<YearMoment> outcomes) {

    /**
     * The study of {@code base} over {@code factors} (each over its bounds) for {@code outcomes}; the scenario is run
     * to the end of the last outcome's year.
     *
     * @throws IllegalArgumentException if an outcome's year is not simulated in full, or the design is refused
     */
    public static SobolStudy of(Scenario base, List<FreeParameter> factors, List<YearMoment> outcomes,
                                SobolDesign design, int replications, long seed) {
        Scenario scenario = throughYear(base, outcomes);
        double[][] unit = SaltelliSample.points(factors.size(), design);
        double[][] points = new double[unit.length][factors.size()];
        for (int p = 0; p < unit.length; p++) {
            for (int i = 0; i < factors.size(); i++) {
                points[p][i] = factors.get(i).fromUnit(unit[p][i]);
            }
        }
        Ensemble e = new Ensemble(List.of(scenario), factors.stream().map(FreeParameter::name).toList(), points,
                replications, seed, outcomes, Detail.MOMENTS);
        return new SobolStudy(e, design, List.copyOf(outcomes));
    }

    /** {@code base} shortened or lengthened to end with the last outcome's year. */
    static Scenario throughYear(Scenario base, List<YearMoment> outcomes) {
        int lastYear = outcomes.stream().mapToInt(YearMoment::year).max()
                .orElseThrow(() -> new IllegalArgumentException("a Sobol analysis needs at least one outcome"));
        int firstYear = outcomes.stream().mapToInt(YearMoment::year).min().getAsInt();
        if (firstYear < base.start().getYear() || firstYear == base.start().getYear()
                && base.start().getMonthValue() != 1) {
            throw new IllegalArgumentException("outcome year " + firstYear + " is not simulated in full: '"
                    + base.name() + "' starts " + base.start());
        }
        int months = (lastYear - base.start().getYear()) * 12 + 13 - base.start().getMonthValue();
        return base.withPeriod(base.start(), months);
    }

    /** Runs the design on {@code engine} and estimates the indices. */
    public Outcome run(EnsembleEngine engine, BooleanSupplier stop) throws StoppedException {
        List<RunRecord> records = engine.run(ensemble, stop);
        double[][] y = pointMeans(records);
        SobolResult result = SobolAnalysis.estimate(ensemble.factorNames(),
                outcomes.stream().map(YearMoment::label).toList(), y, design);
        return new Outcome(result, y, records);
    }

    /** The outcomes at each point: the means over its replications. */
    private double[][] pointMeans(List<RunRecord> records) {
        double[][] y = new double[ensemble.pointCount()][outcomes.size()];
        for (RunRecord r : records) {
            for (int o = 0; o < outcomes.size(); o++) {
                y[r.item().point()][o] += r.moments()[o] / ensemble.replications();
            }
        }
        return y;
    }

    /**
     * What a study found.
     *
     * @param result      the indices
     * @param pointValues the outcomes at each point (means over replications), in the points' order
     * @param records     every run's record
     */
    public record Outcome(SobolResult result, double[][] pointValues, List<RunRecord> records) {
    }

    /** Writes {@code sobol.csv} (the indices) and {@code sobol-points.csv} (each point and its outcomes). */
    public List<String> write(Path folder, Outcome o) throws IOException {
        try (Writer w = Files.newBufferedWriter(folder.resolve("sobol.csv"), StandardCharsets.UTF_8)) {
            w.write("outcome,factor,first_order,first_order_ci95_low,first_order_ci95_high,total,total_ci95_low,"
                    + "total_ci95_high,rank\n");
            for (SobolIndex s : o.result().indices()) {
                w.write(Csv.cell(s.outcome()) + ',' + Csv.cell(s.factor()) + ',' + Numbers.csv(s.first()) + ','
                        + Numbers.csv(s.firstLow()) + ',' + Numbers.csv(s.firstHigh()) + ',' + Numbers.csv(s.total())
                        + ',' + Numbers.csv(s.totalLow()) + ',' + Numbers.csv(s.totalHigh()) + ','
                        + (Double.isNaN(s.total()) ? "" : Integer.toString(s.rank())) + '\n'); // no rank of nothing
            }
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve("sobol-points.csv"), StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>(List.of("point", "matrix"));
            ensemble.factorNames().forEach(n -> header.add(Csv.cell(n)));
            outcomes.forEach(m -> header.add(m.label()));
            w.write(String.join(",", header) + "\n");
            int k = ensemble.factorNames().size();
            for (int p = 0; p < ensemble.pointCount(); p++) {
                StringBuilder line = new StringBuilder().append(p).append(',').append(matrix(p % (k + 2)));
                for (double v : ensemble.point(p)) {
                    line.append(',').append(Numbers.csv(v));
                }
                for (double v : o.pointValues()[p]) {
                    line.append(',').append(Numbers.csv(v));
                }
                w.write(line.append('\n').toString());
            }
        }
        return List.of("sobol.csv", "sobol-points.csv");
    }

    /** The matrix a point belongs to: A, B, or AB1 ... ABk (A with factor i from B). */
    private static String matrix(int position) {
        return position == 0 ? "A" : position == 1 ? "B" : "AB" + (position - 1);
    }
}
