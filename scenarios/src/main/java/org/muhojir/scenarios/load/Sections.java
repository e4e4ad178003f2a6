package org.muhojir.scenarios.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muhojir.scenarios.format.FieldSpec;
import org.muhojir.scenarios.format.JsonShape;
import org.muhojir.scenarios.format.ScenarioFormat;

/**
 * Where each field name of the format belongs: {@code remittanceShare} in {@code behaviour},
 * {@code examPassRate} in {@code destinations.NAME.entry}, {@code raidMultiplier} in a shock of type raidWave. A field
 * written in the wrong section is told where it goes, rather than offered the closest name of the wrong section.
 */
final class Sections {
    private static final Map<String, List<String>> PLACES = places();

    private Sections() {
    }

    /**
     * Where a field called {@code name} belongs ("\"behaviour\"", "a shock of type raidWave"), or null if no
     * section has one.
     */
    static String belongsIn(String name) {
        List<String> places = PLACES.get(name);
        if (places == null) {
            return null;
        }
        List<String> sections = places.stream().filter(p -> !p.startsWith(SHOCK)).toList();
        List<String> shocks = shockTypesWith(name);
        List<String> all = new ArrayList<>(sections);
        if (!shocks.isEmpty() && shocks.size() <= 3) {
            all.add("a shock of type " + or(shocks));
        } else if (shocks.size() > 3) {
            all.add("a shock (of type " + types(shocks) + ")");
        }
        return or(all);
    }

    /** The shock types that have a field called {@code name}, in the format's order (empty if none). */
    static List<String> shockTypesWith(String name) {
        return PLACES.getOrDefault(name, List.of()).stream().filter(p -> p.startsWith(SHOCK))
                .map(p -> p.substring(SHOCK.length())).toList();
    }

    /** Shock types as a message names them: all of up to three, else the first three "and N more". */
    static String types(List<String> shocks) {
        return shocks.size() <= 3 ? or(shocks)
                : String.join(", ", shocks.subList(0, 3)) + " and " + (shocks.size() - 3) + " more";
    }

    private static String or(List<String> l) {
        return l.size() == 1 ? l.get(0) : String.join(", ", l.subList(0, l.size() - 1)) + " or " + l.get(l.size() - 1);
    }

    private static final String SHOCK = "shock:";
    private static final String TOP = "the top level of the file";

    private static Map<String, List<String>> places() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        Checker.FILE_FIELDS.forEach(f -> add(m, f, TOP));
        record(m, ScenarioFormat.SCENARIO, "");
        return m;
    }

    private static void record(Map<String, List<String>> m, JsonShape.Rec r, String path) {
        for (FieldSpec f : r.fields()) {
            if (f.implicit()) {
                continue;
            }
            add(m, f.name(), path.isEmpty() ? TOP : "\"" + path + "\"");
            String sub = path.isEmpty() ? f.name() : path + "." + f.name();
            if (f.shape() instanceof JsonShape.Rec rec) {
                record(m, rec, sub);
            } else if (f.shape() instanceof JsonShape.Destinations d) {
                record(m, d.value(), sub + ".NAME");
            } else if (f.shape() instanceof JsonShape.Shocks || f.shape() instanceof JsonShape.Events) {
                JsonShape.Shocks s = f.shape() instanceof JsonShape.Events e ? e.shocks() : (JsonShape.Shocks) f.shape();
                Checker.SHOCK_FIELDS.forEach(n -> add(m, n, "a shock"));
                for (Map.Entry<String, JsonShape.Rec> t : s.types().entrySet()) {
                    for (FieldSpec sf : t.getValue().fields()) {
                        add(m, sf.name(), SHOCK + t.getKey());
                    }
                }
            }
        }
    }

    private static void add(Map<String, List<String>> m, String name, String place) {
        List<String> l = m.computeIfAbsent(name, k -> new ArrayList<>());
        if (!l.contains(place)) {
            l.add(place);
        }
    }
}
