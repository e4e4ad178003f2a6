package org.muhojir.scenarios.output;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muhojir.core.scenario.DestinationSpec;
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

    /** One line an event, in the order of the destinations; closures of the same months are one line. */
    public static List<String> in(Scenario s) {
        YearMonth first = s.firstSimulatedMonth();
        YearMonth last = s.end();
        Map<String, List<String>> closures = new LinkedHashMap<>();
        List<String> campaigns = new ArrayList<>();
        for (Destination d : Destination.values()) {
            DestinationSpec.Entry entry = s.destination(d).entry();
            if (entry.closedFrom() != null && reached(entry.closedFrom(), entry.closedMonths(), first, last)) {
                closures.computeIfAbsent(span(entry.closedFrom(), entry.closedMonths()), k -> new ArrayList<>())
                        .add(d.label());
            }
            DestinationSpec.Enforcement e = s.destination(d).enforcement();
            if (e.campaignFrom() != null && reached(e.campaignFrom(), e.campaignMonths(), first, last)) {
                campaigns.add(span(e.campaignFrom(), e.campaignMonths()) + ": campaign of mass bans in " + d.label()
                        + " (bans of " + e.campaignBanMonths() + " months, expulsions " + e.campaignExpulsionRate()
                        + "/month of irregular migrants)");
            }
        }
        List<String> out = new ArrayList<>();
        closures.forEach((when, where) -> out.add(when + ": border closed: " + (where.size() == Destination.COUNT
                ? "every destination" : String.join(", ", where))));
        out.addAll(campaigns);
        return out;
    }

    private static boolean reached(YearMonth from, int months, YearMonth first, YearMonth last) {
        return months > 0 && !from.isAfter(last) && !from.plusMonths(months - 1L).isBefore(first);
    }

    private static String span(YearMonth from, int months) {
        return "from " + from + " for " + months + " month" + (months == 1 ? "" : "s");
    }
}
