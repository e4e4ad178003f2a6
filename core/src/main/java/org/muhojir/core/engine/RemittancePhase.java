package org.muhojir.core.engine;

import org.muhojir.core.behaviour.RemittanceRule;
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
 *
 * <p>For the balance of payments (BPM6) a member abroad under {@value #RESIDENCE_MONTHS} months (and not
 * naturalised) is still a resident of Tajikistan: their earnings are compensation of employees, counted net of
 * taxes (the patent), travel and living costs abroad, whether sent or saved; a member abroad longer is not, and
 * what they send is a personal transfer (before fees, as money-transfer operators record it).
 */
final class RemittancePhase extends HouseholdPhase {
    private static final long serialVersionUID = 1L;
    private static final byte NATURALISED = (byte) LegalStatus.NATURALISED.ordinal();
    /** Months abroad after which a member is no longer a resident for the balance of payments (BPM6's one year). */
    static final int RESIDENCE_MONTHS = 12;

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
        double povertyLine = m.economy().povertyLine();
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
                int settled = hh.slotStatus[s] == NATURALISED ? m.monthIndex() - hh.slotSince[s]
                        : RemittanceRule.NOT_SETTLED;
                double sent = m.rules().remittance().amount(earned, poor, settled, b);
                double sentUsd = sent * usdPerLocal[d];
                double feeUsd = sentUsd * c.transferFeeRate[d];
                double receivedTjs = (sentUsd - feeUsd) * c.tjsPerUsd;
                hh.slotSentUsd[s] = (float) sentUsd;
                hh.slotSavingsUsd[s] += (float) ((earned - sent) * usdPerLocal[d]);
                received += receivedTjs;
                t.sentUsd[d] += sentUsd;
                t.feesUsd[d] += feeUsd;
                t.receivedTjs += receivedTjs;
                if (hh.slotStatus[s] != NATURALISED && m.monthIndex() - hh.slotSince[s] < RESIDENCE_MONTHS) {
                    t.compensationUsd += earned * usdPerLocal[d]; // still a resident: all net earnings count
                } else {
                    t.personalTransfersUsd += sentUsd;
                }
                if (t.observed()) {
                    t.emit(new ModelEvent.Remittance(m.currentMonth(), h, Destination.values()[d], sentUsd, feeUsd,
                            receivedTjs));
                }
            }
            hh.remittancesReceived[h] = (float) received;
        }
    }
}
