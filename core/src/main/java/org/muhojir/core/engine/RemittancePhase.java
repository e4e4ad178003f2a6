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
 * <p>A household's remittances depend only on its own members' month abroad, so this phase is stepped inside phase 2
 * ({@link MigrantsAbroadPhase}), right after each household's members abroad: one pass over the population instead
 * of two, with the same results (every sum is still added to in household order) and its events still delivered as
 * phase 3's.
 *
 * <p>For the balance of payments (BPM6) a member abroad under {@value #RESIDENCE_MONTHS} months (and not
 * naturalised) is still a resident of Tajikistan: their month's earnings are compensation of employees, counted as
 * phase 2 leaves them ({@link MigrantsAbroadPhase}): after living costs abroad and, for a legal member, the
 * destination's monthly fee (in Russia the patent, a prepaid income tax), whether sent or saved; no travel cost is
 * deducted (the fare is paid at departure), and a month whose earnings do not cover those costs counts nothing. A
 * member abroad longer is not a resident, and what they send is a personal transfer (before fees, as money-transfer
 * operators record it).
 */
final class RemittancePhase extends Phase {
    private static final long serialVersionUID = 1L;
    private static final byte NATURALISED = (byte) LegalStatus.NATURALISED.ordinal();
    /** Months abroad after which a member is no longer a resident for the balance of payments (BPM6's one year). */
    static final int RESIDENCE_MONTHS = 12;

    /** This phase's index in the monthly step, under which its events are delivered. */
    private final int index;
    /** This month's US dollars per unit of each destination's currency. */
    private final double[] usdPerLocal = new double[Destination.COUNT];
    /** This month's poverty line, TJS per adult equivalent: below it last month, a household is in need. */
    private double povertyLine;

    /** @param index the phase's index in the monthly step (see {@link MonthlyStep}) */
    RemittancePhase(int index) {
        super("remittances");
        this.index = index;
    }

    @Override
    void before(MuhojirModel m) {
        for (int d = 0; d < usdPerLocal.length; d++) {
            usdPerLocal[d] = 1 / m.conditions().localPerUsd[d];
        }
        povertyLine = m.economy().povertyLine();
    }

    /**
     * Household {@code h}'s remittances this month, once its members' month abroad is done: what each member who
     * earned sends, and {@link Households#remittancesReceived} (0 with nobody abroad).
     */
    void sendHome(MuhojirModel m, Households hh, int h, ChunkTotals t) {
        if (hh.membersAbroad(h) == 0) {
            hh.remittancesReceived[h] = 0;
            return;
        }
        Conditions c = m.conditions();
        Behaviour b = m.scenario().behaviour();
        RemittanceRule rule = m.rules().remittance();
        int month = m.monthIndex();
        double received = 0;
        // in need: last month's consumption below the line; a household with nobody at home last month (consumption 0)
        // is not, as there was no one to feed, even if a member came home this month
        boolean poor = hh.consumption[h] > 0 && hh.consumption[h] < povertyLine;
        for (int s = h * Households.SLOTS; s < (h + 1) * Households.SLOTS; s++) {
            hh.slotSentUsd[s] = 0;
            double earned = hh.slotEarnedLocal[s];
            if (hh.slotDestination[s] == Households.NONE || earned <= 0) {
                continue;
            }
            int d = hh.slotDestination[s];
            int settled = hh.slotStatus[s] == NATURALISED ? month - hh.slotSince[s] : RemittanceRule.NOT_SETTLED;
            double sent = rule.amount(earned, poor, settled, b);
            if (!(sent >= 0 && sent <= earned)) {
                throw new IllegalStateException("the remittance rule " + rule.getClass().getName() + " sent " + sent
                        + " of net earnings of " + earned + ": RemittanceRule.amount must be between 0 and the net "
                        + "earnings");
            }
            double sentUsd = sent * usdPerLocal[d];
            double feeUsd = sentUsd * c.transferFeeRate[d];
            double receivedTjs = (sentUsd - feeUsd) * c.tjsPerUsd;
            hh.slotSentUsd[s] = (float) sentUsd;
            hh.slotSavingsUsd[s] += (float) ((earned - sent) * usdPerLocal[d]);
            received += receivedTjs;
            t.sentUsd[d] += sentUsd;
            t.feesUsd[d] += feeUsd;
            t.receivedTjs += receivedTjs;
            if (hh.slotStatus[s] != NATURALISED && month - hh.slotSince[s] < RESIDENCE_MONTHS) {
                t.compensationUsd += earned * usdPerLocal[d]; // still a resident: all net earnings count
            } else {
                t.personalTransfersUsd += sentUsd;
            }
            if (t.observed()) {
                t.emit(index, new ModelEvent.Remittance(m.currentMonth(), h, Destination.values()[d], sentUsd, feeUsd,
                        receivedTjs));
            }
        }
        hh.remittancesReceived[h] = (float) received;
        if (hh.remittancesReceived[h] > 0) {
            t.householdsReceiving++;
        }
    }
}
