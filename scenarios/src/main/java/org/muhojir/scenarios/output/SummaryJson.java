package org.muhojir.scenarios.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.muhojir.core.outcome.ConfidenceInterval;
import org.muhojir.core.outcome.IntervalKind;
import org.muhojir.core.policy.ScheduledShock;

/**
 * {@code summary.json}: for each scenario, the headline outcomes of its headline year (the last whole calendar
 * year simulated, or the one asked for with {@code --headline-year}) with 95% intervals, and the main ones year by year; for a comparison, the paired differences
 * from the baseline. Values are in the metric's own unit (persons, US dollars, shares and indices 0..1, units of
 * the destination's currency per US dollar).
 */
public final class SummaryJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Headlines given year by year. */
    static final List<Headlines.Headline> BY_YEAR = Stream.of("remittances_received_usd/all",
            "remittances_received_tjs/all", "remittances_share_of_gdp/all", "migrants_abroad/all", "departures/all",
            "deportations/all", "poverty_fgt0/national", "persons_in_poverty/national",
            "poverty_fgt0_without_remittances/national", "tjs_per_usd/all").map(Headlines::byId).toList();

    private SummaryJson() {
    }

    public static void write(Path file, List<ScenarioRuns> scenarios, boolean compare) throws IOException {
        MAPPER.writeValue(file.toFile(), tree(scenarios, compare));
    }

    static ObjectNode tree(List<ScenarioRuns> scenarios, boolean compare) {
        ObjectNode root = MAPPER.createObjectNode();
        IntervalKind intervals = scenarios.get(0).intervals();
        root.put("intervals", intervals.label());
        boolean one = scenarios.get(0).replications() < 2;
        root.put("note", (one ? "One replication: each value is that run's, and every ci95 is [null, null] (no "
                + "interval can be drawn from one run)" : "Means across replications with " + intervals.description())
                + ". Flows are summed "
                + "over the year (over its simulated months only, where months is below 12), a share of GDP is the "
                + "ratio of the year's sums, and stocks, exchange rates, poverty measures and the Gini are averaged "
                + "over its months. Units are the metric's own (docs/outputs.md): persons, US dollars, shares from 0 "
                + "to 1, indices from 0 to 1 (the poverty gap and severity, the Gini), and for "
                + "local_currency_per_usd units of the destination's currency per US dollar.");
        ArrayNode scenarioNodes = root.putArray("scenarios");
        for (ScenarioRuns c : scenarios) {
            scenarioNodes.add(scenario(c));
        }
        if (compare) {
            ArrayNode diffs = root.putArray("differences");
            for (ScenarioRuns c : scenarios.subList(1, scenarios.size())) {
                diffs.add(differences(scenarios.get(0), c));
            }
        }
        return root;
    }

    private static ObjectNode scenario(ScenarioRuns c) {
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
            shocks.add(ShockDates.line(ShockDates.startAndLength(sh), sh));
        }
        int year = c.headlineYear();
        s.put("headlineYear", year);
        List<Integer> months = c.years().get(year);
        ObjectNode h = s.putObject("headlines");
        for (Headlines.Headline hl : Headlines.ALL) {
            put(h.putObject(hl.id()), c.annualInterval(c.index(hl.metric(), hl.group()), months));
        }
        ObjectNode byYear = s.putObject("byYear");
        for (Headlines.Headline hl : BY_YEAR) {
            int k = c.index(hl.metric(), hl.group());
            ArrayNode a = byYear.putArray(hl.id());
            for (Map.Entry<Integer, List<Integer>> y : c.years().entrySet()) {
                ObjectNode o = a.addObject();
                o.put("year", y.getKey());
                o.put("months", y.getValue().size());
                put(o, c.annualInterval(k, y.getValue()));
            }
        }
        return s;
    }

    private static ObjectNode differences(ScenarioRuns baseline, ScenarioRuns c) {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("scenario", c.name());
        d.put("baseline", baseline.name());
        int year = c.headlineYear();
        d.put("headlineYear", year);
        List<Integer> months = c.years().get(year);
        ObjectNode h = d.putObject("headlines");
        for (Headlines.Headline hl : Headlines.ALL) {
            put(h.putObject(hl.id()), Differences.annual(baseline, c, c.index(hl.metric(), hl.group()), months));
        }
        return d;
    }

    private static void put(ObjectNode o, ConfidenceInterval i) {
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
