package org.muhojir.scenarios.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/** The household-by-household split adds up to the model's own monthly totals. */
class HouseholdSplitTest {
    private static final int POLICY_MONTH = 12;

    @Test
    void itsPartsAddUpToTheChangesInTheMonthlyOutcomes() {
        BatterySettings settings = new BatterySettings(0.004, 2, 7, 1);
        Scenario baseline = settings.baseline().withPeriod(BatterySettings.START, POLICY_MONTH + 3);
        Scenario policy = baseline.plusShocks(Policies.named("wages-up"));
        MuhojirModel b = new MuhojirModel(baseline, settings.options());
        MuhojirModel q = new MuhojirModel(policy, settings.options());
        MonthlyOutcome base = null;
        MonthlyOutcome changed = null;
        for (int m = 0; m < POLICY_MONTH + 3; m++) {
            base = b.stepMonth();
            changed = q.stepMonth();
        }
        HouseholdSplit split = new HouseholdSplit();
        // each household stands for the households of its month (the population grows)
        double weight = baseline.population().weight(base.month(), baseline.macro().priceBaseYear());
        split.add(b.households(), q.households(), weight, baseline.economy().povertyLine(),
                baseline.economy().extremePovertyLine(), POLICY_MONTH);

        double remittances = changed.remittancesReceivedTjs() - base.remittancesReceivedTjs();
        assertTrue(Math.abs(remittances) > 0, "the policy changes remittances");
        assertEquals(remittances, sum(split.remittancesTjs), 1e-6 * Math.abs(remittances));
        int russia = Destination.RUSSIA.ordinal();
        assertEquals(changed.abroad()[russia][LegalStatus.LEGAL.ordinal()]
                - base.abroad()[russia][LegalStatus.LEGAL.ordinal()], sum(split.legalByCohort), 1e-6);
        assertEquals(changed.abroad()[russia][LegalStatus.IRREGULAR.ordinal()]
                - base.abroad()[russia][LegalStatus.IRREGULAR.ordinal()], sum(split.irregularByCohort), 1e-6);
        assertEquals(b.households().size * weight, sum(split.households), 1e-6);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
