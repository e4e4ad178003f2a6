package org.muhojir.scenarios.load;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.muhojir.core.param.FieldInfo;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Problem;
import org.muhojir.scenarios.format.FieldSpec;
import org.muhojir.scenarios.format.JsonShape;
import org.muhojir.scenarios.format.ScenarioFormat;
import org.muhojir.scenarios.json.Json;
import org.muhojir.scenarios.json.JsonPath;
import org.muhojir.scenarios.json.Source;

/**
 * Places a problem that core found in the files: follows its {@link FieldPath} step by step down the merged tree
 * (which remembers where each value was written) to the value's file, line and JSON path
 * ({@code destinations[Russia].entry.examPassRate} is {@code $.destinations.Russia.entry.examPassRate},
 * {@code population.urbanShare[2]} is {@code $.population.urbanShare.Khatlon}).
 */
final class CoreProblems {
    private CoreProblems() {
    }

    /** {@code problem} placed in the merged tree; a value that no file wrote is placed at the nearest one that did. */
    static ScenarioProblem locate(Json.Obj merged, Problem problem, String topFile) {
        Walk w = Walk.down(merged, problem.path());
        String message = problem.message() + refusedHint(w.spec, w.node);
        if (problem.related() != null) {
            message = message.replace(problem.related().toString(), where(Walk.down(merged, problem.related()), w));
        }
        String hint = problem.hint().isEmpty() ? "" : "; " + problem.hint();
        if (w.node != null && w.node.source().inFile()) {
            return new ScenarioProblem(w.node.source(), w.node.source().path(), message + hint);
        }
        Source near = w.lastInFile != null ? w.lastInFile.source() : new Source(topFile, 1, 1, "$");
        return new ScenarioProblem(near, w.path, message + " (this value comes from "
                + (w.node == null ? "the scenario" : w.node.source().file()) + ")" + hint);
    }

    /**
     * What the number {@code node} that core refused for {@code field} probably meant, as " (...)" to follow the
     * message, or empty: a share written as a percentage ({@code 20} for 20%: "20% is 0.2"), or a multiplier written
     * as a change ({@code -20} for a cut of 20%: "a 20% cut is 0.8"). The value is read from the file, not from the
     * message.
     */
    static String refusedHint(FieldSpec field, Json node) {
        if (field == null || field.info() == null || !(node instanceof Json.Num n)) {
            return "";
        }
        double v = n.value().doubleValue();
        FieldInfo info = field.info();
        String unit = info.unit();
        boolean share = unit.startsWith("share") || unit.startsWith("probability")
                || info.min() == 0 && info.max() == 1 && !info.minExclusive();
        if (share && v > 1 && v <= 100) {
            return " (" + plain(v) + "% is " + plain(v / 100) + ")";
        }
        if (unit.equals(FieldInfo.RATE_FACTOR) && v < 0 && v >= -100) {
            double written = v <= -1 ? -v : -v * 100;
            double fall = written < 100 ? written : 90; // a currency cannot lose all its value: an example that can
            return " (this is a factor on units of the currency per US dollar, not a change: a currency that loses "
                    + plain(fall) + "% of its value is 1 / (1 - " + plain(fall / 100) + ") = "
                    + plain(Math.round(1e4 / (1 - fall / 100)) / 1e4) + ", one that gains " + plain(fall) + "% is 1 / "
                    + plain(1 + fall / 100) + " = " + plain(Math.round(1e4 / (1 + fall / 100)) / 1e4)
                    + ", and 1 leaves the rate unchanged)";
        }
        if (unit.startsWith("factor") && v < 0 && v >= -100) {
            double cut = v <= -1 ? -v : -v * 100;
            return " (this is a multiplier, not a change: a " + plain(cut) + "% cut is " + plain(1 - cut / 100)
                    + ", a " + plain(cut) + "% rise " + plain(1 + cut / 100) + ", and 1 leaves the value unchanged)";
        }
        return "";
    }

    /** {@code x} as people write it: 0.2, 0.07, 3 (to nine decimals, without a trailing zero). */
    private static String plain(double x) {
        return new BigDecimal(x).setScale(9, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** How a problem names another value: its JSON path, and its file if that is another. */
    private static String where(Walk other, Walk from) {
        if (other.node == null) {
            return other.path;
        }
        Source a = other.node.source();
        boolean sameFile = from.node != null && from.node.source().file().equals(a.file());
        return sameFile ? a.path() : a.path() + " of " + a.file();
    }

    /** A walk down the merged tree that follows the format's shapes. */
    private static final class Walk {
        Json node;
        JsonShape shape = ScenarioFormat.SCENARIO;
        /** The field of the format last stepped into (kept through a list's items), or null. */
        FieldSpec spec;
        Json lastInFile;
        String path = "$";

        private Walk(Json root) {
            node = root;
            note();
        }

        static Walk down(Json.Obj root, FieldPath path) {
            Walk w = new Walk(root);
            for (FieldPath.Step s : path.steps()) {
                if (w.node == null) {
                    break;
                }
                if (s instanceof FieldPath.Field f) {
                    w.field(f.name());
                } else if (s instanceof FieldPath.Key k) {
                    w.key(k.key());
                } else {
                    w.item(((FieldPath.Item) s).index());
                }
            }
            return w;
        }

        void field(String name) {
            JsonShape next = null;
            if (shape instanceof JsonShape.Rec r) {
                FieldSpec f = r.field(name);
                next = f != null ? f.shape() : shockDates(name);
                spec = f;
            } else {
                spec = null;
            }
            step(name, next);
        }

        void key(String label) {
            spec = null;
            step(label, shape instanceof JsonShape.Destinations d ? d.value()
                    : shape instanceof JsonShape.Events e ? e.shocks() : null);
        }

        void item(int i) {
            if (shape instanceof JsonShape.Keyed k) {
                step(k.keys().get(i), new JsonShape.Number(false));
            } else if (shape instanceof JsonShape.Numbers) {
                element(i, new JsonShape.Number(false));
            } else if (shape instanceof JsonShape.ChoiceList c) {
                element(i, c.element());
            } else if (shape instanceof JsonShape.Shocks s) {
                spec = null;
                element(i, null);
                if (node instanceof Json.Obj o && o.get("type") instanceof Json.Str t) {
                    shape = s.types().get(t.value());
                }
            } else {
                node = null;
            }
        }

        private void step(String key, JsonShape next) {
            path = JsonPath.child(path, key);
            node = node instanceof Json.Obj o ? o.get(key) : null;
            shape = next;
            note();
        }

        private void element(int i, JsonShape next) {
            path = JsonPath.item(path, i);
            node = node instanceof Json.Arr a && i < a.items().size() ? a.items().get(i) : null;
            shape = next;
            note();
        }

        private void note() {
            if (node != null && node.source().inFile()) {
                lastInFile = node;
                path = node.source().path();
            }
        }

        private static JsonShape shockDates(String name) {
            return switch (name) {
                case "start", "end" -> new JsonShape.Month();
                case "months" -> new JsonShape.Number(true);
                default -> null;
            };
        }
    }
}
