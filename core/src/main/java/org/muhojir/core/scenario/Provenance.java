package org.muhojir.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.muhojir.core.param.FieldInfo;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Param;
import org.muhojir.core.param.Source;
import org.muhojir.core.policy.ScheduledShock;

/**
 * Where each value of a scenario comes from. A value equal to the core default ({@link TajikistanDefaults}) has the
 * default's sources, as its field's {@link Param#source()} declares them (per destination where they differ); a
 * value that differs, and every shock, was set by the scenario; the settings of a run (its name, period and
 * sample) stay settings. The run manifest and the report list them, so a
 * reader sees which values of a run are assumptions.
 */
public final class Provenance {
    /**
     * Where one value comes from.
     *
     * @param path    the value's path in the scenario
     * @param sources every statement about it, in order (at least one)
     */
    public record Entry(FieldPath path, List<Source> sources) {
        /** Copies {@code sources} (NullPointerException if it or a statement is null). */
        public Entry {
            sources = List.copyOf(sources);
        }

        /** The kind of the first statement: what sort of value this mainly is. */
        public Source.Kind kind() {
            return sources.get(0).kind();
        }

        /** The statements joined by "; ". */
        public String text() {
            return String.join("; ", sources.stream().map(Source::text).toList());
        }
    }

    /**
     * A value of a scenario that differs from the core default, not a setting of the run: what a reader of its
     * results must know besides its shocks.
     *
     * @param path        the value's path in the scenario
     * @param value       the scenario's value
     * @param coreDefault the core default's ({@link TajikistanDefaults})
     */
    public record Change(FieldPath path, Object value, Object coreDefault) {
        /** {@code destinations[Russia].entry.examPassRate = 0.8 (core default 0.97)}. */
        @Override
        public String toString() {
            return path + " = " + value + " (core default " + coreDefault + ")";
        }
    }

    /** What the walk over a scenario and the core default hears of each value that is neither a record nor a shock. */
    @FunctionalInterface
    private interface Visit {
        void value(FieldPath path, FieldInfo field, String destination, Object value, Object coreDefault);
    }

    private Provenance() {
    }

    /** The provenance of every value of {@code scenario}, in field order; shocks last. */
    public static List<Entry> of(Scenario scenario) {
        List<Entry> out = new ArrayList<>();
        walk(scenario, TajikistanDefaults.baseline(), FieldPath.ROOT, "", (path, f, destination, v, d) -> {
            List<Source> declared = f.sourcesFor(destination);
            out.add(new Entry(path, isSetting(declared) || Objects.equals(v, d) ? declared
                    : List.of(Source.scenario("set by the scenario (the core default differs)"))));
        });
        events(scenario, out);
        shocks(scenario.shocks(), FieldPath.ROOT.field("shocks"), out);
        return out;
    }

    /** Each event's source: the defaults' for an event as the defaults have it, else the scenario's. */
    private static void events(Scenario scenario, List<Entry> out) {
        for (WorldEvent e : scenario.events()) {
            boolean asDefault = TajikistanDefaults.events().contains(e);
            out.add(new Entry(FieldPath.ROOT.field("events").key(e.name()), List.of(asDefault
                    ? Source.parse(TajikistanDefaults.EVENT_SOURCES.get(e.name()))
                    : Source.scenario("an event as the scenario gives it (the core default differs)"))));
        }
    }

    /** The values of {@code scenario} that differ from the core default, in field order (shocks not included). */
    public static List<Change> changes(Scenario scenario) {
        List<Change> out = new ArrayList<>();
        walk(scenario, TajikistanDefaults.baseline(), FieldPath.ROOT, "", (path, f, destination, v, d) -> {
            if (!isSetting(f.sourcesFor(destination)) && !Objects.equals(v, d)) {
                out.add(new Change(path, v, d));
            }
        });
        return out;
    }

    private static boolean isSetting(List<Source> declared) {
        return declared.get(0).kind() == Source.Kind.SETTING;
    }

    /** The paths of the values of {@code scenario} that are assumptions. */
    public static List<FieldPath> assumptions(Scenario scenario) {
        return of(scenario).stream().filter(e -> e.kind() == Source.Kind.ASSUMPTION).map(Entry::path).toList();
    }

    /** Every value of {@code value} that is neither a record nor a shock, with the default's, in field order. */
    @SuppressWarnings("unchecked")
    private static void walk(Record value, Record dflt, FieldPath at, String destination, Visit visit) {
        for (FieldInfo f : FieldInfo.of((Class<? extends Record>) value.getClass())) {
            Object v = f.value(value);
            Object d = f.value(dflt);
            FieldPath path = at.field(f.name());
            if (v instanceof Record r && d instanceof Record dr) {
                walk(r, dr, path, destination, visit);
            } else if (f.name().equals("destinations") && value instanceof Scenario s) {
                for (DestinationSpec spec : s.destinations()) {
                    String label = spec.destination().label();
                    walk(spec, ((Scenario) dflt).destination(spec.destination()), path.key(label), label, visit);
                }
            } else if (!f.name().equals("shocks") && !f.name().equals("events") && !f.name().equals("destination")) {
                visit.value(path, f, destination, v, d);
            }
        }
    }

    private static void shocks(List<ScheduledShock> shocks, FieldPath at, List<Entry> out) {
        for (int i = 0; i < shocks.size(); i++) {
            out.add(new Entry(at.item(i), List.of(Source.scenario("a shock of the scenario: "
                    + shocks.get(i).shock().describe()))));
        }
    }
}
