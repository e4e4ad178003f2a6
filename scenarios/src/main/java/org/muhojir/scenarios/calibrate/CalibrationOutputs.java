package org.muhojir.scenarios.calibrate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.muhojir.core.calibration.CalibrationResult;
import org.muhojir.core.calibration.EvaluationRecord;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.TargetFit;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.json.JsonWriter;
import org.muhojir.scenarios.load.ScenarioOverrides;
import org.muhojir.scenarios.output.Csv;
import org.muhojir.scenarios.output.Numbers;
import org.muhojir.scenarios.output.OutputFolder;

/**
 * The files of {@code muhojir calibrate}: {@code fitted-parameters.json}, {@code objective-history.csv},
 * {@code fit-table.csv}, {@code calibrated-scenario.json} (extends the anchor and sets the fitted values; loadable by
 * {@code muhojir run}) and {@code targets.json} (the targets file as read, for the record).
 */
public final class CalibrationOutputs {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Column names of {@code fit-table.csv}; the last two say what each target adds to the objective: its error in
     * tolerances and its term, weight times that error squared (they sum to the objective).
     */
    public static final String FIT_TABLE_HEADER = "anchor,target,moment,year,observed,tolerance,weight,"
            + "simulated_mean,ci95_low,ci95_high,relative_error,pass,error_in_tolerances,objective_term";

    private CalibrationOutputs() {
    }

    /**
     * The anchor scenario with every fitted value applied, at the anchor's own sample fraction.
     *
     * @param anchor the anchor scenario as loaded (not the calibration's sample)
     */
    public static Scenario fittedScenario(Scenario anchor, CalibrationResult r) {
        Scenario s = anchor;
        for (int i = 0; i < r.parameters().size(); i++) {
            s = r.parameters().get(i).apply(s, r.fitted().values().get(i));
        }
        return s;
    }

    /**
     * Writes every file into {@code folder}.
     *
     * @param anchorRef    how {@code calibrated-scenario.json} names the anchor in {@code extends}
     * @param anchor       the anchor scenario as loaded
     * @param targetsText  the targets file's text
     * @return the files written
     */
    public static List<String> write(Path folder, CalibrationResult r, String anchorRef, Scenario anchor,
                                     String targetsText, String targetsShownAs) throws IOException {
        fittedParameters(folder.resolve("fitted-parameters.json"), r);
        history(folder.resolve("objective-history.csv"), r);
        fitTable(folder.resolve("fit-table.csv"), r.fitTable());
        Scenario fitted = fittedScenario(anchor, r);
        String description = "The scenario '" + anchor.name() + "' with its free parameters fitted by muhojir "
                + "calibrate to the targets of " + targetsShownAs + " (objective " + Numbers.csv(r.fitted()
                .objective()) + ", " + r.fitted().passing() + " of " + r.fitTable().size() + " targets within "
                + "tolerance on the calibration sample). See fit-table.csv and fitted-parameters.json beside it.";
        Files.writeString(folder.resolve("calibrated-scenario.json"), JsonWriter.write(ScenarioOverrides.extending(
                anchorRef, anchor, fitted, calibratedName(anchor.name()), description)), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("targets.json"), targetsText, StandardCharsets.UTF_8);
        return OutputFolder.written(folder);
    }

    /** The calibrated scenario's name: {@code baseline-calibrated}, and the same again for a calibrated one. */
    static String calibratedName(String anchor) {
        return anchor.endsWith("-calibrated") ? anchor : anchor + "-calibrated";
    }

    static void fittedParameters(Path file, CalibrationResult r) throws IOException {
        ObjectNode top = MAPPER.createObjectNode();
        top.put("objectiveAtStart", number(r.initial().objective()));
        top.put("objectiveFitted", number(r.fitted().objective()));
        top.put("evaluations", r.evaluations());
        top.put("optimiser", TargetsFile.optimiserName(r.settings().method()));
        top.put("seconds", r.elapsed().toMillis() / 1000.0);
        ArrayNode ps = top.putArray("parameters");
        for (int i = 0; i < r.parameters().size(); i++) {
            FreeParameter p = r.parameters().get(i);
            ObjectNode o = ps.addObject();
            o.put("name", p.name());
            o.put("unit", p.unit());
            o.put("value", number(r.fitted().values().get(i)));
            o.put("lower", number(p.lower()));
            o.put("upper", number(p.upper()));
            o.put("start", number(r.initial().values().get(i)));
            o.put("searchStart", number(r.searchStart().get(i)));
            o.put("atBound", r.fitted().values().get(i) <= p.lower() || r.fitted().values().get(i) >= p.upper());
        }
        Files.writeString(file, MAPPER.writeValueAsString(top) + "\n", StandardCharsets.UTF_8);
    }

    static void history(Path file, CalibrationResult r) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("evaluation,objective");
            for (FreeParameter p : r.parameters()) {
                w.write("," + Csv.cell(p.name()));
            }
            w.write("\n");
            for (EvaluationRecord e : r.history()) {
                w.write(e.evaluation() + "," + Numbers.csv(e.objective()));
                for (double v : e.values()) {
                    w.write("," + Numbers.csv(v));
                }
                w.write("\n");
            }
        }
    }

    static void fitTable(Path file, List<TargetFit> fits) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(FIT_TABLE_HEADER + "\n");
            for (TargetFit f : fits) {
                var t = f.target();
                w.write(Csv.cell(f.anchor()) + ',' + Csv.cell(t.id()) + ',' + t.moment().name() + ',' + t.year() + ','
                        + Numbers.csv(t.value()) + ',' + Numbers.csv(t.tolerance()) + ',' + Numbers.csv(t.weight())
                        + ',' + Numbers.csv(f.mean()) + ',' + Numbers.csv(f.lower95()) + ','
                        + Numbers.csv(f.upper95()) + ',' + Numbers.csv(f.relativeError()) + ','
                        + (f.passes() ? "pass" : "fail") + ',' + Numbers.csv(f.errorInTolerances()) + ','
                        + Numbers.csv(f.objectiveTerm()) + '\n');
            }
        }
    }

    static BigDecimal number(double v) {
        return Double.isFinite(v) ? new BigDecimal(Numbers.csv(v)) : null;
    }
}
