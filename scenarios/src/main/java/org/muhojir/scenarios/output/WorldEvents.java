package org.muhojir.scenarios.output;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.scenario.WorldEvent;

/**
 * The dated events of the world ({@link Scenario#events()}) that a scenario's simulated months reach (its history
 * included, the warm-up not), and the core defaults' events it leaves out there. They are not the scenario's shocks
 * (every scenario inherits them from the world), so reports and {@code describe} list them apart, in words.
 */
public final class WorldEvents {
    private WorldEvents() {
    }

    /**
     * One line an event, in the scenario's order: its name and each shock it has in the simulated months (marked when
     * the scenario changes or adds the event), then one line for each event of the defaults that the scenario leaves
     * out in those months (a counterfactual's).
     */
    public static List<String> in(Scenario s) {
        YearMonth first = s.firstSimulatedMonth();
        YearMonth last = s.end();
        List<String> out = new ArrayList<>();
        List<WorldEvent> defaults = TajikistanDefaults.events();
        for (WorldEvent e : s.events()) {
            List<String> reached = e.shocks().stream().filter(sh -> reaches(sh, first, last))
                    .map(sh -> sh.shock().describe() + ", " + span(sh)).toList();
            if (!reached.isEmpty()) {
                boolean known = defaults.stream().anyMatch(d -> d.name().equals(e.name()));
                out.add(e.name() + ": " + String.join("; ", reached) + (defaults.contains(e) ? ""
                        : known ? " (as the scenario gives it; the core default differs)" : " (the scenario's own)"));
            }
        }
        Set<String> kept = s.events().stream().filter(e -> !e.shocks().isEmpty()).map(WorldEvent::name)
                .collect(Collectors.toSet());
        for (WorldEvent e : TajikistanDefaults.events()) {
            if (!kept.contains(e.name()) && e.shocks().stream().anyMatch(sh -> reaches(sh, first, last))) {
                out.add(e.name() + ": left out (the world without it, a counterfactual)");
            }
        }
        return out;
    }

    private static boolean reaches(ScheduledShock sh, YearMonth first, YearMonth last) {
        return !sh.start().isAfter(last) && !sh.last().isBefore(first);
    }

    private static String span(ScheduledShock e) {
        return "from " + e.start() + (e.months() >= ScheduledShock.UNTIL_END ? " on"
                : " for " + e.months() + " month" + (e.months() == 1 ? "" : "s"));
    }
}
