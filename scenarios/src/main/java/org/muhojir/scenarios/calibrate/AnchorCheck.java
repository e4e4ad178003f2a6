package org.muhojir.scenarios.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.HistoryTargets;
import org.muhojir.core.calibration.Target;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.json.Json;
import org.muhojir.scenarios.json.JsonReader;

/**
 * A targets file read against the scenario it calibrates, every problem at once with its place in the file: a target
 * of a year the anchor does not simulate in full, a free parameter whose value in the anchor is outside its bounds;
 * and, as warnings, targets of the years the project holds out for replaying history (their observed outcomes are
 * not to be fitted: docs/calibration.md).
 */
public final class AnchorCheck {
    private final TargetsFile file;
    private final String shownAs;
    /** The file's JSON tree, for the places of its values. */
    private final Json top;

    /**
     * @param file    the targets file as read
     * @param shownAs how messages name it
     * @param text    its text, for the places of its values
     */
    public AnchorCheck(TargetsFile file, String shownAs, String text) {
        this.file = file;
        this.shownAs = shownAs;
        this.top = JsonReader.read(shownAs, text).tree();
    }

    /** Each problem with {@code anchor}: "file:line:column: path: message", as the file's own problems are. */
    public List<String> problems(Scenario anchor) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < file.targets().size(); i++) {
            Target t = file.targets().get(i);
            if (!t.simulatedInFullBy(anchor)) {
                problems.add(place("targets", i, "year") + "target '" + t.id() + "' is for " + t.year()
                        + ", which anchor '" + anchor.name() + "' does not simulate in full (it runs from "
                        + anchor.start() + " to " + anchor.end() + "); give a year from " + anchor.firstWholeYear()
                        + " to " + anchor.lastWholeYear() + ", or an anchor whose months cover it");
            }
        }
        for (int j = 0; j < file.parameters().size(); j++) {
            FreeParameter p = file.parameters().get(j);
            if (!p.startsWithinBounds(anchor)) {
                problems.add(place("freeParameters", j, null) + "free parameter '" + p.name() + "' is "
                        + String.format(Locale.ROOT, "%.6g", p.valueIn(anchor)) + " in anchor '" + anchor.name()
                        + "', outside its bounds " + p.lower() + " to " + p.upper() + "; widen the bounds to include "
                        + "it (the search starts from the anchor's value)");
            }
        }
        return problems;
    }

    /** A warning for each target of a held-out year (fitted or only reported), with its place. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < file.targets().size(); i++) {
            Target t = file.targets().get(i);
            if (HistoryTargets.HELD_OUT_YEARS.contains(t.year())) {
                warnings.add(place("targets", i, "year") + "target '" + t.id() + "' is of " + t.year()
                        + ", a year held out for replaying history (docs/calibration.md, section 14): its observed "
                        + "outcomes are kept out of the project, and a model fitted to them can no longer be tested "
                        + "on them");
            }
        }
        return warnings;
    }

    /**
     * The anchor that cannot be loaded, as a problem of this file: "file:line:column: $.anchor: " and what is wrong
     * with it ({@code why}, the loader's report of the anchor's own files).
     */
    public String anchorProblem(String why) {
        Json node = top instanceof Json.Obj o ? o.get("anchor") : null;
        String place = node == null ? shownAs + ": " : node.source() + ": " + node.source().path() + ": ";
        return place + "the anchor '" + file.anchor() + "' (the scenario the targets are fitted on) cannot be loaded; "
                + "give a bundled scenario's name (muhojir list) or the path of a scenario file, relative to the "
                + "targets file. " + why;
    }

    /** "file:line:column: $.targets[1].year: ", or the file's name alone where the value has no place in it. */
    private String place(String list, int index, String field) {
        Json node = top instanceof Json.Obj o && o.get(list) instanceof Json.Arr a && index < a.items().size()
                ? a.items().get(index) : null;
        if (node instanceof Json.Obj item && field != null && item.get(field) != null) {
            node = item.get(field);
        }
        return node == null ? shownAs + ": " : node.source() + ": " + node.source().path() + ": ";
    }
}
