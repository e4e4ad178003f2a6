package org.muhojir.scenarios.calibrate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.LaplacePosterior;
import org.muhojir.core.calibration.ParameterDraws;
import org.muhojir.core.calibration.ParameterUncertainty;
import org.muhojir.scenarios.json.Json;
import org.muhojir.scenarios.load.Suggest;

/**
 * A parameter-uncertainty file ({@code parameter-uncertainty.json}, written by {@code muhojir calibrate
 * --uncertainty}; format in {@code docs/calibration.md}): the calibrated parameters with their bounds and
 * estimates, and the covariance of the estimates. {@code muhojir run --parameter-draws} reads one to run each
 * replication at its own draw of the parameters. Read strictly, every problem reported with its line, column and
 * JSON path.
 *
 * @param uncertainty the estimates and covariance, and how the covariance was obtained (from the file)
 * @param parameters  the free parameters, in the file's order, with the file's bounds
 */
public record UncertaintyFile(ParameterUncertainty uncertainty, List<FreeParameter> parameters) {
    /** Where the bundled file for the present-day calibration is packed in the jar (scenarios/calibration/). */
    public static final String BUNDLED = "calibration/parameter-uncertainty-history.json";

    static final List<String> TOP = List.of("description", "method", "targets", "parameters", "covariance");
    static final List<String> PARAMETER = List.of("name", "unit", "lower", "upper", "estimate", "standardError",
            "priorStandardDeviation", "identified");

    public UncertaintyFile {
        parameters = List.copyOf(parameters);
    }

    /** Draws of these parameters for a run with {@code seed}. */
    public ParameterDraws draws(long seed) {
        return new ParameterDraws(uncertainty, parameters, seed);
    }

    /** The text of the bundled file. */
    public static String bundledText() {
        return BundledText.of(BUNDLED);
    }

    /**
     * Reads a parameter-uncertainty file.
     *
     * @param shownAs how the file is named in messages
     * @throws CalibrationFileException listing every problem, if there is any
     */
    public static UncertaintyFile read(String shownAs, String text) throws CalibrationFileException {
        FileProblems p = new FileProblems();
        Json.Obj top = p.top(shownAs, text, "a parameter-uncertainty file", TOP);
        String method = p.text(top, "method", false, "");
        List<FreeParameter> parameters = new ArrayList<>();
        List<Double> estimates = new ArrayList<>();
        int listed = readParameters(top, p, parameters, estimates);
        List<List<Double>> covariance = covariance(top, p, listed);
        if (!p.all().isEmpty()) {
            throw new CalibrationFileException(shownAs, p.all());
        }
        try {
            ParameterUncertainty u = new ParameterUncertainty(parameters.stream().map(FreeParameter::name).toList(),
                    estimates, covariance, method);
            return new UncertaintyFile(u, parameters);
        } catch (IllegalArgumentException e) {
            p.add(top.get("covariance"), e.getMessage());
            throw new CalibrationFileException(shownAs, p.all());
        }
    }

    /** Reads the parameters into {@code out} and {@code estimates}; returns how many the file lists. */
    private static int readParameters(Json.Obj top, FileProblems p, List<FreeParameter> out,
                                      List<Double> estimates) {
        Json v = top.get("parameters");
        if (!(v instanceof Json.Arr a) || a.items().isEmpty()) {
            p.add(v == null ? top : v, "\"parameters\" must be a non-empty array of objects {\"name\": ..., "
                    + "\"estimate\": ...}");
            return 0;
        }
        Map<String, FreeParameter> known = ParameterNames.all();
        Set<String> seen = new HashSet<>();
        for (Json item : a.items()) {
            Json.Obj o = p.object(item, "a parameter");
            if (o == null) {
                continue;
            }
            p.onlyKnown(o, PARAMETER);
            String name = p.text(o, "name", true, null);
            double estimate = p.number(o, "estimate", true, Double.NaN);
            FreeParameter fp = name == null ? null : known.get(name);
            if (name != null && fp == null) {
                p.add(o.get("name"), "unknown free parameter \"" + name + "\"." + Suggest.didYouMean(name,
                        known.keySet()) + " Known: " + String.join(", ", known.keySet()));
                continue;
            }
            if (fp == null) {
                continue;
            }
            if (!seen.add(fp.name())) {
                p.add(o.get("name"), "free parameter \"" + name + "\" appears twice");
                continue;
            }
            double lower = p.number(o, "lower", false, fp.lower());
            double upper = p.number(o, "upper", false, fp.upper());
            if (!(lower < upper)) {
                p.add(o, "bounds of \"" + name + "\" must have lower < upper, were " + lower + " and " + upper);
                continue;
            }
            if (!(estimate >= lower && estimate <= upper)) {
                p.add(o.get("estimate") == null ? o : o.get("estimate"), "\"estimate\" of \"" + name + "\" must "
                        + "lie within its bounds " + lower + " to " + upper + ", was " + estimate);
                continue;
            }
            out.add(fp.withBounds(lower, upper));
            estimates.add(estimate);
        }
        return a.items().size();
    }

    private static List<List<Double>> covariance(Json.Obj top, FileProblems p, int n) {
        List<List<Double>> rows = new ArrayList<>();
        Json v = top.get("covariance");
        if (!(v instanceof Json.Arr a)) {
            p.add(v == null ? top : v, "\"covariance\" must be an array of rows of numbers, one row per parameter");
            return rows;
        }
        if (a.items().size() != n) {
            p.add(a, "\"covariance\" has " + a.items().size() + " rows; it needs one per parameter (" + n + ")");
        }
        for (Json row : a.items()) {
            rows.add(covarianceRow(row, p, n));
        }
        return rows;
    }

    private static List<Double> covarianceRow(Json row, FileProblems p, int n) {
        List<Double> values = new ArrayList<>();
        if (!(row instanceof Json.Arr r) || r.items().size() != n) {
            p.add(row, "a row of \"covariance\" must be an array of " + n + " numbers (one per parameter), found "
                    + (row instanceof Json.Arr r ? "an array of " + r.items().size() : Json.show(row)));
            return values;
        }
        for (Json x : r.items()) {
            if (x instanceof Json.Num num) {
                values.add(num.value().doubleValue());
            } else {
                p.add(x, "a covariance must be a number, found " + Json.show(x));
            }
        }
        return values;
    }

    /**
     * Writes what a calibration's targets say about its parameters.
     *
     * @param parameters the calibration's free parameters (with its bounds), in the posterior's order
     * @param targets    how the targets file is named, for the record
     */
    public static void write(Path file, LaplacePosterior posterior, List<FreeParameter> parameters, String targets)
            throws IOException {
        ParameterUncertainty u = posterior.uncertainty();
        ObjectNode top = CalibrationOutputs.MAPPER.createObjectNode();
        top.put("description", "What the calibration targets say about the free parameters: estimates and the "
                + "covariance of their errors, in the parameters' units. muhojir run --parameter-draws FILE runs "
                + "each replication at its own draw. Written by muhojir calibrate --uncertainty.");
        top.put("method", u.method());
        top.put("targets", targets + ": " + String.join(", ", posterior.targets()));
        ArrayNode ps = top.putArray("parameters");
        for (int i = 0; i < u.size(); i++) {
            FreeParameter fp = parameters.get(i);
            ObjectNode o = ps.addObject();
            o.put("name", fp.name());
            o.put("unit", fp.unit());
            o.put("lower", CalibrationOutputs.number(fp.lower()));
            o.put("upper", CalibrationOutputs.number(fp.upper()));
            o.put("estimate", CalibrationOutputs.number(u.estimate().get(i)));
            o.put("standardError", CalibrationOutputs.number(u.standardError(i)));
            o.put("priorStandardDeviation", CalibrationOutputs.number(posterior.priorSd().get(i)));
            o.put("identified", CalibrationOutputs.number(posterior.identified(i)));
        }
        ArrayNode rows = top.putArray("covariance");
        for (List<Double> row : u.covariance()) {
            ArrayNode r = rows.addArray();
            row.forEach(x -> r.add(CalibrationOutputs.number(x)));
        }
        Files.writeString(file, CalibrationOutputs.MAPPER.writeValueAsString(top) + "\n", StandardCharsets.UTF_8);
    }
}
