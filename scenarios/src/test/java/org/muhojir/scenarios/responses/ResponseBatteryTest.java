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
     * mechanism {@link ResponseDecomposition} found (docs/ODD.md, section 4.12).
     */
    static final Map<String, String> KNOWN_DEFECTS = Map.ofEntries(
            Map.entry("dearer-patent/legal-russia", "issue 11: the savings target is in fixed dollars, so migrants "
                    + "who left before the fee rose stay abroad (and legal) longer: +7,251 legal in that cohort, "
                    + "-4,889 among new arrivals; with the target off the legal stock falls by 4,332"),
            Map.entry("dearer-patent/irregular-russia", "issue 11: status is not a choice (the lapse hazard ignores "
                    + "the fee), so no one lets a dearer patent lapse; fewer departures lower the irregular stock"),
            Map.entry("rouble-falls/departures-kazakhstan", "issue 12: after the re-calibration for the warm-up "
                    + "Kazakhstan's constant is -3.6 (2.4% of departures), so the diversion to it is within the noise "
                    + "(+175); the joint calibration on the history must look at it"),
            Map.entry("russia-closed/departures-kazakhstan", "issue 12: as rouble-falls/departures-kazakhstan (+3,663, "
                    + "inconclusive)"),
            Map.entry("training/poverty-khatlon", "issue 12: inconclusive (-0.08 points) after the re-calibration for "
                    + "the warm-up; the joint calibration on the history must look at it"),
            Map.entry("rouble-falls/migrants-russia", "issue 11: the fixed-dollar savings target: a weaker rouble "
                    + "keeps migrants abroad longer (40,800 fewer returns in 2024); with the target off the stock "
                    + "falls by 11,500"),
            Map.entry("rouble-falls/poverty-khatlon", "issue 11: the savings target keeps remitters abroad longer, "
                    + "so fewer households lose their remitter; with the target off poverty rises"),
            Map.entry("rouble-falls/poverty-gap", "issue 11: as rouble-falls/poverty-khatlon"),
            Map.entry("wages-up/migrants-russia", "issue 11: the fixed-dollar savings target is reached sooner, so "
                    + "migrants go home sooner (37,500 more returns in 2024); with the target off the stock rises"),
            Map.entry("wages-up/poverty", "issue 11: the remitters who go home sooner leave households that lose "
                    + "their remittances: +15,300 poor persons in households with fewer members abroad; with the "
                    + "target off poverty falls"),
            Map.entry("wages-down/poverty-rural", "issue 11: the mirror of wages-up/poverty: remitters stay abroad "
                    + "longer to reach the target"));

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
