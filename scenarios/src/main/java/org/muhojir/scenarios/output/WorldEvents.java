package org.muhojir.scenarios.output;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muhojir.core.policy.BanPolicy;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * The dated events of the world that a scenario's simulated months reach (its history included, the warm-up not):
 * each destination's border closure ({@code entry.closedFrom}) and campaign of mass bans
 * ({@code enforcement.campaignFrom}). They are not the scenario's shocks (every scenario inherits them from the
 * world), so reports and {@code describe} list them apart, in words.
 */
public final class WorldEvents {
    private WorldEvents() {
    }

    /**
     * One line an event, in the order the events start (then of the destinations); closures of the same months are
     * one line.
     */
    public static List<String> in(Scenario s) {
        YearMonth first = s.firstSimulatedMonth();
        YearMonth last = s.end();
        Map<String, List<String>> closures = new LinkedHashMap<>();
        List<String> campaigns = new ArrayList<>();
        for (Destination d : Destination.values()) {
            for (ScheduledShock e : s.destination(d).datedEvents()) {
                if (e.start().isAfter(last) || e.last().isBefore(first)) {
                    continue;
                }
                if (e.shock() instanceof BanPolicy b) {
                    campaigns.add(span(e) + ": campaign of mass bans in " + d.label() + " (bans of " + b.banMonths()
                            + " months, expulsions " + b.expulsionRate() + "/month of irregular migrants)");
                } else {
                    closures.computeIfAbsent(span(e), k -> new ArrayList<>()).add(d.label());
                }
            }
        }
        List<String> out = new ArrayList<>();
        closures.forEach((when, where) -> out.add(when + ": border closed: " + (where.size() == Destination.COUNT
                ? "every destination" : String.join(", ", where))));
        out.addAll(campaigns);
        out.sort(Comparator.comparing(line -> line.substring(0, "from YYYY-MM".length()))); // stable: by start
        return out;
    }

    private static String span(ScheduledShock e) {
        return "from " + e.start() + " for " + e.months() + " month" + (e.months() == 1 ? "" : "s");
    }
}
