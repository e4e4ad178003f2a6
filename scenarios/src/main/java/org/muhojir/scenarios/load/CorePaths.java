package org.muhojir.scenarios.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.muhojir.scenarios.format.FieldSpec;
import org.muhojir.scenarios.format.Spec;
import org.muhojir.scenarios.format.ScenarioFormat;
import org.muhojir.scenarios.json.Json;
import org.muhojir.scenarios.json.JsonPath;
import org.muhojir.scenarios.json.Source;

/**
 * Maps a problem that core found (with a field path such as {@code destinations[Russia].entry.examPassRate} or
 * {@code population.urbanShare[2]}) to the place in the files where the value was written, and to the JSON path
 * there ({@code $.destinations.Russia.entry.examPassRate}, {@code $.population.urbanShare.Khatlon}).
 */
final class CorePaths {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)((?:\\[[^\\]]*\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");

    private CorePaths() {
    }

    /** The problem {@code corePathAndMessage} ("path: message") located in the merged tree. */
    static ScenarioProblem locate(Json.Obj merged, String corePathAndMessage, String topFile) {
        int colon = corePathAndMessage.indexOf(": ");
        String corePath = colon < 0 ? "" : corePathAndMessage.substring(0, colon);
        String message = colon < 0 ? corePathAndMessage : corePathAndMessage.substring(colon + 2);
        Walk w = new Walk(merged);
        Matcher m = SEGMENT.matcher(corePath);
        while (w.node != null && m.find()) {
            w.field(m.group(1));
            Matcher idx = INDEX.matcher(m.group(2));
            while (w.node != null && idx.find()) {
                w.index(idx.group(1));
            }
        }
        if (w.node != null && w.node.source().inFile()) {
            return new ScenarioProblem(w.node.source(), w.node.source().path(), message);
        }
        Source near = w.lastInFile != null ? w.lastInFile.source() : new Source(topFile, 1, 1, "$");
        return new ScenarioProblem(near, w.path, message + " (this value comes from "
                + (w.node == null ? "the scenario" : w.node.source().file()) + ")");
    }

    /** A walk down the merged tree that follows the format's shapes. */
    private static final class Walk {
        Json node;
        Spec spec = ScenarioFormat.SCENARIO;
        Json lastInFile;
        String path = "$";

        Walk(Json root) {
            node = root;
            note();
        }

        void field(String name) {
            Spec next = null;
            if (spec instanceof Spec.Rec r) {
                FieldSpec f = r.field(name);
                next = f != null ? f.spec() : shockField(name);
            }
            path = JsonPath.child(path, name);
            node = node instanceof Json.Obj o ? o.get(name) : null;
            spec = next;
            note();
        }

        void index(String key) {
            if (spec instanceof Spec.Destinations d) {
                step(key, d.value());
            } else if (spec instanceof Spec.Keyed k) {
                step(k.keys().get(Integer.parseInt(key)), new Spec.Number(false));
            } else if (spec instanceof Spec.Numbers) {
                item(Integer.parseInt(key), new Spec.Number(false));
            } else if (spec instanceof Spec.ChoiceList c) {
                item(Integer.parseInt(key), c.element());
            } else if (spec instanceof Spec.Shocks s) {
                item(Integer.parseInt(key), null);
                if (node instanceof Json.Obj o && o.get("type") instanceof Json.Str t) {
                    spec = s.types().get(t.value());
                }
            } else {
                node = null;
            }
        }

        private void step(String key, Spec next) {
            path = JsonPath.child(path, key);
            node = node instanceof Json.Obj o ? o.get(key) : null;
            spec = next;
            note();
        }

        private void item(int i, Spec next) {
            path = JsonPath.item(path, i);
            node = node instanceof Json.Arr a && i < a.items().size() ? a.items().get(i) : null;
            spec = next;
            note();
        }

        private void note() {
            if (node != null && node.source().inFile()) {
                lastInFile = node;
                path = node.source().path();
            }
        }

        private static Spec shockField(String name) {
            return switch (name) {
                case "start", "end" -> new Spec.Month();
                case "months" -> new Spec.Number(true);
                default -> null;
            };
        }
    }
}
