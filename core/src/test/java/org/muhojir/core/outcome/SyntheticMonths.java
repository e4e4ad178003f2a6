package org.muhojir.core.outcome;

import java.time.YearMonth;
import java.util.Arrays;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/** Hand-made monthly outcomes whose every number is set by the test that builds them. */
final class SyntheticMonths {
    private SyntheticMonths() {
    }

    /**
     * A month with departures to Russia and Kazakhstan, a stock of legal migrants in Russia, remittances sent from
     * Russia (2 USD of fees), GDP, the rouble's rate and a national poverty headcount; every other number is zero,
     * every other rate 1 per USD, and the somoni is at 10 per USD.
     */
    static MonthlyOutcome month(YearMonth ym, double toRussia, double toKazakhstan, double legalInRussia,
                                double sentUsd, double gdpUsd, double rubPerUsd, double fgt0) {
        int d = Destination.COUNT;
        int russia = Destination.RUSSIA.ordinal();
        double[][] abroad = new double[d][LegalStatus.COUNT];
        abroad[russia][LegalStatus.LEGAL.ordinal()] = legalInRussia;
        double[] departures = new double[d];
        departures[russia] = toRussia;
        departures[Destination.KAZAKHSTAN.ordinal()] = toKazakhstan;
        double[] sent = new double[d];
        sent[russia] = sentUsd;
        double[] fees = new double[d];
        fees[russia] = 2;
        double[] rates = new double[d];
        Arrays.fill(rates, 1);
        rates[russia] = rubPerUsd;
        PovertyMeasures[] poverty = new PovertyMeasures[Group.COUNT];
        Arrays.fill(poverty, new PovertyMeasures(fgt0, fgt0 / 4, fgt0 / 10, fgt0 / 2, fgt0 * 0.8, 9_000_000));
        return new MonthlyOutcome(ym, abroad, departures, 0, new double[d], 0, new double[d], new double[d],
                new double[d], 0, sent, fees, 0, 0, 0, 0, gdpUsd, 10, rates, 0.4, 0.3, new double[Group.COUNT], poverty,
                poverty, new double[] {fgt0 / 3, fgt0}, 0.38, 0.4);
    }
}
