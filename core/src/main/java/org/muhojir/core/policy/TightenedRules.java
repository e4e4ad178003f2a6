package org.muhojir.core.policy;

import org.muhojir.core.scenario.Problems;
import org.muhojir.core.world.Destination;

/**
 * Stricter rules to stay legal: dearer patents or visas, harder exams, registration deadlines and registers of
 * "controlled persons" that push legal migrants out of status.
 *
 * @param destination         where the rules change
 * @param feeMultiplier       factor on the monthly fee to stay legal (1 = unchanged)
 * @param examPassMultiplier  factor on the exam pass rate (for example 0.72 when first-attempt failure rises from
 *                            3% to 30%)
 * @param extraLapseHazard    monthly probability added to the hazard of losing legal status
 */
public record TightenedRules(Destination destination, double feeMultiplier, double examPassMultiplier,
                             double extraLapseHazard) implements Shock {
    @Override public String type() { return "tightenedRules"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        int d = destination.ordinal();
        c.monthlyFee[d] *= feeMultiplier;
        c.examPassRate[d] = Math.min(1, c.examPassRate[d] * examPassMultiplier);
        c.lapseHazard[d] = Math.min(1, c.lapseHazard[d] + extraLapseHazard);
    }

    @Override
    public void validate(Problems p, String path) {
        p.present(path + ".destination", destination);
        p.range(path + ".feeMultiplier", feeMultiplier, 0, 100);
        p.range(path + ".examPassMultiplier", examPassMultiplier, 0, 100);
        p.probability(path + ".extraLapseHazard", extraLapseHazard);
    }

    @Override
    public String describe() {
        return "tightened rules in " + destination.label() + " (fee x" + feeMultiplier + ", exam pass x"
                + examPassMultiplier + ", lapse +" + extraLapseHazard + "/month)";
    }
}
