package org.muhojir.scenarios.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.Shock;

/**
 * The standard battery of policy responses on today's model ({@link BatterySettings#STANDARD}: 2% sample, four
 * replications, 2023 to 2025, about half a minute). Every expectation must pass, except the known defects below,
 * which must not pass: when a fix makes one pass, this test fails until the defect is struck off the list, so the
 * list cannot go stale. Expectations are never loosened to pass; two were rewritten with evidence (the Gini's
 * response to the rouble, and poverty's to free transfers: see their comments in the battery's file,
 * {@link ExpectationsFile#STANDARD}).
 */
class ResponseBatteryTest {
    /**
     * Expectations today's model fails (or cannot establish), each with the issue that owns the fix and the
     * mechanism {@link ResponseDecomposition} found (docs/ODD.md, section 4.12). Seven of the nine defects of the
     * fixed-dollar savings target came off when the return rule began to answer to earnings (2026-12); one response
     * became a defect then (rouble-falls/extreme-poverty).
     */
    static final Map<String, String> KNOWN_DEFECTS = Map.ofEntries(
            Map.entry("dearer-patent/irregular-russia", "issue 11: legal status is not a choice (the lapse hazard "
                    + "ignores the fee), so no one lets a dearer patent lapse; fewer departures and more returns lower "
                    + "the irregular stock (-1,649 in 2024; -1,052 with returns' answer to earnings switched off)"),
            Map.entry("rouble-falls/poverty-gap", "issue 12: inconclusive (+0.003) once runs start after a warm-up: "
                    + "as in rouble-falls/poverty-severity-drs, the loss of remittances and the returnees' cash carried "
                    + "home offset; the joint calibration on the history must look at it"),
            Map.entry("rouble-falls/poverty-severity-drs", "issue 17: two channels offset in DRS: households lose a "
                    + "third of their remittances, and 48,600 more migrants come home in 2024 with their savings, "
                    + "who earn locally (-0.000 points, interval -0.002 to +0.002)"),
            Map.entry("rouble-falls/extreme-poverty", "issue 17: extreme poverty falls by 0.013 points while poverty "
                    + "rises by 0.19, through the savings that the 48,600 more migrants who come home in 2024 "
                    + "bring as cash: with returns' answer to earnings off the response was +0.001 (inconclusive), "
                    + "and with the cash kept out of the household +0.010 (-0.008 to +0.027), both measured before "
                    + "the dated inputs of issue 11 were merged; migrants keep a quarter of what they net abroad as "
                    + "savings, which may be too much"));

    private static List<Check> checks;

    @BeforeAll
    static void runBattery() {
        checks = ResponseBattery.standard().run(BatterySettings.STANDARD);
    }

    @Test
    void everyExpectationPassesButTheKnownDefects() {
        List<String> failures = new ArrayList<>();
        for (Check c : checks) {
            String name = c.expectation().name();
            boolean known = KNOWN_DEFECTS.containsKey(name);
            if (!known && c.verdict() != Verdict.PASS) {
                failures.add(describe(c) + ": " + c.expectation().reason());
            }
            if (known && c.verdict() == Verdict.PASS) {
                failures.add(describe(c) + ": a known defect now passes; strike it off KNOWN_DEFECTS ("
                        + KNOWN_DEFECTS.get(name) + ")");
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyKnownDefectIsAnExpectationOfTheBattery() {
        Set<String> names = new HashSet<>();
        checks.forEach(c -> names.add(c.expectation().name()));
        for (String defect : KNOWN_DEFECTS.keySet()) {
            assertTrue(names.contains(defect), "no expectation is called " + defect);
        }
    }

    @Test
    void theBatteryCoversEveryShockTypeAndEveryHeadlineOutcome() {
        Set<Class<?>> shockTypes = new HashSet<>();
        Set<Metric> metrics = new HashSet<>();
        for (Expectation e : ResponseBattery.standard().expectations()) {
            e.shocks().stream().map(ScheduledShock::shock).forEach(s -> shockTypes.add(s.getClass()));
            metrics.add(e.outcome().metric());
        }
        assertEquals(Set.of(Shock.class.getPermittedSubclasses()), shockTypes);
        assertTrue(metrics.containsAll(Set.of(Metric.REMITTANCES_USD, Metric.REMITTANCES_RECEIVED_USD,
                Metric.DEPARTURES, Metric.MIGRANTS_ABROAD_LEGAL, Metric.MIGRANTS_ABROAD_IRREGULAR,
                Metric.DEPORTATIONS, Metric.BANS_IN_FORCE, Metric.POVERTY_FGT0, Metric.POVERTY_FGT1,
                Metric.POVERTY_FGT2, Metric.GINI)), "missing: " + metrics);
        assertTrue(ResponseBattery.standard().expectations().size() >= 25);
    }

    private static String describe(Check c) {
        return c.expectation().name() + " (" + c.expectation().describeExpected() + ") measured "
                + c.expectation().outcome().format(c.measured().mean()) + " "
                + c.expectation().outcome().shownUnit() + " " + c.verdict().label();
    }
}
