package org.muhojir.scenarios.ensemble;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.calibration.Moments;
import org.muhojir.core.calibration.YearMoment;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.format.TreeWriter;
import org.muhojir.scenarios.json.JsonWriter;
import org.muhojir.scenarios.load.ScenarioFileException;
import org.muhojir.scenarios.load.ScenarioLoader;

/**
 * An {@link Ensemble} as plain values that can travel to other machines (Java serialization, as Spark sends a
 * task's closure): each scenario as its resolved scenario file (the {@code scenario.resolved.json} of a run, every
 * value written out), factors and moments by name. {@link #open()} rebuilds the ensemble; {@link #of} checks that
 * every scenario read back from its file equals the original, so a run elsewhere runs the very same scenario.
 *
 * @param scenarioFiles the scenarios' resolved files, JSON text
 * @param factorNames   the factors' names
 * @param points        the parameter points
 * @param replications  replications per scenario and point
 * @param seed          the master seed
 * @param momentNames   the moments' names ({@link Moments})
 * @param momentYears   each moment's year
 * @param detail        what each run reports
 * @param variantFiles  per scenario, the resolved file of the scenario each replication runs; empty when the
 *                      replications run their scenario itself
 */
public record EnsembleSpec(List<String> scenarioFiles, List<String> factorNames, double[][] points,
                           int replications, long seed, List<String> momentNames, List<Integer> momentYears,
                           Detail detail, List<List<String>> variantFiles) implements Serializable {
    private static final long serialVersionUID = 1L;

    public EnsembleSpec {
        scenarioFiles = List.copyOf(scenarioFiles);
        factorNames = List.copyOf(factorNames);
        momentNames = List.copyOf(momentNames);
        momentYears = List.copyOf(momentYears);
        variantFiles = variantFiles.stream().map(List::copyOf).toList();
    }

    static EnsembleSpec of(Ensemble e) {
        List<String> files = e.scenarios().stream().map(EnsembleSpec::file).toList();
        List<List<String>> variants = e.variants() == null ? List.of()
                : e.variants().stream().map(v -> v.stream().map(EnsembleSpec::file).toList()).toList();
        double[][] points = new double[e.pointCount()][];
        for (int p = 0; p < points.length; p++) {
            points[p] = e.point(p);
        }
        return new EnsembleSpec(files, e.factorNames(), points, e.replications(), e.seed(),
                e.moments().stream().map(m -> m.moment().name()).toList(),
                e.moments().stream().map(YearMoment::year).toList(), e.detail(), variants);
    }

    /** A scenario's resolved file, checked to read back equal. */
    private static String file(Scenario s) {
        String text = JsonWriter.write(TreeWriter.scenario(s, "resolved"));
        if (!read(text).equals(s)) {
            throw new IllegalStateException("scenario '" + s.name() + "' does not read back equal from its "
                    + "resolved file; it cannot be sent to other machines");
        }
        return text;
    }

    /** The ensemble these values describe. */
    public Ensemble open() {
        List<Scenario> scenarios = scenarioFiles.stream().map(EnsembleSpec::read).toList();
        List<YearMoment> moments = new ArrayList<>();
        for (int i = 0; i < momentNames.size(); i++) {
            moments.add(new YearMoment(Moments.byName(momentNames.get(i)), momentYears.get(i)));
        }
        Ensemble e = new Ensemble(scenarios, factorNames, points, replications, seed, moments, detail);
        return variantFiles.isEmpty() ? e : e.withVariants(variantFiles.stream()
                .map(v -> v.stream().map(EnsembleSpec::read).toList()).toList());
    }

    /** Reads a resolved scenario file's text (through a temporary file: the loader reads files). */
    private static Scenario read(String text) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("muhojir-ensemble-", ".json");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            return ScenarioLoader.standard().load(tmp.toString()).scenario();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ScenarioFileException e) {
            throw new IllegalStateException("a resolved scenario did not load: " + e.report(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
