package org.muhojir.scenarios.output;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.scenario.WorldEvent;

/**
 * The dated events of the world ({@link Scenario#events()}) that a scenario's simulated months reach (its history
 * included; of the warm-up's, only what the first simulated month has), and the core defaults' events it leaves out
 * there. They are not the scenario's shocks (every scenario inherits them from the world), so reports and
 * {@code describe} list them apart, in words.
 */
public final class WorldEvents {
    private WorldEvents() {
    }

    /**
     * One line an event the simulated months reach, in the order the events start: its name and each of its shocks
     * in those months (marked when the scenario changes or adds the event), or, for an event of the defaults that the
     * scenario leaves out, that it is left out (a counterfactual's).
     */
    public static List<String> in(Scenario s) {
        YearMonth first = s.firstSimulatedMonth();
        YearMonth last = s.end();
        Map<String, WorldEvent> defaults = new LinkedHashMap<>();
        TajikistanDefaults.events().forEach(e -> defaults.put(e.name(), e));
        Map<String, YearMonth> starts = new LinkedHashMap<>();
        Map<String, String> lines = new LinkedHashMap<>();
        for (WorldEvent e : s.events()) {
            WorldEvent d = defaults.get(e.name());
            List<String> reached = e.shocks().stream().filter(sh -> sh.inForceWithin(first, last))
                    .map(sh -> sh.shock().describe() + ", " + span(sh) + replacedBy(sh, s)).toList();
            if (!reached.isEmpty()) {
                starts.put(e.name(), start(e));
                lines.put(e.name(), e.name() + ": " + String.join("; ", reached) + (e.equals(d) ? ""
                        : d != null ? " (as the scenario gives it; the core default differs)" : " (the scenario's own)"));
            }
        }
        Set<String> kept = s.events().stream().map(WorldEvent::name).collect(Collectors.toSet());
        for (WorldEvent d : defaults.values()) {
            if (!kept.contains(d.name()) && reaches(d, first, last)) {
                starts.put(d.name(), start(d));
                lines.put(d.name(), d.name() + ": left out (the world without it, a counterfactual)");
            }
        }
        return starts.keySet().stream().sorted(java.util.Comparator.comparing(starts::get)).map(lines::get).toList();
    }

    /**
     * Where each event of the defaults that the simulated months reach, as the defaults give it, comes from
     * ({@link TajikistanDefaults#EVENT_SOURCES}), one line an event in the order of {@link #in}: its name and source.
     * An event the scenario changes, adds or leaves out has no line (its source is the scenario's author).
     */
    public static List<String> sources(Scenario s) {
        YearMonth first = s.firstSimulatedMonth();
        YearMonth last = s.end();
        List<WorldEvent> defaults = TajikistanDefaults.events();
        return s.events().stream()
                .filter(e -> defaults.contains(e) && reaches(e, first, last))
                .sorted(java.util.Comparator.comparing(WorldEvents::start))
                .map(e -> e.name() + ": " + TajikistanDefaults.EVENT_SOURCES.get(e.name())).toList();
    }

    /**
     * Where the scenario's own shocks set what the event's shock {@code sh} sets in some of its months (an exam of the
     * scenario's in place of the world's): ", the scenario's own in its place from 2027-01 on", one clause each; the
     * event's shock is cut around their months ({@link org.muhojir.core.scenario.Timeline}). Empty if none does.
     */
    private static String replacedBy(ScheduledShock sh, Scenario s) {
        StringBuilder out = new StringBuilder();
        for (ScheduledShock own : s.shocks()) {
            boolean sameValue = sh.shock().conflictsWith(own.shock()) || own.shock().conflictsWith(sh.shock());
            if (sameValue && sh.inForceWithin(own.start(), own.last())) {
                out.append(", the scenario's own in its place ").append(span(own));
            }
        }
        return out.toString();
    }

    /** Whether any of the event's shocks is in force in a month from {@code first} to {@code last}. */
    private static boolean reaches(WorldEvent e, YearMonth first, YearMonth last) {
        return e.shocks().stream().anyMatch(sh -> sh.inForceWithin(first, last));
    }

    private static YearMonth start(WorldEvent e) {
        return e.shocks().stream().map(ScheduledShock::start).min(YearMonth::compareTo).orElseThrow();
    }

    private static String span(ScheduledShock e) {
        return "from " + e.start() + (e.months() >= ScheduledShock.UNTIL_END ? " on"
                : " " + ShockDates.forMonths(e.months()));
    }
}
