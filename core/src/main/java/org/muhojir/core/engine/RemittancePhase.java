package org.muhojir.core.engine;

import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.population.Households;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/**
 * Phase 3, remittances: each member who earned this month sends part of it home (the remittance rule), more when
 * the household was poor last month. The amount is converted to dollars at this month's rate of the destination's
 * currency, the corridor's transfer fee is taken, and the rest is converted to somoni. What is not sent is saved
 * abroad.
 */
final class RemittancePhase extends HouseholdPhase {
    private static final long serialVersionUID = 1L;
    private static final byte NATURALISED = (byte) LegalStatus.NATURALISED.ordinal();

    /** This month's US dollars per unit of each destination's currency. */
    private final double[] usdPerLocal = new double[Destination.COUNT];

    RemittancePhase() {
        super("remittances");
    }

    @Override
    void before(MuhojirModel m) {
        for (int d = 0; d < usdPerLocal.length; d++) {
            usdPerLocal[d] = 1 / m.conditions().localPerUsd[d];
        }
    }

    @Override
    public void stepChunk(MuhojirModel m, int from, int to, ChunkTotals t) {
        Households hh = m.households();
        Conditions c = m.conditions();
        Behaviour b = m.scenario().behaviour();
        double povertyLine = m.scenario().economy().povertyLine();
        for (int h = from; h < to; h++) {
            if (hh.membersAbroad(h) == 0) {
                hh.remittancesReceived[h] = 0;
                continue;
            }
            double received = 0;
            // a household with nobody at home is not "in need": there is no one to feed
            boolean poor = hh.membersAtHome(h) > 0 && hh.consumption[h] < povertyLine;
            for (int s = h * Households.SLOTS; s < (h + 1) * Households.SLOTS; s++) {
                hh.slotSentUsd[s] = 0;
                double earned = hh.slotEarnedLocal[s];
                if (hh.slotDestination[s] == Households.NONE || earned <= 0) {
                    continue;
                }
                int d = hh.slotDestination[s];
                double sent = m.rules().remittance().amount(earned, poor, hh.slotStatus[s] == NATURALISED, b);
                double sentUsd = sent * usdPerLocal[d];
                double feeUsd = sentUsd * c.transferFeeRate[d];
                double receivedTjs = (sentUsd - feeUsd) * c.tjsPerUsd;
                hh.slotSentUsd[s] = (float) sentUsd;
                hh.slotSavingsUsd[s] += (float) ((earned - sent) * usdPerLocal[d]);
                received += receivedTjs;
                t.sentUsd[d] += sentUsd;
                t.feesUsd[d] += feeUsd;
                t.receivedTjs += receivedTjs;
                if (t.observed()) {
                    t.emit(new ModelEvent.Remittance(m.currentMonth(), h, Destination.values()[d], sentUsd, feeUsd,
                            receivedTjs));
                }
            }
            hh.remittancesReceived[h] = (float) received;
        }
    }
}
