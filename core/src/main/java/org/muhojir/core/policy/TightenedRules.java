package org.muhojir.core.policy;

import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.param.Doc;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;
import org.muhojir.core.world.Destination;

/**
 * Stricter rules to stay legal: dearer patents or visas, harder exams, registration deadlines and registers of
 * "controlled persons" that push legal migrants out of status.
 *
 * @param destination         where the rules change
 * @param feeMultiplier       factor on the monthly fee to stay legal (1 = unchanged)
 * @param examPassMultiplier  factor on the exam pass rate in force that month, after the world's events (0.8 takes
 *                            the bundled world's 0.7 of 2024-05 on to 0.56)
 * @param extraLapseHazard    monthly probability added to the hazard of losing legal status
 */
@Doc("Stricter rules to stay legal: dearer patents or visas, harder exams, registration deadlines and registers "
        + "of \"controlled persons\" that push legal migrants out of status.")
public record TightenedRules(
        @Param(doc = "Where the rules change.")
        Destination destination,
        @Param(doc = "Factor on the monthly fee to stay legal (1 = unchanged; 2 doubles it). Plausible up to 5: the "
                + "largest rise on record, Russia's 2015 patent reform, took Moscow's monthly fee from about 1,200 to "
                + "4,000 roubles.", unit = "factor", min = 0, max = 100, plausibleMin = 0, plausibleMax = 5,
                whenOmitted = 1.0)
        double feeMultiplier,
        @Param(doc = "Factor on the exam pass rate in force that month, the world's events included (the bundled "
                + "world's Russian exam is passed by 0.7 from 2024-05, so 0.8 makes it 0.56; 1 = unchanged). "
                + "Plausible from 0 to 1.5: pass rates are shares, so a factor much above 1 only caps them at 1.",
                unit = "factor", min = 0, max = 100, plausibleMin = 0, plausibleMax = 1.5, whenOmitted = 1.0)
        double examPassMultiplier,
        @Param(doc = "Monthly probability added to the hazard of losing legal status (0 = unchanged).",
                unit = "probability per month", min = 0, max = 1, whenOmitted = 0.0)
        double extraLapseHazard) implements Shock, AtDestination {
    /**
     * Refuses a missing destination, {@code feeMultiplier} or {@code examPassMultiplier} outside 0 to 100 and
     * {@code extraLapseHazard} outside 0 to 1 (or any of them not finite).
     *
     * @throws org.muhojir.core.param.InvalidValuesException naming each wrong argument
     */
    public TightenedRules {
        Fields.requireValid(TightenedRules.class, destination, feeMultiplier, examPassMultiplier, extraLapseHazard);
    }

    @Override public String type() { return "tightenedRules"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        int d = destination.ordinal();
        c.monthlyFee[d] *= feeMultiplier;
        c.examPassRate[d] = Math.min(1, c.examPassRate[d] * examPassMultiplier);
        c.lapseHazard[d] = Math.min(1, c.lapseHazard[d] + extraLapseHazard);
    }

    /**
     * "tightened rules in Russia (...)", or "eased rules" when every value eases them (a cheaper fee, an easier exam,
     * no more lapses) and "changed rules" when some ease and some tighten, with the values that change something.
     */
    @Override
    public String describe() {
        boolean eases = feeMultiplier < 1 || examPassMultiplier > 1;
        boolean tightens = feeMultiplier > 1 || examPassMultiplier < 1 || extraLapseHazard > 0;
        String rules = eases && tightens ? "changed rules" : eases ? "eased rules" : "tightened rules";
        List<String> changes = new ArrayList<>();
        if (feeMultiplier != 1) {
            changes.add("fee x" + Shown.number(feeMultiplier));
        }
        if (examPassMultiplier != 1) {
            changes.add("exam pass x" + Shown.number(examPassMultiplier));
        }
        if (extraLapseHazard != 0) {
            changes.add("lapse +" + Shown.number(extraLapseHazard) + "/month");
        }
        return changes.isEmpty() ? "rules in " + destination.label() + " unchanged"
                : rules + " in " + destination.label() + " (" + String.join(", ", changes) + ")";
    }
}
