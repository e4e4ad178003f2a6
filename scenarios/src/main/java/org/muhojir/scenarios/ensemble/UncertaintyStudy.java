package org.muhojir.scenarios.ensemble;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.muhojir.core.outcome.Quantiles;
import org.muhojir.core.replication.StoppedException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.output.Csv;
import org.muhojir.scenarios.output.Numbers;

/**
 * A parameter-uncertainty ensemble: a scenario run at every draw of its parameters ({@link Draws}), with
 * replications at each (the same random numbers at every draw), every run reporting its yearly catalogue values.
 * The spread across draws of each value's mean over replications is the outcome's uncertainty that comes from the
 * parameters.
 *
 * @param ensemble the ensemble: one scenario, the draws as points
 * @param draws    the draws
 */
public record UncertaintyStudy(Ensemble ensemble, Draws draws) {
    /** The quantiles written for each value: 2.5%, 50% and 97.5%. */
    private static final double[] QUANTILES = {0.025, 0.5, 0.975};

    /**
     * The study of {@code base} at {@code draws}.
     *
     * @throws IllegalArgumentException if a parameter is unknown or a draw is outside its bounds
     */
    public static UncertaintyStudy of(Scenario base, Draws draws, int replications, long seed) {
        return new UncertaintyStudy(new Ensemble(List.of(base), draws.names(), draws.values(), replications, seed,
                List.of(), Detail.ANNUAL), draws);
    }

    /** Runs every draw's replications on {@code engine}. */
    public List<RunRecord> run(EnsembleEngine engine, BooleanSupplier stop) throws StoppedException {
        return engine.run(ensemble, stop);
    }

    /**
     * Writes {@code draws.csv} (the draws run), {@code runs.csv} (every run's yearly values) and
     * {@code uncertainty.csv}: per year, metric and group, over the draws' means across replications: the number of
     * draws, mean, standard deviation, and the 2.5%, 50% and 97.5% quantiles.
     */
    public List<String> write(Path folder, List<RunRecord> records) throws IOException {
        try (Writer w = Files.newBufferedWriter(folder.resolve("draws.csv"), StandardCharsets.UTF_8)) {
            w.write("draw," + String.join(",", draws.names().stream().map(Csv::cell).toList()) + "\n");
            for (int d = 0; d < draws.values().length; d++) {
                StringBuilder line = new StringBuilder().append(d);
                for (double v : draws.values()[d]) {
                    line.append(',').append(Numbers.csv(v));
                }
                w.write(line.append('\n').toString());
            }
        }
        AnnualTable.writeCsv(folder.resolve("runs.csv"), ensemble, records);
        writeSpread(folder.resolve("uncertainty.csv"), records);
        return List.of("draws.csv", "runs.csv", "uncertainty.csv");
    }

    private void writeSpread(Path file, List<RunRecord> records) throws IOException {
        Scenario s = ensemble.scenarios().get(0);
        AnnualTable t = AnnualTable.of(s);
        int rows = t.rows().size();
        int n = ensemble.pointCount();
        double[][] means = new double[t.years().size() * rows][n];
        for (RunRecord r : records) {
            for (int i = 0; i < means.length; i++) {
                means[i][r.item().point()] += r.annual()[i] / ensemble.replications();
            }
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("scenario,year,months,metric,group,unit,draws,mean,sd,p2_5,p50,p97_5\n");
            for (int y = 0; y < t.years().size(); y++) {
                for (int k = 0; k < rows; k++) {
                    double[] v = means[y * rows + k];
                    var row = t.rows().get(k);
                    StringBuilder line = new StringBuilder().append(Csv.cell(s.name())).append(',')
                            .append(t.years().get(y)).append(',').append(t.months().get(y)).append(',')
                            .append(row.name()).append(',').append(Csv.cell(row.group())).append(',')
                            .append(Csv.cell(row.metric().annualUnit())).append(',').append(n).append(',')
                            .append(Numbers.csv(mean(v))).append(',').append(Numbers.csv(sd(v)));
                    for (double q : QUANTILES) {
                        line.append(',').append(Numbers.csv(Quantiles.of(v, q)));
                    }
                    w.write(line.append('\n').toString());
                }
            }
        }
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).sum() / v.length;
    }

    private static double sd(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        return Math.sqrt(Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / (v.length - 1));
    }
}
