package org.muhojir.scenarios.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.muhojir.core.policy.ScheduledShock;

/**
 * {@code summary.json}: for each scenario, the headline outcomes of its headline year (the last whole calendar
 * year simulated) with 95% intervals, and the main ones year by year; for a comparison, the paired differences
 * from the baseline. Values are in the metric's own unit (persons, US dollars, shares 0..1).
 */
public final class SummaryJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Metrics given year by year. */
    static final List<String> BY_YEAR = List.of("remittances_received_usd/all", "remittances_share_of_gdp/all",
            "migrants_abroad/all", "deportations/all", "poverty_fgt0/national",
            "poverty_fgt0_without_remittances/national");

    private SummaryJson() {
    }

    /** The last calendar year with twelve simulated months, or the last year if none is whole. */
    public static int headlineYear(Cube c) {
        int year = Annual.years(c).lastKey();
        for (Map.Entry<Integer, List<Integer>> y : Annual.years(c).descendingMap().entrySet()) {
            if (y.getValue().size() == 12) {
                return y.getKey();
            }
        }
        return year;
    }

    public static void write(Path file, List<Cube> cubes, boolean compare) throws IOException {
        MAPPER.writeValue(file.toFile(), tree(cubes, compare));
    }

    static ObjectNode tree(List<Cube> cubes, boolean compare) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("note", "Means across replications with 95% confidence intervals (Student t). Flows are summed "
                + "over the year, stocks and poverty measures averaged over its months. Units: persons, US dollars, "
                + "shares from 0 to 1.");
        ArrayNode scenarios = root.putArray("scenarios");
        for (Cube c : cubes) {
            scenarios.add(scenario(c));
        }
        if (compare) {
            ArrayNode diffs = root.putArray("differences");
            for (Cube c : cubes.subList(1, cubes.size())) {
                diffs.add(differences(cubes.get(0), c));
            }
        }
        return root;
    }

    private static ObjectNode scenario(Cube c) {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("name", c.name());
        s.put("description", c.scenario().description());
        s.put("start", c.scenario().start().toString());
        s.put("end", c.scenario().end().toString());
        s.put("replications", c.replications());
        s.put("sampleFraction", c.scenario().population().sampleFraction());
        s.put("householdsSimulated", c.scenario().population().simulatedHouseholds());
        ArrayNode shocks = s.putArray("shocks");
        for (ScheduledShock sh : c.scenario().shocks()) {
            shocks.add(sh.start() + (sh.months() < ScheduledShock.UNTIL_END ? " for " + sh.months() + " months"
                    : " to the end") + ": " + sh.shock().describe());
        }
        int year = headlineYear(c);
        s.put("headlineYear", year);
        List<Integer> months = Annual.years(c).get(year);
        ObjectNode h = s.putObject("headlines");
        for (Headlines.Headline hl : Headlines.ALL) {
            int k = c.index(hl.metric(), hl.group());
            if (k >= 0) {
                put(h.putObject(hl.id()), Interval.of(Annual.acrossReplications(c, k, months)));
            }
        }
        ObjectNode byYear = s.putObject("byYear");
        for (String id : BY_YEAR) {
            String[] mg = id.split("/");
            int k = c.index(mg[0], mg[1]);
            ArrayNode a = byYear.putArray(id);
            for (Map.Entry<Integer, List<Integer>> y : Annual.years(c).entrySet()) {
                ObjectNode o = a.addObject();
                o.put("year", y.getKey());
                o.put("months", y.getValue().size());
                put(o, Interval.of(Annual.acrossReplications(c, k, y.getValue())));
            }
        }
        return s;
    }

    private static ObjectNode differences(Cube baseline, Cube c) {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("scenario", c.name());
        d.put("baseline", baseline.name());
        int year = headlineYear(c);
        d.put("headlineYear", year);
        List<Integer> months = Annual.years(c).get(year);
        ObjectNode h = d.putObject("headlines");
        for (Headlines.Headline hl : Headlines.ALL) {
            int k = c.index(hl.metric(), hl.group());
            if (k >= 0) {
                put(h.putObject(hl.id()), Differences.annual(baseline, c, k, months));
            }
        }
        return d;
    }

    private static void put(ObjectNode o, Interval i) {
        o.put("mean", i.mean());
        ArrayNode ci = o.putArray("ci95");
        if (Double.isNaN(i.low())) {
            ci.addNull();
            ci.addNull();
        } else {
            ci.add(i.low());
            ci.add(i.high());
        }
    }
}
